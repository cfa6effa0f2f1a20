"""Support for regular expressions (RE), as CPython 3.11's re module.

Patterns are read, checked and translated to java.util.regex by gilpy's _sre module
(org.gilpy.stdlib.re), which also provides the Pattern and Match types. This module adds
what is Python-level in CPython too: the flag constants, the error class, the pattern cache,
the module-level shortcuts and the Scanner helper.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# (name, bit) in the order CPython's RegexFlag declares them, which is the order reprs list them in
_FLAG_BITS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class _FlagType(type):
    """The class side of RegexFlag, as an enum class behaves: iterable, indexable by name."""

    def __repr__(cls):
        return f"<flag {cls.__name__!r}>"

    def __iter__(cls):
        return iter([getattr(cls, name) for name, bit in _FLAG_BITS])

    def __len__(cls):
        return len(_FLAG_BITS)

    def __contains__(cls, member):
        return isinstance(member, cls)

    def __getitem__(cls, name):
        member = cls.__members__.get(name)
        if member is None:
            raise KeyError(name)
        return member

    @property
    def __members__(cls):
        members = {"NOFLAG": cls.NOFLAG}
        for name, bit in _FLAG_BITS:
            members[name] = getattr(cls, name)
            if name in _SHORT_NAMES:
                members[_SHORT_NAMES[name]] = members[name]
        return members


_SHORT_NAMES = {"ASCII": "A", "IGNORECASE": "I", "LOCALE": "L", "UNICODE": "U", "MULTILINE": "M",
                "DOTALL": "S", "VERBOSE": "X", "TEMPLATE": "T"}


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re: ints that combine with | and & and show as re.IGNORECASE|re.DOTALL."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _parts(self):
        value = int(self)
        names = [name for name, bit in _FLAG_BITS if value & bit]
        unknown = value & ~_ALL_FLAGS
        return names, unknown

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, unknown = self._parts()
        if not names:
            return None
        return "|".join(names + ([hex(unknown)] if unknown else []))

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        names, unknown = self._parts()
        if not names:
            return f"re.RegexFlag({int(self)})"
        return "|".join(["re." + n for n in names] + ([hex(unknown)] if unknown else []))

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        return iter([getattr(RegexFlag, name) for name, bit in _FLAG_BITS if value & bit])

    def __reduce__(self):
        return RegexFlag, (int(self),)


for _name, _bit in _FLAG_BITS:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = RegexFlag(0)
del _name, _bit

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern or template that is not valid.

    msg is the bare message, pattern the pattern (or template) and pos the index in it where
    the problem was found; lineno and colno locate pos in a multi-line pattern.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
        else:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = f"{msg} at position {pos}"
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        super().__init__(msg)


error.__module__ = "re"


def match(pattern, string, flags=0):
    """Match the pattern at the beginning of string: a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole of string: a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in string where the pattern matches, as a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with each match of the pattern (the first count, if count is not 0) replaced.

    repl is a template (backslash escapes and group references such as \\1 or \\g<name> are
    expanded) or a function of the Match object that returns the replacement text.
    """
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), but returns (new string, number of replacements made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of the pattern, with the text of each
    capturing group in between; at most maxsplit splits unless maxsplit is 0."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, empty ones included, as a list of the
    matched text (no groups), of the group's text (one group), or of tuples of the
    groups' text (several)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for every non-overlapping match in string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for a pattern string and flags (cached)."""
    return _compile(pattern, flags)


def purge():
    """Forget the compiled patterns cached by this module."""
    _cache.clear()


def template(pattern, flags=0):
    """compile() with the TEMPLATE flag; deprecated, as in CPython 3.11."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | T)


def escape(pattern):
    """pattern with a backslash before every character that has a meaning in patterns."""
    return _sre.escape(pattern)


Pattern = type(_sre.compile("", 0, error))
Match = type(Pattern.match(_sre.compile("", 0, error), ""))

_cache = {}  # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _sre.compile(pattern, flags, error)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


class Scanner:
    """Splits text into tokens by a lexicon of (pattern, action) pairs (experimental in CPython).

    scan(string) tries the patterns in order at each position; an action that is callable is
    called with the scanner and the matched text, and what it returns (unless None) is collected.
    Scanning stops at the first position no pattern matches, or at an empty match.
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        branches = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            branches.append(f"({phrase})")
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(branches), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[_outermost_group(m)]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _outermost_group(m):
    # the first group that took part: each phrase's own group opens before the groups inside it
    for index, span in enumerate(m.regs[1:], 1):
        if span[0] >= 0:
            return index
    return None
