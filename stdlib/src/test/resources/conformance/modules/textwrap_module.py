# textwrap
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("short", width=20), "|", textwrap.shorten(text, 30, placeholder=" [...]"))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: line.startswith("b")))
print(textwrap.wrap("a" * 25, width=10), textwrap.wrap("a" * 25, width=10, break_long_words=False))
print(textwrap.wrap("tab\there and  double  spaces", width=12), textwrap.wrap("", 10))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
print(w.wrap(text))
print(textwrap.fill("hyphen-ated words-are split-able", width=12))
