"""The import system, programmatically: import_module, reload and invalidate_caches.

gilpy's importer is in Java (sys.modules, then Java modules, then sys.path, then the sources
bundled in the jar); these functions drive it through __import__.
"""

import sys
import types

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name, level dots deep, from package."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        if not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def import_module(name, package=None):
    """Imports a module and returns it (not the top-level package, as __import__ would).

    A relative name ('.sub', '..pkg.mod') needs package, the package it is relative to.
    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}"
                            .format(name))
        level = len(name) - len(name.lstrip("."))
    _sanity_check(name[level:], package, level)
    absolute = _resolve_name(name[level:], package, level) if level else name
    if absolute not in sys.modules:
        __import__(absolute)
    module = sys.modules[absolute]
    if module is None:
        raise ModuleNotFoundError("import of {} halted; None in sys.modules".format(absolute), name=absolute)
    return module


def invalidate_caches():
    """Tells the finders on sys.meta_path to drop their caches (gilpy's own importer keeps none)."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def reload(module):
    """Runs a module's code again, in the same module object, and returns it.

    A module from a .py file re-reads the file; any other (Java or bundled) is imported afresh and
    its new namespace copied into the old module.
    """
    if not module or not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, "__spec__", None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    parent_name = name.rpartition(".")[0]
    if parent_name and parent_name not in sys.modules:
        raise ImportError("parent {!r} not in sys.modules".format(parent_name), name=parent_name)
    filename = getattr(module, "__file__", None)
    source = _read_source(filename)
    if source is not None:
        import linecache
        linecache.checkcache(filename)
        exec(compile(source, filename, "exec"), module.__dict__)
        return sys.modules[name]
    del sys.modules[name]
    try:
        __import__(name)
        fresh = sys.modules[name]
    finally:
        sys.modules[name] = module
    module.__dict__.update(fresh.__dict__)
    return module


def _read_source(filename):
    if not filename or not filename.endswith(".py"):
        return None
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return None
