# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, 42, 42))
print("{:.2f} {:10.3f} {:e} {:.2%} {:g}".format(3.14159, 2.71828, 1234.5, 0.256, 0.0000123))
print("{:b} {:o} {:x} {:X} {:#b} {:#x}".format(10, 10, 255, 255, 5, 255))
print("{:,} {:_} {:,.2f} {:_x}".format(1234567, 1234567, 1234567.891, 0xFFFFFFFF))
print("{!r} {!s} {!a}".format("x", "x", "é"))
print("{{literal}} {}".format("val"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{:=+8d}|{:=8d}".format(42, -42))
print("{:c}".format(65), "{:n}".format(1234))
print("{0:>{1}}".format("x", 4))
print("{:>10}".format(None) if False else "{!s:>6}".format(None))
print(format(0.5, ".0%"), format(1e21, ""), format(123, ""))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:10.3}|".format(0.000123))
print("{:%}".format(1), "{:.1e}".format(0.0))
