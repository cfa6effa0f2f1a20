"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the TextWrapper behind them."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only ASCII whitespace counts: a non-breaking space must not become a break point.
_whitespace = "\t\n\x0b\x0c\r "
_WORD_PUNCT = set("!\"'&.,?")


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in _WORD_PUNCT


def _split_on_whitespace(text):
    """Alternating runs of whitespace and of other characters, in order."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        in_space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_hyphens(text):
    """Chunks as for _split_on_whitespace, with words also broken after hyphens between letters
    ("hyphen-ated" -> "hyphen-", "ated") and around em-dashes ("word--word" -> "word", "--", "word")."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i) > i:
            j = _dashes_then_word(text, i)
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _dashes_then_word(text, i):
    """The end of a run of two or more hyphens at i that a word character follows, or i when none."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    if j - i >= 2 and j < len(text) and _is_word_char(text[j]):
        return j
    return i


def _word_end(text, i):
    """Where the word starting at i ends: the shortest non-whitespace run that reaches a break point."""
    n = len(text)
    k = i + 1
    while True:
        # A hyphen that may be broken after: letters before it, and a letter, optionally a hyphen,
        # and a letter after it.
        if k < n and text[k] == "-" and _hyphen_breakable(text, k):
            return k + 1
        if k >= n or text[k] in _whitespace:
            return k
        if _is_word_punct(text[k - 1]) and _dashes_then_word(text, k) > k:
            return k
        k += 1


def _hyphen_breakable(text, k):
    before_ok = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or \
        (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
    if not before_ok:
        return False
    j = k + 1
    if j >= len(text) or not _is_letter(text[j]):
        return False
    j += 1
    if j < len(text) and text[j] == "-":
        j += 1
    return j < len(text) and _is_letter(text[j])


def _ends_sentence(chunk):
    """A lowercase letter, then '.', '!' or '?', then an optional quote, at the end of chunk."""
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of the wrap() and fill()
    methods; the other methods are just there for subclasses to override in order to tweak the
    default behaviour."""

    unicode_whitespace_trans = {ord(c): " " for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words, whitespace runs and hyphenated pieces."""
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make sure two spaces follow the end of each sentence."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than a whole line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay chunks out into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            self._append_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _append_placeholder(self, lines, cur_line, cur_len, indent, width):
        """Ends the output at max_lines: the placeholder goes where it fits, dropping chunks before it."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + "".join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more than 'self.width'
        columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than 'self.width'
        columns, and return a new string containing the entire wrapped paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline character."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(" \t")
        if not content:
            if line:
                lines[i] = ""
            continue
        indent = line[:len(line) - len(content)]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            for j, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines where 'predicate(line)'
    is True. If 'predicate' is not provided, it will default to adding 'prefix' to all non-empty
    lines that do not consist solely of whitespace characters."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
