# String literal escapes, raw strings, concatenation
print("a\tb")
print("line1\nline2")
print("back\\slash", r"raw\nstring", r"C:\path\to")
print("\x41\x42\u0043\N{LATIN SMALL LETTER A}")
print("\101\102\60")
print('single "double"', "double 'single'")
print("""triple
quoted "string" with 'quotes'""")
print('''another
  indented''')
print("con" "cat" 'en' """ation""")
print(len("\n"), len(r"\n"), len("\\"))
print("\u00e9" == "é", "\xe9" == "é")
print(ord("\n"), ord("\t"), ord("\0"))
x = ("multi"
     "line"
     " implicit")
print(x)
print(b"bytes\x00\xff", rb"raw\x00")
