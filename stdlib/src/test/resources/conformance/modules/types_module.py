# types module: SimpleNamespace, MappingProxyType, function types
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns, hasattr(ns, "a"))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], dict(mp), len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType), isinstance((x for x in []), types.GeneratorType))
print(isinstance(types, types.ModuleType), types.NoneType is type(None), isinstance(lambda: 0, types.LambdaType))
mod = types.ModuleType("dynamic_mod", "dynamic doc")
mod.value = 42
print(mod.__name__, mod.__doc__, mod.value)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))
Dyn = types.new_class("Dyn", (C,), {}, lambda ns: ns.update({"z": 1}))
print(Dyn.__name__, Dyn.z, issubclass(Dyn, C))
