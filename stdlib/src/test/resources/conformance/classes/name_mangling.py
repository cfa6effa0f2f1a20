# private name mangling
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "visible"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._protected, a.call_secret())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._Account__secret())
print(sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
class Dunder:
    __not_mangled__ = 1
    def get(self):
        return self.__not_mangled__
print(Dunder().get(), "__not_mangled__" in Dunder.__dict__)
class _Leading:
    def __m(self):
        return "mangled with _Leading"
print(_Leading()._Leading__m())
