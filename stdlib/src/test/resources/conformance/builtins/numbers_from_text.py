# float(), int() and complex() of text given as str, bytes, bytearray or memoryview: the values
# and the messages of CPython 3.11.
for src in ["float(b'1.5')", "float(bytearray(b'2'))", "float(memoryview(b'2.5'))", "float(b'x')",
            "float(bytearray(b'x'))", "float(b' 1e3 ')", "float(b'')", "float(b'\\xff')", "float(b'inf')",
            "float(b'-nan')", "float(b'1_0.5')", "int(b'12')", "int(bytearray(b'12'), 16)", "int(b'1x')",
            "int(b'z')", "int(b'')", "int(b' 0x1f ', 0)", "int(memoryview(b'7'))", "complex('1+2j')",
            "complex(' (1+2j) ')", "complex('1+2j', 3)", "complex(b'1+2j')", "complex('x')", "complex('1', 'a')",
            "complex(1, '2')", "complex('')", "complex('j')", "complex('-1.5e3-J')", "complex('inf+nanj')",
            "complex('1_0+2_0j')", "float(' nan ')", "float('')", "int('')", "float('1_0.5')"]:
    try:
        print(src, "=", repr(eval(src)))
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
