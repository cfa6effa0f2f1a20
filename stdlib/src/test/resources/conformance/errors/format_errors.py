# errors from str.format, f-strings and % formatting
cases = [
    lambda: "{".format(1),
    lambda: "}".format(1),
    lambda: "{} {}".format(1),
    lambda: "{1}".format(1),
    lambda: "{name}".format(x=1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{:d}".format("x"),
    lambda: "{:d}".format(1.5),
    lambda: "{:s}".format(5),
    lambda: "{:x}".format(1.0),
    lambda: "{:,s}".format("a"),
    lambda: format(5, "invalid"),
    lambda: "{!z}".format(1),
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(key)s" % {"other": 1},
    lambda: "%z" % 1,
    lambda: "%d" % [],
    lambda: f"{3.5:d}",
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
]
for c in cases:
    try:
        print("no error:", repr(c()))
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
