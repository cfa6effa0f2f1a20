# help() with no argument: CPython 3.11's interactive help utility, its welcome and leaving
# texts, the "help> " prompt, and the requests it answers without pydoc_data's topic pages.
# (help('if') and the other topic pages need CPython's pydoc_data: gilpy says it lacks it.)
import io
import pydoc
import sys

help()  # stdin is empty: the utility leaves at once

sys.stdin = io.StringIO("len\n'len'\nkeywords\nsymbols\ntopics\nnosuchthing\nhelp\nQUIT\nnever read\n")
help()
print(sys.stdin.readline(), end="")

sys.stdin = io.StringIO("len\n\nnever read\n")
help()

out = io.StringIO()
helper = pydoc.Helper(io.StringIO("abs\nq\n"), out)
helper()
print(out.getvalue())
print(repr(helper.getline("prompt> ")))

help("keywords")
help("nosuchthing")
print(repr(help))
print(repr(pydoc.help))
print(repr(pydoc.Helper))
