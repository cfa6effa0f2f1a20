"""String constants, capwords, Template ($-substitution) and Formatter (str.format's machinery)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and join
    the capitalized words using join."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


################################################################################
# Template
################################################################################

_sentinel_dict = {}
_IDENT_START = set("_" + ascii_letters)
_IDENT_CHARS = _IDENT_START | set(digits)


class _Placeholder:
    """One match of the placeholder pattern: exactly one of escaped, named, braced or invalid is set."""

    def __init__(self, start, end, escaped=None, named=None, braced=None, invalid=None):
        self.start, self.end = start, end
        self.escaped, self.named, self.braced, self.invalid = escaped, named, braced, invalid


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ("pattern" in cls.__dict__ or cls.idpattern != Template.idpattern
                  or cls.braceidpattern is not None or cls.flags is not None)
        if custom:
            cls._regex = _compile_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """The placeholder matches in the template, left to right."""
        regex = getattr(type(self), "_regex", None)
        if regex is not None:
            return _regex_placeholders(regex, self.template)
        return _scan_placeholders(self.template, self.delimiter)

    def _invalid(self, ph):
        i = ph.invalid
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, convert):
        out = []
        pos = 0
        for ph in self._placeholders():
            out.append(self.template[pos:ph.start])
            out.append(convert(ph))
            pos = ph.end
        out.append(self.template[pos:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(ph):
            named = ph.named if ph.named is not None else ph.braced
            if named is not None:
                return str(mapping[named])
            if ph.escaped is not None:
                return self.delimiter
            self._invalid(ph)

        return self._substitute(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(ph):
            named = ph.named if ph.named is not None else ph.braced
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return self.template[ph.start:ph.end]
            if ph.escaped is not None:
                return self.delimiter
            return self.template[ph.start:ph.end]

        return self._substitute(convert)

    def is_valid(self):
        return all(ph.invalid is None for ph in self._placeholders())

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            named = ph.named if ph.named is not None else ph.braced
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and ph.invalid is None and ph.escaped is None:
                raise ValueError("Unrecognized named group in pattern", getattr(self, "pattern", None))
        return ids


def _identifier_end(s, i):
    """The end of the ASCII identifier starting at s[i], or i when none starts there."""
    if i < len(s) and s[i] in _IDENT_START:
        i += 1
        while i < len(s) and s[i] in _IDENT_CHARS:
            i += 1
    return i


def _scan_placeholders(s, delim):
    """Placeholders for the default pattern: $$, $name, ${name}, or an invalid lone $."""
    n = len(delim)
    i = s.find(delim)
    while i >= 0:
        j = i + n
        if s.startswith(delim, j):
            yield _Placeholder(i, j + n, escaped=delim)
            i = s.find(delim, j + n)
            continue
        end = _identifier_end(s, j)
        if end > j:
            yield _Placeholder(i, end, named=s[j:end])
            i = s.find(delim, end)
            continue
        if j < len(s) and s[j] == "{":
            end = _identifier_end(s, j + 1)
            if end > j + 1 and end < len(s) and s[end] == "}":
                yield _Placeholder(i, end + 1, braced=s[j + 1:end])
                i = s.find(delim, end + 1)
                continue
        yield _Placeholder(i, j, invalid=j)
        i = s.find(delim, j)


def _compile_pattern(cls):
    import re
    if "pattern" in cls.__dict__:
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
    flags = cls.flags if cls.flags is not None else re.IGNORECASE
    cls.pattern = re.compile(pattern, flags | re.VERBOSE) if isinstance(pattern, str) else pattern
    return cls.pattern


def _regex_placeholders(regex, s):
    for mo in regex.finditer(s):
        groups = mo.groupdict()
        yield _Placeholder(mo.start(), mo.end(), escaped=groups.get("escaped"), named=groups.get("named"),
                           braced=groups.get("braced"),
                           invalid=mo.start("invalid") if groups.get("invalid") is not None else None)


Template.pattern = None


################################################################################
# Formatter
################################################################################

def _parse_format(s):
    """Splits a format string into (literal_text, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    while i < n:
        literal = []
        while i < n:
            c = s[i]
            if c == "{" or c == "}":
                break
            literal.append(c)
            i += 1
        if i == n:
            yield "".join(literal), None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            literal.append(c)
            i += 2
            yield "".join(literal), None, None, None
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        field_name, conversion, format_spec, i = _parse_field(s, i + 1)
        yield "".join(literal), field_name, format_spec, conversion


def _parse_field(s, i):
    """Parses the replacement field starting after its '{'; returns (name, conversion, spec, next index)."""
    n = len(s)
    start = i
    while i < n:
        c = s[i]
        if c == "[":
            close = s.find("]", i + 1)
            if close < 0:
                raise ValueError("expected '}' before end of string")
            i = close + 1
            continue
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c in "}:!":
            break
        i += 1
    else:
        raise ValueError("expected '}' before end of string")
    field_name = s[start:i]
    conversion = None
    if s[i] == "!":
        if i + 1 >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = s[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] not in ":}":
            raise ValueError("expected ':' after conversion specifier")
    if s[i] == "}":
        return field_name, conversion, "", i + 1
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return field_name, conversion, s[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]), as _string.formatter_field_name_split does."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, field_name[i + 1:j]))
            i = j
        elif c == "[":
            j = field_name.find("]", i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The engine behind str.format, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each piece of format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
