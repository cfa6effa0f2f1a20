# complex() constructor forms
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(0, -1), complex(real=3, imag=4))
print(complex("1+2j"), complex(" 3.5-4j "), complex("j"), complex("-j"), complex("5"), complex("1e3j"))
print(complex(1 + 2j, 1), complex(1j, 1j))
z = complex(3, 4)
print(z.real, z.imag, z.conjugate(), abs(z), z == 3 + 4j, z * 1j, z ** 2)
print(repr(complex(1, 0)), repr(complex(0, 1)), repr(complex(-1.5, -0.0)), str(complex(2, -3)))
print(complex(float("inf"), float("nan")))
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
