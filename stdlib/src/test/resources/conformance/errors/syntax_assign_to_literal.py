# assigning to a literal
a = 5
if a:
    1 = a
