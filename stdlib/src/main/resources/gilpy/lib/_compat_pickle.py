"""Module and name mappings between Python 2 and 3, used by pickle when fix_imports is true:
protocols 0 to 2 write Python 2's names (so Python 2 can read the data) and read them back."""

IMPORT_MAPPING = {
    "__builtin__": "builtins",
    "copy_reg": "copyreg",
    "Queue": "queue",
    "SocketServer": "socketserver",
    "ConfigParser": "configparser",
    "repr": "reprlib",
    "markupbase": "_markupbase",
    "_winreg": "winreg",
    "thread": "_thread",
    "dummy_thread": "_dummy_thread",
    "httplib": "http.client",
    "htmlentitydefs": "html.entities",
    "HTMLParser": "html.parser",
    "Cookie": "http.cookies",
    "cookielib": "http.cookiejar",
    "BaseHTTPServer": "http.server",
    "test.test_support": "test.support",
    "commands": "subprocess",
    "urlparse": "urllib.parse",
    "robotparser": "urllib.robotparser",
    "urllib2": "urllib.request",
    "anydbm": "dbm",
    "_abcoll": "collections.abc",
}

NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
}

PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

for _name in ("AuthenticationError", "BufferTooShort", "ProcessError", "TimeoutError"):
    NAME_MAPPING[("multiprocessing", _name)] = ("multiprocessing.context", _name)

REVERSE_IMPORT_MAPPING = {v: k for k, v in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {v: k for k, v in NAME_MAPPING.items()}

# One-way mappings: old names still read, never written
IMPORT_MAPPING.update({
    "cPickle": "pickle",
    "UserDict": "collections",
    "UserList": "collections",
    "UserString": "collections",
    "whichdb": "dbm",
    "StringIO": "io",
    "cStringIO": "io",
})

REVERSE_IMPORT_MAPPING.update({
    "_bz2": "bz2",
    "_dbm": "dbm",
    "_functools": "functools",
    "_gdbm": "gdbm",
    "_pickle": "pickle",
})

NAME_MAPPING.update({
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
    ("UserDict", "UserDict"): ("collections", "UserDict"),
})

REVERSE_NAME_MAPPING[("_functools", "reduce")] = ("__builtin__", "reduce")

for _name in ("BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
              "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
              "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
              "ProcessLookupError", "TimeoutError"):
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")

REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del _name
