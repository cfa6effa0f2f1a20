"""Filename matching with shell patterns: '*', '?', '[seq]' and '[!seq]'.

fnmatch(FILENAME, PATTERN) matches according to the local convention (case-insensitively where the
OS is); fnmatchcase(FILENAME, PATTERN) always takes case into account.
"""

import os
import posixpath
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, normalizing case as the OS does."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    if os.path is posixpath:
        return [name for name in names if fnmatchcase(name, pat)]
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _matches(_compile(pat), name)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile(pat):
    """The pattern as a tuple of items: '*', '?', a literal character, or (negated, ranges) for [...]."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not items or items[-1] != "*":
                items.append("*")
        elif c == "?":
            items.append("?")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                items.append(("lit", "["))
                continue
            items.append(_char_set(pat, i, j))
            i = j + 1
        else:
            items.append(("lit", c))
    return tuple(items)


def _char_set(pat, i, j):
    """The set item for pat[i:j], the inside of [...], with CPython's reading of '-' and '!':
    hyphens between characters make ranges, and ranges running backwards are dropped."""
    stuff = pat[i:j]
    if "-" not in stuff:
        chunks = [stuff]
    else:
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
    # Tokens (character, is_range_hyphen): the hyphens joining chunks make ranges, others are literal.
    tokens = []
    for n, chunk in enumerate(chunks):
        if n:
            tokens.append(("-", True))
        tokens.extend((c, False) for c in chunk)
    if not tokens:
        return ("set", False, ())
    negated = tokens[0] == ("!", False)
    if negated:
        tokens = tokens[1:]
        if not tokens:
            return ("set", True, ())
    ranges = []
    k = 0
    while k < len(tokens):
        c, _ = tokens[k]
        if k + 2 < len(tokens) and tokens[k + 1][1]:
            ranges.append((c, tokens[k + 2][0]))
            k += 3
        else:
            ranges.append((c, c))
            k += 1
    return ("set", negated, tuple(ranges))


def _item_matches(item, c):
    if item == "?":
        return True
    if item[0] == "lit":
        return item[1] == c
    _, negated, ranges = item
    inside = any(lo <= c <= hi for lo, hi in ranges)
    return inside != negated


def _matches(items, name):
    """Matches name against the compiled items, backtracking only to the last '*' seen."""
    ni = ii = 0
    star_ii = star_ni = -1
    while ni < len(name):
        if ii < len(items) and items[ii] == "*":
            star_ii, star_ni = ii, ni
            ii += 1
        elif ii < len(items) and _item_matches(items[ii], name[ni]):
            ii += 1
            ni += 1
        elif star_ii >= 0:
            star_ni += 1
            ni = star_ni
            ii = star_ii + 1
        else:
            return False
    while ii < len(items) and items[ii] == "*":
        ii += 1
    return ii == len(items)


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    res = []
    for item in _compile(pat):
        if item == "*":
            res.append(".*")
        elif item == "?":
            res.append(".")
        elif item[0] == "lit":
            res.append(_escape(item[1]))
        else:
            _, negated, ranges = item
            if not ranges:
                res.append("(?!)" if not negated else ".")
                continue
            parts = "".join(_escape_in_set(lo) if lo == hi else _escape_in_set(lo) + "-" + _escape_in_set(hi)
                            for lo, hi in ranges)
            res.append("[" + ("^" if negated else "") + parts + "]")
    return "(?s:%s)\\Z" % "".join(res)


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(c):
    return "\\" + c if c in _SPECIAL else c


def _escape_in_set(c):
    return "\\" + c if c in "\\]^-[" else c
