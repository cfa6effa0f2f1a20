# __class_getitem__ and builtin generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"
print(Box[int], Box["T"], Box[str])
class Pair:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return cls.__name__ + "<" + ", ".join(p.__name__ for p in params) + ">"
print(Pair[int, str], Pair[float])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__, alias() == [], type(alias()).__name__)
print(isinstance([1], list), repr(set[str]))
def f(x: list[int]) -> dict[str, int]:
    return {str(i): i for i in x}
print(f([1, 2]), f.__annotations__["x"])
