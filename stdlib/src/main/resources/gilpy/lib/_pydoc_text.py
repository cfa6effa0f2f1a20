"""pydoc's text renderer: the plain-text pages help() prints, laid out as CPython 3.11's.

A page is built from sections (NAME, CLASSES, ... for a module), a class is drawn inside a
" |  " margin with its attributes grouped by kind and by the class of its MRO that defines them,
and a routine is its name, its signature and its docstring indented below. Bold text is each
character, a backspace and the character again, which plain() removes.
"""

import builtins
import inspect
import os
import re
import reprlib

import pydoc


class TextRepr(reprlib.Repr):
    """repr() shortened for a page: long strings and containers are cut in the middle."""

    __module__ = "pydoc"  # pydoc's public class, kept in a file of its own

    def __init__(self):
        super().__init__()
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        method = getattr(self, "repr_" + "_".join(type(x).__name__.split()), None)
        if method is not None:
            return method(x, level)
        return pydoc.cram(pydoc.stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        text = pydoc.cram(x, self.maxstring)
        quoted = repr(text)
        if "\\" in text and "\\" not in quoted.replace("\\\\", ""):
            # The repr doubled every backslash: a raw string reads better.
            return "r" + quoted[0] + text + quoted[0]
        return quoted

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return pydoc.cram(pydoc.stripid(repr(x)), self.maxstring)
        except Exception:
            return "<%s instance>" % x.__class__.__name__


class _Rule:
    """The line of dashes that separates the sections of a class, from the second one on."""

    def __init__(self, lines):
        self.lines = lines
        self.needed = False

    def maybe(self):
        if self.needed:
            self.lines.append("-" * 70)
        self.needed = True


def _split(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def classify_class_attrs(cls):
    """inspect.classify_class_attrs, with data descriptors and read-only properties told apart."""
    result = []
    for name, kind, home, value in inspect.classify_class_attrs(cls):
        if inspect.isdatadescriptor(value):
            kind = "data descriptor"
            if isinstance(value, property) and value.fset is None:
                kind = "readonly property"
        result.append((name, kind, home, value))
    return result


def sort_attributes(attrs, cls):
    """Sorts attrs by name, a namedtuple's fields first in their own order."""
    fields = getattr(cls, "_fields", [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))


class TextDoc:
    """Formats an object's documentation as text."""

    __module__ = "pydoc"  # pydoc's public class, kept in a file of its own

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return "".join(ch + "\b" + ch for ch in text)

    def indent(self, text, prefix="    "):
        if not text:
            return ""
        lines = [prefix + line for line in text.split("\n")]
        lines[-1] = lines[-1].rstrip()
        return "\n".join(lines)

    def section(self, title, contents):
        return self.bold(title) + "\n" + self.indent(contents).rstrip() + "\n\n"

    def document(self, obj, name=None, *args):
        """The documentation of obj, by what kind of object it is."""
        args = (obj, name) + args
        try:
            if inspect.ismodule(obj):
                return self.docmodule(*args)
            if inspect.isclass(obj):
                return self.docclass(*args)
            if inspect.isroutine(obj):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(*args)
        return self.docother(*args)

    def formattree(self, tree, modname, parent=None, prefix=""):
        """The class tree of inspect.getclasstree, one class a line, subclasses indented."""
        result = ""
        for entry in tree:
            if isinstance(entry, tuple):
                cls, bases = entry
                result += prefix + pydoc.classname(cls, modname)
                if bases and bases != (parent,):
                    result += "(%s)" % ", ".join(pydoc.classname(b, modname) for b in bases)
                result += "\n"
            elif isinstance(entry, list):
                result += self.formattree(entry, modname, cls, prefix + "    ")
        return result

    def docmodule(self, obj, name=None, mod=None, *ignored):
        name = obj.__name__
        synopsis, description = pydoc.splitdoc(pydoc.getdoc(obj))
        result = self.section("NAME", name + (synopsis and " - " + synopsis))
        public = getattr(obj, "__all__", None)
        if description:
            result += self.section("DESCRIPTION", description)
        classes = [(key, value) for key, value in inspect.getmembers(obj, inspect.isclass)
                   if (public is not None or (inspect.getmodule(value) or obj) is obj)
                   and pydoc.visiblename(key, public, obj)]
        funcs = [(key, value) for key, value in inspect.getmembers(obj, inspect.isroutine)
                 if (public is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is obj)
                 and pydoc.visiblename(key, public, obj)]
        data = [(key, value) for key, value in inspect.getmembers(obj, pydoc.isdata)
                if pydoc.visiblename(key, public, obj)]
        if hasattr(obj, "__path__"):
            result += self._package_contents(obj)
        if classes:
            tree = self.formattree(inspect.getclasstree([value for _, value in classes], 1), name)
            parts = [tree] + [self.document(value, key, name) for key, value in classes]
            result += self.section("CLASSES", "\n".join(parts))
        if funcs:
            result += self.section("FUNCTIONS", "\n".join(self.document(v, k, name) for k, v in funcs))
        if data:
            result += self.section("DATA", "\n".join(self.docother(v, k, name, maxlen=70) for k, v in data))
        for attr, title in (("__version__", "VERSION"), ("__date__", "DATE"), ("__author__", "AUTHOR"),
                            ("__credits__", "CREDITS")):
            if hasattr(obj, attr):
                value = str(getattr(obj, attr))
                if attr == "__version__" and value[:11] == "$" + "Revision: " and value[-1:] == "$":
                    value = value[11:-1].strip()
                result += self.section(title, value)
        try:
            file = inspect.getabsfile(obj)
        except TypeError:
            file = "(built-in)"
        return result + self.section("FILE", file)

    def _package_contents(self, package):
        names = set()
        for directory in package.__path__:
            try:
                entries = os.listdir(directory)
            except OSError:
                continue
            for entry in entries:
                path = os.path.join(directory, entry)
                if entry.endswith(".py") and entry != "__init__.py":
                    names.add(entry[:-3])
                elif os.path.isfile(os.path.join(path, "__init__.py")):
                    names.add(entry + " (package)")
        return self.section("PACKAGE CONTENTS", "\n".join(sorted(names))) if names else ""

    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname

        def makename(cls):
            return pydoc.classname(cls, obj.__module__)

        title = "class " + self.bold(realname) if name == realname else self.bold(name) + " = class " + realname
        if obj.__bases__:
            title += "(%s)" % ", ".join(map(makename, obj.__bases__))
        lines = []
        push = lines.append
        try:
            argspec = str(inspect.signature(obj))
        except (ValueError, TypeError):
            argspec = None
        if argspec and argspec != "()":
            push(name + argspec + "\n")
        doc = pydoc.getdoc(obj)
        if doc:
            push(doc + "\n")
        mro = list(inspect.getmro(obj))
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push("    " + makename(base))
            push("")
        self._builtin_subclasses(obj, push)
        rule = _Rule(lines)
        attrs = [attr for attr in classify_class_attrs(obj) if pydoc.visiblename(attr[0], obj=obj)]
        while attrs:
            home = mro.pop(0) if mro else attrs[0][2]
            attrs, inherited = _split(attrs, lambda attr: attr[2] is home)
            if home is builtins.object and obj is not builtins.object:
                attrs = inherited
                continue
            tag = "defined here" if home is obj else "inherited from %s" % pydoc.classname(home, obj.__module__)
            sort_attributes(attrs, obj)
            for kind, heading, render in (("method", "Methods", self._spill_routines),
                                          ("class method", "Class methods", self._spill_routines),
                                          ("static method", "Static methods", self._spill_routines),
                                          ("readonly property", "Readonly properties", self._spill_descriptors),
                                          ("data descriptor", "Data descriptors", self._spill_descriptors),
                                          ("data", "Data and other attributes", self._spill_data)):
                chosen, attrs = _split(attrs, lambda attr: attr[1] == kind)
                if chosen:
                    rule.maybe()
                    push("%s %s:\n" % (heading, tag))
                    for attr in chosen:
                        push(render(obj, attr, mod))
            attrs = inherited
        contents = "\n".join(lines)
        if not contents:
            return title + "\n"
        return title + "\n" + self.indent(contents.rstrip(), " |  ") + "\n"

    def _builtin_subclasses(self, cls, push):
        names = sorted((sub.__name__ for sub in type.__subclasses__(cls)
                        if not sub.__name__.startswith("_") and sub.__module__ == "builtins"), key=str.lower)
        if names:
            push("Built-in subclasses:")
            for sub in names[:4]:
                push("    " + sub)
            if len(names) > 4:
                push("    ... and " + str(len(names) - 4) + " other subclasses")
            push("")

    def _spill_routines(self, cls, attr, mod):
        name, _, _, value = attr
        try:
            value = getattr(cls, name)
        except Exception:
            # A descriptor whose __get__ fails is documented as it is.
            return self.docdata(value, name, mod)
        return self.document(value, name, mod, cls)

    def _spill_descriptors(self, cls, attr, mod):
        return self.docdata(attr[3], attr[0], mod)

    def _spill_data(self, cls, attr, mod):
        name, _, home, value = attr
        try:
            obj = getattr(cls, name)
        except AttributeError:
            obj = home.__dict__[name]
        return self.docother(obj, name, mod, maxlen=70, doc=pydoc.getdoc(value)) + "\n"

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ""
        skipdocs = False
        if pydoc._is_bound_method(obj):
            owner = obj.__self__.__class__
            if cl:
                if owner is not cl:
                    note = " from " + pydoc.classname(owner, mod)
            else:
                note = " method of %s instance" % pydoc.classname(owner, mod)
        qualifier = "async " if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ""
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + " = " + realname
        argspec = None
        try:
            signature = inspect.signature(obj)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if realname == "<lambda>":
                title = self.bold(name) + " lambda "
                argspec = argspec[1:-1]
        decl = qualifier + title + (argspec or "(...)") + note
        if skipdocs:
            return decl + "\n"
        doc = pydoc.getdoc(obj) or ""
        return decl + "\n" + (doc and self.indent(doc).rstrip() + "\n")

    def docdata(self, obj, name=None, mod=None, cl=None):
        result = ""
        if name:
            result += self.bold(name) + "\n"
        doc = pydoc.getdoc(obj) or ""
        if doc:
            result += self.indent(doc) + "\n"
        return result

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(obj)
        if maxlen:
            line = (name and name + " = " or "") + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + "..."
        line = (name and self.bold(name) + " = " or "") + text
        if not doc:
            doc = pydoc.getdoc(obj)
        if doc:
            line += "\n" + self.indent(str(doc)) + "\n"
        return line


class PlainTextDoc(TextDoc):
    """TextDoc without bold."""

    def bold(self, text):
        return text


def plain(text):
    """text without the overstrikes that make it bold."""
    return re.sub(".\b", "", text)
