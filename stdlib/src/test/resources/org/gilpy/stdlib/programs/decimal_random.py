# decimal: random operands under random precision, rounding, exponent limits and traps, against CPython
import random
from decimal import *
random.seed(4242)
def rnd_dec():
    r = random.random()
    if r < 0.05: return random.choice(['NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E+5', '0.000', 'NaN12'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 12))).lstrip('0') or '0'
    exp = random.randint(-15, 15)
    sign = random.choice(['', '-'])
    return '%s%sE%d' % (sign, digits, exp)
def show(f):
    getcontext().clear_flags()
    try:
        r = f()
        res = repr(r)
    except Exception as e:
        res = type(e).__name__ + ' ' + str(e)
    fl = [s.__name__ for s in getcontext().flags if getcontext().flags[s]]
    return res + ' ' + ','.join(fl)
roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(150):
    c = getcontext()
    c.prec = random.choice([3, 5, 9, 28])
    c.rounding = random.choice(roundings)
    c.Emax = random.choice([999999, 20])
    c.Emin = random.choice([-999999, -20])
    c.traps[InvalidOperation] = random.random() < 0.5
    c.traps[DivisionByZero] = random.random() < 0.5
    c.traps[Overflow] = random.random() < 0.5
    a, b = D(rnd_dec()) if False else Decimal(rnd_dec()), Decimal(rnd_dec())
    print(i, c.prec, c.rounding, c.Emax, a, b)
    print(' add', show(lambda: a + b), '| sub', show(lambda: a - b), '| mul', show(lambda: a * b))
    print(' div', show(lambda: a / b), '| fdiv', show(lambda: a // b), '| mod', show(lambda: a % b))
    print(' cmp', show(lambda: a.compare(b)), show(lambda: a < b), show(lambda: a == b), show(lambda: a.compare_total(b)), show(lambda: a.max(b)), show(lambda: a.min_mag(b)))
    print(' q', show(lambda: a.quantize(b)), '| norm', show(lambda: a.normalize()), '| int', show(lambda: a.to_integral_exact()), show(lambda: a.to_integral_value()))
    print(' sqrt', show(lambda: a.sqrt()), '| plus', show(lambda: +a), show(lambda: -a), show(lambda: abs(a)))
    print(' rn', show(lambda: a.remainder_near(b)), '| fma', show(lambda: a.fma(b, a)), '| np', show(lambda: a.next_plus()), show(lambda: a.next_minus()), show(lambda: a.next_toward(b)))
    print(' str', a.to_eng_string(), a.as_tuple(), a.adjusted(), a.number_class(), a.is_normal(), show(lambda: hash(a) == hash(float(a)) if a.is_finite() else 0), show(lambda: int(a)), show(lambda: float(a)))
    print(' sb', show(lambda: a.scaleb(random.randint(-5, 5))), show(lambda: a.logb()), show(lambda: a.same_quantum(b)), show(lambda: a.copy_sign(b)))
    if random.random() < 0.3:
        c.prec = random.choice([5, 9, 16, 28])
        print(' exp', show(lambda: a.exp()), '| ln', show(lambda: a.ln()), '| log10', show(lambda: a.log10()))
        p = Decimal(random.choice(['2', '3', '-2', '0.5', '1.5', '-1', '10', '0', '2.5', '-3', '7']))
        print(' pow', p, show(lambda: a ** p), show(lambda: abs(a) ** Decimal('0.3')))
