# help() on every function of the builtins module, and on builtin methods and attributes:
# the pages CPython 3.11 prints without a terminal.
import builtins

for name in sorted(vars(builtins)):
    obj = getattr(builtins, name)
    # open belongs to io and reversed is a class in CPython: not yet in gilpy (nor aiter, anext).
    if type(obj).__name__ == "builtin_function_or_method" and name not in ("aiter", "anext", "open", "reversed"):
        help(obj)

help(str.upper)
help("abc".upper)
help(str.maketrans)
help(dict.fromkeys)
help(int.real)
help(float.real)
help(list.append)
help([].append)
help(dict.get)
