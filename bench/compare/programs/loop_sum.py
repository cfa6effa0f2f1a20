# A while loop summing ints: the eval loop's dispatch and small-int arithmetic.
total = 0
i = 0
while i < 3_500_000:
    total += i & 0xFF
    i += 1
print("loop_sum", total)
