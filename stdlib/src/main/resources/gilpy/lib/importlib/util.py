"""Utilities for the import system: finding a module's spec and loading modules from specs."""

import sys
import types

from importlib.machinery import (BuiltinImporter, FrozenImporter, ModuleSpec, PathFinder, SourceFileLoader,
                                 _file_spec)

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """The absolute name of name, which may be relative to package."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return "{}.{}".format(base, rest) if rest else base


def _spec_of_loaded(module, name):
    spec = getattr(module, "__spec__", None)
    if spec is not None:
        return spec
    filename = getattr(module, "__file__", None)
    if filename and not filename.startswith("<"):
        spec = _file_spec(name, filename)
    elif filename:
        spec = ModuleSpec(name, FrozenImporter, origin="frozen")
    else:
        spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
    if hasattr(module, "__path__"):
        spec.submodule_search_locations = list(module.__path__)
    return spec


def find_spec(name, package=None):
    """The ModuleSpec of a module, or None when it cannot be found. Importing the parent package
    of a dotted name is the only import this does."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname)
    parent_name = fullname.rpartition(".")[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} while trying to find "
                                      f"{fullname!r}", name=fullname) from e
    for finder in (BuiltinImporter, PathFinder, FrozenImporter):
        spec = finder.find_spec(fullname, path)
        if spec is not None:
            return spec
    return None


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the module in the file at location."""
    if location is None:
        return None
    location = str(location)
    spec = ModuleSpec(name, loader or SourceFileLoader(name, location), origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.endswith("__init__.py"):
        import os
        spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for spec, with its import attributes set but its code not yet run."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    raise NotImplementedError("gilpy writes no bytecode caches")


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("gilpy writes no bytecode caches (sys.implementation.cache_tag is None)")
