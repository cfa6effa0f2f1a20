"""Documentation of Python objects, as help() shows it: gilpy's pydoc.

help(obj) prints the page CPython 3.11's pydoc prints when its output is not a terminal:
plain text, no pager. render_doc(obj) returns that page, getdoc(obj) an object's cleaned-up
docstring, plain(text) text without bold. help() with no argument is the interactive help
utility (Helper), reading requests at a "help> " prompt until "quit". The pages themselves are
laid out by _pydoc_text.TextDoc.

Documentation of keywords and topics (help('if')) comes from CPython's pydoc_data, which gilpy
does not have: for those, help says so, as CPython does without it.
"""

import builtins
import inspect
import re
import sys

__all__ = ["help"]

_HIDDEN_NAMES = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
                 "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
                 "__path__", "__qualname__", "__slots__", "__version__"}


# ---- docstrings and names ----

def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name)
    return cls if inspect.isclass(cls) else None


def _owner_and_name(obj):
    """The class whose MRO may hold an inherited docstring for obj, and obj's name there."""
    if inspect.ismethod(obj):
        name, bound_to = obj.__func__.__name__, obj.__self__
        is_classmethod = (inspect.isclass(bound_to)
                          and getattr(getattr(bound_to, name, None), "__func__") is obj.__func__)
        return (bound_to if is_classmethod else bound_to.__class__), name
    if inspect.isfunction(obj):
        cls = _findclass(obj)
        if cls is None or getattr(cls, obj.__name__) is not obj:
            return None, None
        return cls, obj.__name__
    if inspect.isbuiltin(obj):
        bound_to = obj.__self__
        if inspect.isclass(bound_to) and bound_to.__qualname__ + "." + obj.__name__ == obj.__qualname__:
            return bound_to, obj.__name__
        return bound_to.__class__, obj.__name__
    if isinstance(obj, property):
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, obj.fget.__name__) is not obj:
            return None, None
        return cls, obj.fget.__name__
    if inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        cls = obj.__objclass__
        if getattr(cls, obj.__name__) is not obj:
            return None, None
        return cls, obj.__name__
    return None, None


def _finddoc(obj):
    """The docstring obj inherits: that of the same name in its class's bases."""
    cls, name = _owner_and_name(obj)
    if cls is None:
        return None
    if inspect.ismemberdescriptor(obj):
        slots = getattr(cls, "__slots__", None)
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    for base in cls.__mro__:
        try:
            doc = _getowndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getowndoc(obj):
    """obj's own docstring, not the one its type gives every instance."""
    try:
        doc = object.__getattribute__(obj, "__doc__")
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _getdoc(obj):
    doc = _getowndoc(obj)
    if doc is None:
        try:
            doc = _finddoc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The docstring of obj (or the comments above its source), cleaned up."""
    result = _getdoc(obj) or inspect.getcomments(obj)
    return result and re.sub("^ *\n", "", result.rstrip()) or ""


def splitdoc(doc):
    """A docstring as its synopsis line and the rest."""
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)


def classname(cls, modname):
    """A class's name, with its module in front when that is not modname."""
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def isdata(obj):
    """Whether obj is documented as a value (not a module, class or routine)."""
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
                or inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


def cram(text, maxlen):
    """text cut to maxlen characters by putting '...' in its middle."""
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + "..." + text[len(text) - post:]
    return text


def stripid(text):
    """A repr without the address of its object."""
    return re.sub(r" at 0x[0-9a-f]{6,16}(>+)$", r"\1", text)


def visiblename(name, all=None, obj=None):
    """Whether a name is shown on a page."""
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    if name.startswith("_") and hasattr(obj, "_fields"):
        # A namedtuple's methods and fields have one leading underscore.
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        bound_to = getattr(fn, "__self__", None)
        return not (inspect.ismodule(bound_to) or bound_to is None)
    return False


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return "built-in module " + thing.__name__
        if hasattr(thing, "__path__"):
            return "package " + thing.__name__
        return "module " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    if inspect.isgetsetdescriptor(thing) or inspect.ismemberdescriptor(thing):
        kind = "getset descriptor" if inspect.isgetsetdescriptor(thing) else "member descriptor"
        owner = thing.__objclass__
        return "%s %s.%s.%s" % (kind, owner.__module__, owner.__qualname__, thing.__name__)
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    return type(thing).__name__


# ---- finding what to document ----

class ErrorDuringImport(Exception):
    """An error raised while importing the module help was asked about."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return "problem in %s - %s: %s" % (self.filename, self.exc.__name__, self.value)


def safeimport(path, forceload=0):
    """The module named path, or None when there is none; its own import errors are raised."""
    try:
        __import__(path)
    except ImportError as e:
        if getattr(e, "name", None) == path:
            return None
        raise ErrorDuringImport(path, sys.exc_info())
    except Exception:
        raise ErrorDuringImport(path, sys.exc_info())
    return sys.modules[path]


def locate(path, forceload=0):
    """The object a dotted name refers to: a module, or an attribute of one or of builtins."""
    parts = [part for part in path.split(".") if part]
    module, n = None, 0
    while n < len(parts):
        found = safeimport(".".join(parts[:n + 1]), forceload)
        if not found:
            break
        module, n = found, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """thing (or the object its name refers to) and its name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        return obj, thing
    name = getattr(thing, "__name__", None)
    return thing, name if isinstance(name, str) else None


def _builtin_class_method(obj):
    """A builtin type's class method (dict.fromkeys) is a method over a bound builtin: show that."""
    if inspect.ismethod(obj) and inspect.isbuiltin(obj.__func__) and obj.__func__.__self__ is not None:
        return obj.__func__
    return obj


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The page help(thing) shows, under title (with %s the description of thing)."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    obj = _builtin_class_method(obj)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not obj:
        desc += " in module " + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # An instance: document its type rather than its value.
        if hasattr(obj, "__origin__"):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += " object"
    return title % desc + "\n\n" + renderer.document(obj, name)


def plainpager(text):
    sys.stdout.write(plain(text))


def pager(text):
    """Shows text; gilpy writes it out whole, as CPython does when its output is not a terminal."""
    plainpager(text)


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None, is_cli=False):
    """Shows the page of thing on output (or through the pager)."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as value:
        if is_cli:
            raise
        print(value)


from _pydoc_text import TextDoc, PlainTextDoc, TextRepr, plain  # noqa: E402  (they use the helpers above)
from _pydoc_help import Helper  # noqa: E402

text = TextDoc()
plaintext = PlainTextDoc()
help = Helper()
