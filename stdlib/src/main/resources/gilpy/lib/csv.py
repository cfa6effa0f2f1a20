"""Reading and writing CSV files: reader, writer, DictReader, DictWriter and the dialects.

A dialect is the set of formatting parameters (delimiter, quoting, ...). The reader is the
state machine of CPython's _csv module, fed one character at a time; the writer quotes or
escapes exactly the fields CPython's would.
"""

from types import GenericAlias as _GenericAlias

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


# ---- dialects ----

_PARAMETERS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
               "skipinitialspace", "strict")


def _char(name, value):
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value):
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


# The reader, writer and validated-dialect types are named as CPython's _csv types; each class
# statement binds the public name only until the factory or class of that name replaces it.

class Dialect:
    """The validated, read-only parameters a reader or writer works with (CPython's _csv.Dialect)."""

    __module__ = "_csv"

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMETERS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def param(name):
            if name in kwargs:
                return kwargs[name], True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return None, False

        # converted in CPython's order, so the first bad parameter is the one reported
        value, given = param("delimiter")
        self._delimiter = _char("delimiter", value) if given else ","
        value, given = param("doublequote")
        self._doublequote = bool(value) if given else True
        value, given = param("escapechar")
        self._escapechar = _char_or_none("escapechar", value) if given else None
        value, given = param("lineterminator")
        if given and value is not None and not isinstance(value, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = value if given else "\r\n"
        quotechar, quotechar_given = param("quotechar")
        self._quotechar = _char_or_none("quotechar", quotechar) if quotechar_given else '"'
        value, quoting_given = param("quoting")
        if quoting_given and not isinstance(value, int):
            raise TypeError('"quoting" must be an integer')
        self._quoting = value if quoting_given else QUOTE_MINIMAL
        value, given = param("skipinitialspace")
        self._skipinitialspace = bool(value) if given else False
        value, given = param("strict")
        self._strict = bool(value) if given else False

        if self._quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar_given and quotechar is None and not quoting_given:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect = Dialect


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


class Dialect:
    """Describe a CSV dialect: subclasses set the class attributes, checked on instantiation."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Returns the largest field the reader accepts; with an argument, sets it too."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- reader ----

# reader states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # fed after each line's characters


class reader:
    """Iterates over lines of text, yielding each record as a list of fields."""

    __module__ = "_csv"

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_of_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in "\n\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in "\n\r":
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not _EOL and c in "\n\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL and c is _EOL:
            pass
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if c is _EOL or c in "\n\r":
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # after an escaped line break the state stays, so the line's end does not end the record
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in "\n\r":
                self._end_of_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in "\n\r":
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


_Reader = reader


def reader(csvfile, dialect=None, **fmtparams):
    """A reader over csvfile, any iterable of lines, yielding each record as a list of strings."""
    lines = iter(csvfile)
    return _Reader(lines, _make_dialect(dialect, fmtparams))


# ---- writer ----

def _is_number(value):
    """What QUOTE_NONNUMERIC leaves unquoted: anything with __index__, __int__ or __float__."""
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, "__index__") or hasattr(cls, "__int__") or hasattr(cls, "__float__")


class writer:
    """Formats rows as CSV records and writes them to a file-like object."""

    __module__ = "_csv"

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field_text(self, text, quoted):
        d = self.dialect
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        return d.quotechar + body + d.quotechar if quoted else body

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fields = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            text = "" if field is None else field if isinstance(field, str) else str(field)
            fields.append(self._field_text(text, quoted))
        if len(fields) == 1 and fields[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            fields[0] = d.quotechar * 2
        return self._write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer = writer


def writer(csvfile, dialect=None, **fmtparams):
    """A writer that formats rows as CSV records and writes them to csvfile."""
    write = getattr(csvfile, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, fmtparams))


# ---- dictionaries ----

class DictReader:
    """Reads records as dicts keyed by fieldnames (by default, the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                record[key] = self.restval
        return record

    __class_getitem__ = classmethod(_GenericAlias)


class DictWriter:
    """Writes dicts as records, one field per name in fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(repr(k) for k in wrong))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(_GenericAlias)


# ---- sniffing ----

class Sniffer:
    """Guesses the dialect of a sample, and whether its first row is a header."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Looks for quoted fields: a quote right after a delimiter (or a line start) and closed before the
        next delimiter (or line end); the most common quote and delimiter around them win."""
        quotes = {}
        delims = {}
        spaces = 0
        for line in data.splitlines():
            for i, ch in enumerate(line):
                if ch not in "'\"":
                    continue
                before = i - 1
                space = before >= 0 and line[before] == " "
                if space:
                    before -= 1
                if before >= 0:
                    delim = line[before]
                    if delim.isalnum() or delim in "'\"\n" or (delimiters and delim not in delimiters):
                        continue
                else:
                    delim = None
                end = line.find(ch, i + 1)
                if end < 0:
                    continue
                after = line[end + 1:end + 2]
                if delim is None and after and (after.isalnum() or after in " "):
                    continue
                if delim is not None and after not in ("", delim):
                    continue
                quotes[ch] = quotes.get(ch, 0) + 1
                if delim is not None:
                    delims[delim] = delims.get(delim, 0) + 1
                if space:
                    spaces += 1
        if not quotes:
            return "", False, None, 0
        quotechar = max(quotes, key=quotes.get)
        delim = max(delims, key=delims.get) if delims else ""
        skipinitialspace = delims.get(delim, 0) == spaces if delim else False
        if delim == "\n":
            delim = ""
        doublequote = (quotechar * 2) in data
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """The character that occurs equally often on the most lines (ties broken by self.preferred)."""
        lines = [line for line in data.split("\n") if line]
        if not lines:
            return "", 0
        candidates = delimiters or [chr(c) for c in range(127) if chr(c) not in "\n\r"]
        best = {}
        for ch in candidates:
            counts = {}
            for line in lines:
                n = line.count(ch)
                counts[n] = counts.get(n, 0) + 1
            mode, hits = max(counts.items(), key=lambda item: (item[1], item[0]))
            if mode > 0 and hits / len(lines) >= 0.9:
                best[ch] = hits
        if not best:
            return "", 0
        for ch in self.preferred:
            if ch in best and best[ch] == max(best.values()):
                delim = ch
                break
        else:
            delim = max(best, key=best.get)
        first = lines[0]
        skipinitialspace = first.count(delim) == first.count(delim + " ")
        return delim, skipinitialspace

    def has_header(self, sample):
        """True when the first row looks unlike the rows below it: each column whose cells are all
        numbers, or all of one length, votes on whether the first row's cell fits in."""
        rows = reader(sample.splitlines(True), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = dict.fromkeys(range(columns))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != columns:
                continue
            for col in list(kinds):
                kind = _cell_kind(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if isinstance(kind, int):
                fits = len(header[col]) == kind
            else:
                fits = _cell_kind(header[col]) is complex
            votes += -1 if fits else 1
        return votes > 0


def _cell_kind(text):
    """complex for anything numeric, else the text's length."""
    try:
        complex(text)
        return complex
    except (ValueError, OverflowError):
        return len(text)
