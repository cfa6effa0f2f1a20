"""Get information about live objects: type predicates, members, signatures, source code,
generator states and the call stack.

Signatures are built from a function's code object (argument counts and names, flags),
its defaults and annotations. Source comes from the file a code object names, through
linecache, cut down to the definition's block by indentation.
"""

import enum
import functools
import keyword
import linecache
import os
import sys
import types
from collections import namedtuple

__all__ = [
    "ArgInfo", "Attribute", "BlockFinder", "BoundArguments", "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING",
    "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS", "ClosureVars",
    "EndOfBlock", "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED",
    "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback", "classify_class_attrs", "cleandoc",
    "currentframe", "findsource", "formatannotation", "formatargvalues", "getargs", "getargvalues",
    "getattr_static", "getblock", "getcallargs", "getclasstree", "getclosurevars", "getcomments",
    "getcoroutinelocals", "getcoroutinestate", "getdoc", "getfile", "getframeinfo", "getfullargspec",
    "getgeneratorlocals", "getgeneratorstate", "getinnerframes", "getlineno", "getmembers",
    "getmembers_static", "getmodule", "getmodulename", "getmro", "getouterframes", "getsource",
    "getsourcefile", "getsourcelines", "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction",
    "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator", "isgeneratorfunction",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor", "ismethodwrapper",
    "ismodule", "isroutine", "istraceback", "signature", "stack", "trace", "unwrap", "walktree",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"

_CoroutineType = getattr(types, "CoroutineType", None)
_AsyncGeneratorType = getattr(types, "AsyncGeneratorType", None)


# ---- type predicates ----

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return _CoroutineType is not None and isinstance(object, _CoroutineType)


def isasyncgen(object):
    return _AsyncGeneratorType is not None and isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    return (iscoroutine(object) or hasattr(type(object), "__await__")
            or (isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, getattr(types, "MethodWrapperType", ()))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, getattr(types, "MemberDescriptorType", ()))


def isgetsetdescriptor(object):
    return isinstance(object, getattr(types, "GetSetDescriptorType", ()))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", False))


# ---- members ----

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    mro = getmro(object) if isclass(object) else ()
    for name in names:
        try:
            value = getter(object, name)
            if name in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((name, value))
        processed.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) for every attribute of object, sorted by name; predicate filters the values."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without triggering descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


Attribute = namedtuple("Attribute", "name kind defining_class object")


def classify_class_attrs(cls):
    """(name, kind, defining class, object) for each attribute of cls; kind is one of 'class method',
    'static method', 'property', 'method' or 'data'."""
    result = []
    for name in dir(cls):
        for base in getmro(cls):
            if name in base.__dict__:
                obj, home = base.__dict__[name], base
                break
        else:
            obj, home = getattr(cls, name), None
        if isinstance(obj, (staticmethod, types.BuiltinMethodType)):
            # A builtin function in a class's dict is a builtin type's __new__ (or a static method).
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, obj))
    return result


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The innermost function of a chain of __wrapped__ attributes (stopping where stop(f) is true)."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """An attribute found in obj's __dict__ or its type's MRO, without running descriptors."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            instance_dict = {}
        if attr in instance_dict:
            return instance_dict[attr]
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getclasstree(classes, unique=False):
    """Arranges classes into nested lists by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def walktree(classes, children, parent):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


ClosureVars = namedtuple("ClosureVars", "nonlocals globals builtins unbound")


def getclosurevars(func):
    """The names func's code refers to, split into closure cells, globals, builtins and unbound."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {}
    if func.__closure__ is not None:
        for name, cell in zip(code.co_freevars, func.__closure__):
            try:
                nonlocal_vars[name] = cell.cell_contents
            except ValueError:
                pass
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", {})
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- documentation and source ----

