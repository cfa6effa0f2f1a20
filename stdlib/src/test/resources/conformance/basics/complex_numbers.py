# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 2, z * z, z / 2, z - 4j)
print(complex(1, 2), complex("3-2j"), complex(5), complex())
print((1 + 2j) * (3 - 1j), (1 + 1j) ** 2, 1j ** 2)
print((1 + 2j) == complex(1, 2), 1j == 1j, (0 + 0j) == 0)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, 0)), repr(complex(1, -0.0)))
print(complex(1.5, 2.25), -(1 + 1j))
print(bool(0j), bool(1j))
print(divmod(7, 2), (2 + 0j) ** 0.5 if False else 4 ** 0.5)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
print(type((-1) ** 0.5).__name__, round(((-1) ** 0.5).imag, 6))
print(complex("1+1j") * 1j, 2j / 1j)
