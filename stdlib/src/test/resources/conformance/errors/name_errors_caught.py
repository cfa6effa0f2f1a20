# NameError / UnboundLocalError messages
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
def undefined_global():
    return some_undefined_name
def local_before_assignment():
    print(v)
    v = 1
def free_before_assignment():
    def inner():
        return w
    r = inner()
    w = 2
    return r
def deleted_local():
    z = 1
    del z
    return z
def conditional_assignment(flag=False):
    if flag:
        q = 1
    return q
def global_deleted():
    global temp
    temp = 1
    del temp
    return temp
for fn in [undefined_global, local_before_assignment, free_before_assignment,
           deleted_local, conditional_assignment, global_deleted]:
    show(fn)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
class K:
    try:
        print(method_not_yet_defined)
    except NameError as e:
        print("class body NameError:", e)
