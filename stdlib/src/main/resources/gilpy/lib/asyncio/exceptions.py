"""The exceptions asyncio raises of its own."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

# Since 3.11 a timeout in asyncio raises the builtin TimeoutError, as the socket module does.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled.

    A BaseException, so that `except Exception` in a coroutine does not swallow a cancellation.
    """


class InvalidStateError(Exception):
    """A future was asked for something its state does not allow (a result before it is done)."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available for the given socket or file."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes could be read."""

    def __init__(self, partial, expected):
        expected_text = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {expected_text} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while a task waited on it."""
