# typing annotations import and run; runtime introspection helpers
from typing import (Any, Callable, Dict, Generic, List, Optional, Tuple, TypeVar, Union,
                    NamedTuple, TypedDict, Protocol, Literal, Final, cast, get_type_hints,
                    get_origin, get_args, overload, runtime_checkable, Iterator, Sequence)
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)
def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default
print(first([3, 4]), first([], "none"))
class Employee(NamedTuple):
    name: str
    id: int = 3
print(Employee("guido"), Employee._fields, Employee.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else "")
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None:
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def handler(cb: Callable[[int, str], bool], mode: Literal["r", "w"] = "r") -> Dict[str, Any]:
    return {"result": cb(1, mode)}
print(handler(lambda n, s: n > 0))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_origin(Optional[int]) is Union)
print(get_type_hints(first))
print(cast(int, "not really an int"), Optional[int] == Union[int, None])
MAX: Final = 10
print(MAX, repr(List[int]), repr(Tuple[int, ...]), repr(Callable[[int], str]))
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
