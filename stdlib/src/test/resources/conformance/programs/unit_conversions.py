# a bank of unit-conversion functions with a table-driven dispatcher
LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0}
def convert(value, src, dst):
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return value * table[src] / table[dst]
    if {src, dst} <= {"C", "F", "K"}:
        return convert_temp(value, src, dst)
    raise ValueError(f"cannot convert {src} to {dst}")
def convert_temp(v, src, dst):
    c = {"C": v, "F": (v - 32) * 5 / 9, "K": v - 273.15}[src]
    return {"C": c, "F": c * 9 / 5 + 32, "K": c + 273.15}[dst]
cases = [(1, "mi", "km"), (100, "cm", "in"), (6, "ft", "m"), (1, "km", "mi"), (12, "oz", "g"), (150, "lb", "kg"),
         (2.5, "t", "lb"), (100, "C", "F"), (-40, "F", "C"), (0, "K", "C"), (98.6, "F", "K"), (1, "yd", "mm")]
for v, s, d in cases:
    r = convert(v, s, d)
    print(f"{v:>6} {s:<2} = {r:14.6f} {d:<2} ({r:.4g})")
try:
    convert(1, "kg", "m")
except ValueError as e:
    print("ValueError:", e)
print("round trip:", round(convert(convert(123.456, "m", "ft"), "ft", "m"), 9))
table = [[round(convert(1, a, b), 4) for b in ["m", "ft", "in"]] for a in ["m", "ft", "in"]]
for row in table:
    print(row)
