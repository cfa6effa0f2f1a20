# Context attributes and validation, Context operation methods, names of the types
import decimal
import pickle
from decimal import Decimal as D, Context, localcontext, getcontext

c = Context(prec=6)
for name, bad in (("prec", 0), ("prec", "x"), ("Emin", 1), ("Emax", -1), ("capitals", 2), ("clamp", 5),
                  ("rounding", "nope"), ("rounding", 3)):
    try:
        setattr(c, name, bad)
    except Exception as e:
        print(name, repr(bad), type(e).__name__, e)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c)
print(type(c), D, decimal.InvalidOperation, decimal.DivisionUndefined.__mro__[1:3])
print(pickle.loads(pickle.dumps(c)))
print(repr(pickle.loads(pickle.dumps(D("1.25")))))

ops1 = ["abs", "minus", "plus", "exp", "ln", "log10", "logb", "sqrt", "normalize", "next_minus", "next_plus",
        "to_integral", "to_integral_exact", "to_integral_value", "is_normal", "is_subnormal", "copy_abs",
        "copy_negate", "is_finite", "is_infinite", "is_nan", "is_qnan", "is_signed", "is_snan", "is_zero",
        "number_class", "to_sci_string", "to_eng_string", "copy_decimal"]
ops2 = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "divmod", "power", "compare",
        "compare_signal", "max", "max_mag", "min", "min_mag", "next_toward", "quantize", "remainder_near",
        "scaleb", "compare_total", "compare_total_mag", "same_quantum", "copy_sign"]
values = [D("12.345"), D("-0.5"), 7, D("0"), D("Infinity"), D("NaN")]
for op in ops1:
    row = []
    for v in values:
        ctx = Context(prec=6, traps=[])
        try:
            row.append(str(getattr(ctx, op)(v)))
        except Exception as e:
            row.append(type(e).__name__)
        row.append(",".join(s.__name__ for s, f in ctx.flags.items() if f))
    print(op, getattr(Context, op).__name__, row)
for op in ops2:
    row = []
    for a in values[:4]:
        for b in (D("2.5"), 3, D("-0"), D("1E+2")):
            ctx = Context(prec=6, traps=[])
            try:
                row.append(str(getattr(ctx, op)(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
    print(op, row)
for bad in ("1", 1.5, None):
    for op in ("add", "abs", "divmod", "exp", "compare_total", "power"):
        try:
            f = getattr(Context(), op)
            print(op, f(bad, 1) if op in ("add", "divmod", "compare_total", "power") else f(bad))
        except Exception as e:
            print(op, type(e).__name__, e)
ctx = Context(prec=5)
print(ctx.fma(2, 3, D("0.123456")), ctx.power(2, 10, 7), ctx.logical_and(1101, 111), ctx.logical_invert(0),
      ctx.rotate(D(12345), 2), ctx.shift(D(12345), -2), ctx.create_decimal("1.234567"), ctx.radix(), ctx.Etiny(),
      ctx.Etop(), ctx.is_canonical(D(1)), ctx.create_decimal_from_float(0.1))
for a, b in ((D(7), 2), (D("7.5"), D("-2")), (3, D("0.4"))):
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b + a, b - a, b * a, b / a, b // a,
          b % a, divmod(b, a))
print(D(1).__add__("x"), D(1).__rsub__(1.5), D(2).__pow__("x"))
with localcontext(prec=3, rounding=decimal.ROUND_DOWN) as lc:
    print(D(2) / 3, lc)
try:
    localcontext(precision=3)
except TypeError as e:
    print(e)
getcontext().traps[decimal.DivisionByZero] = True
D(1) / 0