def getdoc(object):
    """The object's docstring (or its class's or base method's), cleaned up with cleandoc()."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(obj, "__name__", None)
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        owner = _owner_class(obj)
    else:
        owner = None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        candidate = base.__dict__.get(name)
        if candidate is not None:
            doc = getattr(candidate, "__doc__", None)
            if doc is not None:
                return doc
    return None


def _owner_class(func):
    parts = func.__qualname__.split(".")
    if len(parts) < 2 or "<locals>" in parts:
        return None
    owner = sys.modules.get(func.__module__)
    for part in parts[:-1]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def cleandoc(doc):
    """A docstring with tabs expanded, the common indentation of its later lines removed, and
    leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getfile(object):
    """The name of the file that defined object."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        if object.__module__ == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got {}"
                    .format(type(object).__name__))


def getmodulename(path):
    """The module name a file path would import as, or None."""
    name = os.path.basename(path)
    for suffix in (".py", ".pyc"):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def getsourcefile(object):
    """The source file of object, or None when there is none to read."""
    filename = getfile(object)
    if not filename.endswith(".py"):
        if filename in linecache.cache:
            return filename
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if module is not None and getattr(module, "__loader__", None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    try:
        filename = _filename or getsourcefile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == filename:
            return module
    main = sys.modules.get("__main__")
    if main is not None and hasattr(object, "__name__") and getattr(main, object.__name__, None) is object:
        return main
    return None


def findsource(object):
    """(all the lines of object's file, the 0-based index of its first line)."""
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, "co_firstlineno"):
            raise OSError("could not find function definition")
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def _class_line(lines, cls):
    """The index of the line that starts cls's definition (its decorators included): each part of
    the qualified name is looked for below, and indented deeper than, the one before it."""
    parts = cls.__qualname__.split(".")
    start, indent = 0, -1
    for position, part in enumerate(parts):
        if part == "<locals>":
            continue
        is_function = position + 1 < len(parts) and parts[position + 1] == "<locals>"
        keyword_text = ("def " if is_function else "class ") + part
        for i in range(start, len(lines)):
            stripped = lines[i].lstrip()
            if (stripped.startswith(keyword_text) and stripped[len(keyword_text):].lstrip()[:1] in ("(", ":")
                    and indentsize(lines[i]) > indent):
                start, indent = i, indentsize(lines[i])
                break
        else:
            raise OSError("could not find class definition")
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    return start


def getcomments(object):
    """The comment lines right above object's source (or at the top of a module), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == "#!":
            start = 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].lstrip()[:1] == "#":
            end += 1
        return "".join(lines[start:end]) or None
    indent = indentsize(lines[lnum])
    end = lnum - 1
    comments = []
    while end >= 0 and lines[end].lstrip()[:1] == "#" and indentsize(lines[end]) == indent:
        comments.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    return "".join(comments) or None


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Finds the end of the block (def, class, lambda or decorated definition) at a line list's start."""

    def find_end(self, lines):
        return len(getblock(lines))


def _logical_lines(lines):
    """Groups physical lines into logical lines, following open brackets, backslash continuations
    and triple-quoted strings: (first index, last index, last code character) for each."""
    groups = []
    start = None
    depth = 0
    quote = None
    last_char = ""
    for index, line in enumerate(lines):
        if start is None:
            start, last_char = index, ""
        i, n = 0, len(line)
        continued = False
        while i < n:
            ch = line[i]
            if quote:
                if ch == "\\":
                    i += 2
                elif line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    last_char = ch
                else:
                    i += 1
                continue
            if ch == "#":
                break
            if ch in "\"'":
                quote = ch * 3 if line.startswith(ch * 3, i) else ch
                i += len(quote)
                continue
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth = max(0, depth - 1)
            elif ch == "\\" and not line[i + 1:].strip():
                continued = True
            if not ch.isspace():
                last_char = ch
            i += 1
        if quote is not None and len(quote) == 1:
            quote = None  # an unterminated one-quote string ends with its line
        if depth == 0 and quote is None and not continued:
            groups.append((start, index, last_char))
            start = None
    if start is not None:
        groups.append((start, len(lines) - 1, last_char))
    return groups


