"""Record CPython's docstrings of the builtins module for gilpy.

Writes interpreter/src/main/resources/org/gilpy/objects/builtin-docs.properties: for every
function, type, and method or attribute descriptor that the builtins module holds, its
__doc__ under its qualified name ("len", "str", "str.upper"; "<class>.__dict__" for the
descriptors of a class defined in Python), the same for the functions of the modules gilpy
writes in Java ("math.sqrt"), and, when it has one, its
__text_signature__ under that name with "#sig" appended. gilpy's builtin functions, methods
and types read their __doc__ and __text_signature__ from it (org.gilpy.objects.BuiltinDocs).

Usage: python3 tools/record-builtin-docs.py   (with CPython 3.11; run by developers only)
"""
import builtins
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "interpreter", "src", "main", "resources",
                   "org", "gilpy", "objects", "builtin-docs.properties")
# The modules gilpy writes in Java whose functions CPython writes in C: their builtin functions
# are recorded as "math.sqrt".
MODULES = ["_thread", "atexit", "binascii", "gc", "math", "operator", "os", "struct", "sys", "time", "zlib"]
# Instances, not types or functions: their docs are their types'.
SKIPPED = {"copyright", "credits", "license", "exit", "quit", "help", "__loader__", "__spec__"}
DESCRIPTORS = tuple(type(x) for x in (str.upper, str.__add__, int.real, type.__dict__["__dict__"],
                                      (1).__add__, len, dict.__dict__["fromkeys"], OSError.errno))


def escape(text, key=False):
    out = []
    for i, ch in enumerate(text):
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\f":
            out.append("\\f")
        elif ch == " " and (key or i == 0):
            out.append("\\ ")
        elif ch in "=:#!" and key:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def entries():
    for name, obj in sorted(vars(builtins).items()):
        if name in SKIPPED or name.startswith("__") and name != "__build_class__" and name != "__import__":
            continue
        yield name, obj
        if isinstance(obj, type):
            for attr, member in sorted(vars(obj).items()):
                if isinstance(member, (staticmethod, classmethod)):
                    member = getattr(obj, attr)
                if isinstance(member, DESCRIPTORS) or attr == "__new__":
                    yield name + "." + attr, member


class _PythonClass:
    pass


def module_functions():
    for module_name in MODULES:
        module = __import__(module_name)
        for name, obj in sorted(vars(module).items()):
            if type(obj) is type(len) and obj.__name__ == name and not name.startswith("_"):
                yield module_name + "." + name, obj


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: gilpy records CPython 3.11's docs", file=sys.stderr)
    lines = ["# CPython 3.11's docstrings of the builtins module, recorded by tools/record-builtin-docs.py"]
    # The descriptors every class defined in Python gets, whatever its name.
    heap = [("<class>." + name, vars(_PythonClass)[name]) for name in ("__dict__", "__weakref__")]
    for key, obj in [*entries(), *module_functions(), *heap]:
        doc = obj.__doc__ if isinstance(obj, type) else getattr(obj, "__doc__", None)
        if isinstance(doc, str):
            lines.append(escape(key, True) + "=" + escape(doc))
        sig = getattr(obj, "__text_signature__", None)
        if isinstance(sig, str):
            lines.append(escape(key + "#sig", True) + "=" + escape(sig))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


main()
