# globals() and locals()
g_value = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("g_value" in globals(), globals()["g_value"], globals()["__name__"])
globals()["created_dynamically"] = "yes"
print(created_dynamically)
class K:
    x = 1
    y = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
def g():
    v = 1
    first = dict(locals())
    v = 2
    return first["v"], locals()["v"]
print(g())
def nested():
    outer_var = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_var, sorted(locals())
    return inner(), inner_uses()
print(nested())
