# a file with a syntax error never runs: no stdout, exit 1
print("this line is never executed")
total = 0
for i in range(10):
    total = total +* i
print(total)
