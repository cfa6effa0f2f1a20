# f-string self-documenting expressions (=)
x = 10
y = "text"
print(f"{x=}")
print(f"{y=}")
print(f"{x + 5=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{y=!s}")
print(f"{3.5=:.2f}")
items = [1, 2]
print(f"{items=} {len(items)=}")
print(f"{x*2 = }|")
