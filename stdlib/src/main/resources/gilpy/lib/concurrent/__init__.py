# The concurrent package: concurrent.futures is its one module (its docstring is None, as in CPython).
