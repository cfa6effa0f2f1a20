# custom exception hierarchies with extra attributes
class AppError(Exception):
    """Base for this app."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __init__(self, what):
        self.what = what
        super().__init__(what)
    def __str__(self):
        return f"{self.what} was not found"
def act(n):
    if n == 0:
        raise ValidationError("age", "must be positive")
    if n == 1:
        raise NotFound("user 42")
    if n == 2:
        raise AppError("generic", n)
    return "ok"
for i in range(4):
    try:
        print(act(i))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.problem, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), e.args, isinstance(e, Exception))
print(AppError.__doc__, ValidationError.__mro__[1].__name__)
class Retryable(AppError):
    attempts = 0
def flaky():
    Retryable.attempts += 1
    if Retryable.attempts < 3:
        raise Retryable(f"attempt {Retryable.attempts}")
    return f"succeeded after {Retryable.attempts}"
while True:
    try:
        print(flaky())
        break
    except Retryable as e:
        print("retrying:", e)
