import sys
for s in ["1"*4301, "-" + "1"*4300, "1_"*2200 + "1", " " + "1"*4301 + " "]:
    try: int(s)
    except ValueError as e: print(str(e)[:90])
    else: print("ok", len(s))
x = 10**5000
for f in [str, repr, lambda v: "%d" % v, lambda v: f"{v}", lambda v: format(v, ","), hex, lambda v: "%x" % v, lambda v: str(-v)]:
    try: r = f(x); print("ok", len(r))
    except ValueError as e: print(str(e))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(0); print(len(str(x)))
for bad in (100, -1, 640):
    try: sys.set_int_max_str_digits(bad)
    except ValueError as e: print(e)
sys.set_int_max_str_digits(641); print(sys.get_int_max_str_digits())
try: int("1"*642)
except ValueError as e: print(e)
print(int("1"*642, 16) > 0, len(str(10**640)))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
