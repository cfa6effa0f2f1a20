# printf-style % formatting
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c" % (72, "i"))
print("%s and %s" % ("a", ["list"]))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("100%% sure, %s" % "yes")
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%r" % "quote'd", "%a" % "café")
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1e-5))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d" % 3.99, "%d" % -3.99, "%s" % 3.0)
print("%5.1f%%" % 99.55)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"ab", 5))
