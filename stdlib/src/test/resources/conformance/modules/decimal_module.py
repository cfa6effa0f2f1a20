# decimal.Decimal arithmetic and contexts
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(D("0.1") + D("0.2"), D(0.1), D("1.10") + D("2.205"), D("3") / D("7"), D(10) ** -2, D("-0"), D("1e3"))
print(D("2.675").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("7.999").quantize(D("1."), rounding=ROUND_DOWN))
print(D("1.2300").normalize(), D("100").normalize(), D("12.5").to_integral_value(), round(D("2.5")), round(D("3.14159"), 3))
print(D(2).sqrt(), D(1).exp(), D(100).log10(), D("10").ln())
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), D(2).sqrt())
print(getcontext().prec, D(1) / D(7))
print(D("1.5") < D("2"), D("2.0") == D("2"), D("2") == 2, D("0.5") == 0.5, max(D("1.1"), D("1.10")), sorted([D("3"), D("1.5"), D("-2")]))
print(D("123.456").as_tuple(), D("-1.5").is_signed(), D("nan").is_nan(), D("inf") > 10 ** 100, str(D("1E+2")), repr(D("1.0")))
print(int(D("7.9")), float(D("0.25")), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), 2))
for expr in [lambda: D(1) / D(0), lambda: D("abc"), lambda: D(0) / D(0)]:
    try:
        expr()
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__)
print(sum([D("0.1")] * 10), D("1.23E-7"), D("0.000001"), D("0.0000001"), format(D("1234.5678"), ",.2f"))
