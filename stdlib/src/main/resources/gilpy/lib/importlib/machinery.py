"""The importer's parts as importlib names them: module specs, finders and loaders.

gilpy imports in Java; these classes describe what it finds (ModuleSpec) and let programs load
a source file themselves (SourceFileLoader).
"""

import sys

import _imp

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module is in ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds gilpy's Java modules (and sys and builtins)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin="built-in")

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Finds the Python modules bundled in gilpy's jar."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin="frozen", is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return "<{} object at {:#x}>".format(type(self).__name__, id(self))

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def is_package(self, fullname=None):
        import os
        return os.path.basename(self.path).rpartition(".")[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(module.__name__), self.path, "exec")
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        spec = importlib.util.spec_from_file_location(fullname or self.name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return sys.modules[spec.name]


SourcelessFileLoader = SourceFileLoader


class PathFinder:
    """Finds modules and packages as .py files in the directories of sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        leaf = fullname.rpartition(".")[2]
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            base = entry or "."
            package_init = os.path.join(base, leaf, "__init__.py")
            if os.path.isfile(package_init):
                spec = _file_spec(fullname, package_init)
                spec.submodule_search_locations = [os.path.join(base, leaf)]
                return spec
            module_file = os.path.join(base, leaf + ".py")
            if os.path.isfile(module_file):
                return _file_spec(fullname, module_file)
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


def _file_spec(name, location):
    spec = ModuleSpec(name, SourceFileLoader(name, location), origin=location)
    spec.has_location = True
    return spec
