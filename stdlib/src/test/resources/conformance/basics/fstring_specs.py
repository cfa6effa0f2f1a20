# f-string format specs
pi = 3.14159265
n = 1234567
print(f"{pi:.2f}|{pi:10.4f}|{pi:<10.1f}|{pi:^10.3f}|{pi:+.1e}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:,}")
print(f"{255:x}|{255:#X}|{255:08b}|{8:o}|{255:#010x}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}|")
print(f"{0.125:.1%}|{1/3:.3%}")
print(f"{1e-10:g}|{123456789.0:g}|{0.0001:g}|{100.0:g}")
print(f"{42:5}|{'s':5}|{3.5:5}|")
print(f"{True}|{True:d}|{None!s:>5}")
print(f"{-0.0:.1f}|{0.05:.1f}|{0.15:.1f}|{0.25:.1f}")
print(f"{12.5:.0f}|{13.5:.0f}|{2**70:,}")
print(f"{1.5e300 * 1e10:f}|{float('nan'):f}|{float('-inf'):>6}")
for i in range(1, 4):
    print(f"{i:>3}{i*i:>5}{i**3:>6}")
val = 7
print(f"{val:{'>' if val > 5 else '<'}5}|")
print(f"{'abc':.2}|{3.0:.0e}|{1234.5:.2e}")
