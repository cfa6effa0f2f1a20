# repr/str of floats: shortest round-tripping representation
vals = [0.1 + 0.2, 0.1, 1.0, 1.5, 100.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001234, 1e22, 1e-7, 3.14159, -2.5, 2.0 ** 0.5,
        1 / 3, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
        float("nan"), -0.0, 0.0, 1e100, 12345.678, 0.5, 2.675]
for v in vals:
    print(repr(v), str(v))
print(1e16 == 10 ** 16)
print(float("1e500"), float("-1e500"))
print(float("  3.25  "), float("+1.5"), float("-.5"), float("1_000.5"))
print(float(10 ** 20), float(2 ** 60))
print(9007199254740993.0)
print(0.3 == 0.1 * 3, 0.1 * 3)
print([1.0, 2.5, -0.0])
print((1.1, 2.2))
print(float.hex(1.0) if hasattr(float, "hex") else "", (0.1).hex())
print(float.fromhex("0x1.8p1"))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
