class A(metaclass=5): pass
