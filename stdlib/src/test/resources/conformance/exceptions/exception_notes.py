# add_note and __notes__ (3.11)
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input was 'abc'")
    print(e.__notes__, str(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