def getblock(lines):
    """The lines of the definition (or statement) at the start of lines: a def or class header
    with its decorators, then the logical lines indented deeper than it."""
    groups = _logical_lines(lines)
    if not groups:
        return lines
    index = 0
    while lines[groups[index][0]].lstrip().startswith("@") and index + 1 < len(groups):
        index += 1
    header_start, header_end, header_last = groups[index]
    header = lines[header_start].lstrip()
    if not header.startswith(("def ", "class ", "async def ")) or header_last != ":":
        return lines[:header_end + 1]
    indent = indentsize(lines[groups[0][0]])
    last = header_end
    for start, end, _ in groups[index + 1:]:
        text = lines[start]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if indentsize(text) <= indent:
            break
        last = end
    return lines[:last + 1]


def getsourcelines(object):
    """(the lines of object's source, the line number of the first)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code object."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# ---- signatures ----

class _void:
    """A marker for "no argument given" in replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    """How signatures show an annotation: classes by (qualified) name, other objects by repr."""
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f"implicit arguments must be passed as positional or keyword arguments, "
                                 f"not {self._kind.description}")
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    def __reduce__(self):
        return type(self), (self._name, self._kind), {"_default": self._default, "_annotation": self._annotation}

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            text += " = " if self._annotation is not _empty else "="
            text += repr(self._default)
        if kind == _VAR_POSITIONAL:
            text = "*" + text
        elif kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which parameter each argument went to."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters left unbound (() and {} for the variadic ones)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                     .format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}".format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a keyword"
                                    .format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments mapping args and kwargs to the parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return type(self), (tuple(self._parameters.values()),), {"_return_annotation": self._return_annotation}

    def __setstate__(self, state):
        self._return_annotation = state["_return_annotation"]

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_is_functionlike(obj):
    """Duck-typed functions (Cython's, for one): a code object, defaults and annotations."""
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, "__code__", None)
    defaults = getattr(obj, "__defaults__", _void)
    kwdefaults = getattr(obj, "__kwdefaults__", _void)
    annotations = getattr(obj, "__annotations__", None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, "__name__", None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func):
    """The Signature of a Python function, from its code object."""
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[index - non_default_count] if index >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    next_index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[next_index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        next_index += 1
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[next_index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _signature_without_first(sig):
    """sig minus its first parameter (self or cls), as for a bound method."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(sig, partial):
    """What remains of sig once a functools.partial has supplied some arguments."""
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as ex:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from ex
    new_params = dict(sig.parameters)
    transform_to_kwonly = False
    for param_name, param in sig.parameters.items():
        arg_value = bound.arguments.get(param_name, _void)
        if param.kind is _POSITIONAL_ONLY:
            if arg_value is not _void:
                new_params.pop(param_name)
            continue
        if param.kind is _POSITIONAL_OR_KEYWORD:
            if param_name in partial.keywords:
                transform_to_kwonly = True
                new_params[param_name] = param.replace(default=arg_value)
            elif arg_value is not _void:
                new_params.pop(param_name)
                continue
        if param.kind is _KEYWORD_ONLY and arg_value is not _void:
            new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[param_name] = new_params[param_name].replace(kind=_KEYWORD_ONLY)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return sig.replace(parameters=new_params.values())


def _user_defined(cls, name):
    """cls's attribute name if a class of its MRO defines it in Python (not a builtin slot)."""
    for base in cls.__mro__:
        if name in base.__dict__:
            value = getattr(cls, name)
            python_defined = isinstance(base.__dict__[name], (staticmethod, classmethod)) or isfunction(value)
            return value if python_defined or ismethod(value) else None
    return None


def _class_factory(cls):
    """The __new__ or __init__ that builds cls's instances: whichever the first class of its MRO
    defines in Python."""
    new, init = _user_defined(cls, "__new__"), _user_defined(cls, "__init__")
    for base in cls.__mro__:
        if new is not None and "__new__" in base.__dict__:
            return new
        if init is not None and "__init__" in base.__dict__:
            return init
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, sigcls=Signature):
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        if isbuiltin(obj.__func__):
            # A builtin type's class method: its function is bound to the class already.
            return recurse(obj.__func__)
        sig = recurse(obj.__func__)
        return _signature_without_first(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(recurse(obj.func), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        import _text_signature
        return _text_signature.signature(sigcls, obj, skip_bound_arg)
    if isinstance(obj, type):
        factory = _user_defined(type(obj), "__call__") or _class_factory(obj)
        if factory is not None:
            return _signature_without_first(recurse(factory))
        if type not in obj.__mro__ and obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls([])
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = _user_defined(type(obj), "__call__")
    if call is not None:
        return _signature_without_first(recurse(call))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as the old-style FullArgSpec tuple."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    varargs = varkw = None
    defaults = ()
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The dict of argument values a call func(*positional, **named) would bind, in the order
    CPython's getcallargs fills it: positional parameters, *args, **kwargs, then the rest."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    count = min(len(positional), len(args))
    for arg, value in zip(args, positional):
        values[arg] = value
    if varargs:
        values[varargs] = tuple(positional[count:])
    if varkw:
        values[varkw] = {}
    possible = set(args + kwonlyargs)
    for kw, value in named.items():
        if kw not in possible:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (name, kw))
            values[varkw][kw] = value
        elif kw in values:
            raise TypeError("%s() got multiple values for argument %r" % (name, kw))
        else:
            values[kw] = value
    defaults = defaults or ()
    if len(positional) > len(args) and not varargs:
        _too_many(name, args, kwonlyargs, len(defaults), len(positional), values)
    required = args[:len(args) - len(defaults)]
    missing = [arg for arg in required if arg not in values]
    if missing:
        _missing_arguments(name, missing, True)
    for arg, default in zip(args[len(args) - len(defaults):], defaults):
        values.setdefault(arg, default)
    missing = []
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                missing.append(kwarg)
    if missing:
        _missing_arguments(name, missing, False)
    return values


def _too_many(name, args, kwonlyargs, default_count, given, values):
    least = len(args) - default_count
    if default_count:
        plural, expected = True, "from %d to %d" % (least, len(args))
    else:
        plural, expected = len(args) != 1, str(len(args))
    kwonly_given = len([arg for arg in kwonlyargs if arg in values])
    kwonly_text = ""
    if kwonly_given:
        kwonly_text = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given"
                    % (name, expected, "s" if plural else "", given, kwonly_text,
                       "was" if given == 1 and not kwonly_given else "were"))


def _missing_arguments(name, names, positional):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = "{} and {}".format(*quoted)
    else:
        listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    raise TypeError("%s() missing %i required %s argument%s: %s"
                    % (name, len(names), "positional" if positional else "keyword-only",
                       "" if len(names) == 1 else "s", listed))


Arguments = namedtuple("Arguments", "args, varargs, varkw")


def getargs(co):
    """(args, varargs name, varkw name) of a code object."""
    if not iscode(co):
        raise TypeError("{!r} is not a code object".format(co))
    names = co.co_varnames
    nargs = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:nargs])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args, varargs, varkw)


ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")


def getargvalues(frame):
    """The arguments of a frame and its locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name, formatvalue=lambda value: "=" + repr(value)):
    def convert(name):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(arg) for arg in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(specs) + ")"


# ---- generators and coroutines ----

def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it is closed)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# ---- frames and the stack ----

_Traceback = namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    """Where a frame or traceback is: file, line, function, and some lines of context."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, "
                "positions={!r})".format(self.filename, self.lineno, self.function, self.code_context,
                                         self.index, self.positions))


_FrameInfo = namedtuple("_FrameInfo", ("frame",) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    """A frame and where it is, as stack() and trace() list them."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, "
                "positions={!r})".format(self.frame, self.filename, self.lineno, self.function,
                                         self.code_context, self.index, self.positions))


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback object, with `context` lines around its line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo for frame and each frame that called it, innermost first."""
    framelist = []
    while frame:
        framelist.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo for each frame of a traceback, outermost first."""
    framelist = []
    while tb:
        framelist.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """FrameInfo for the caller's frame and all the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the frames between the current one and where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
