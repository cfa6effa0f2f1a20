"""Context variables: values that follow the flow of execution (a thread, an asyncio task).

Each thread has a current Context, a mapping from ContextVar to value. ContextVar.set() changes
the current context; copy_context() snapshots it; Context.run() makes a context current while
a function runs. asyncio runs each task, and each callback, in a context of its own, copied
when it was created, so a value set in one task is not seen by another.

A Context keeps its values in a dict copied on copy_context() (CPython shares structure with a
persistent map instead; contexts here hold a handful of variables, so a copy is cheap).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

import threading

_NO_DEFAULT = object()


class Context:
    """A mapping of context variables to their values; run() makes it current.

    It has a mapping's methods, but, as in CPython, is not a collections.abc.Mapping.
    """

    def __init__(self):
        self._data = {}
        self._entered = False
        self._previous = None

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current, then restores the one
        that was; the variables it sets stay set in this context."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._previous = _current.context
        self._entered = True
        _current.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current.context = self._previous
            self._previous = None
            self._entered = False

    def copy(self):
        context = Context()
        context._data = dict(self._data)
        return context

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()



class _CurrentContext(threading.local):
    """Each thread starts with an empty context of its own."""

    def __init__(self):
        self.context = Context()


_current = _CurrentContext()


def copy_context():
    """A copy of the current context."""
    return _current.context.copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context, else default, else the variable's default;
        LookupError if there is none."""
        data = _current.context._data
        if self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token for reset()."""
        context = _current.context
        old_value = context._data.get(self, Token.MISSING)
        context._data[self] = value
        return Token(context, self, old_value)

    def reset(self, token):
        """Restores the value the variable had before the set() that returned token."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        context = _current.context
        if token._context is not context:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old_value is Token.MISSING:
            context._data.pop(self, None)
        else:
            context._data[self] = token._old_value

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: the variable and its previous value, for reset()."""

    __slots__ = ('_context', '_var', '_old_value', '_used')

    # The old_value of a variable that had no value.
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
