x: int = "a"; x.foo()
