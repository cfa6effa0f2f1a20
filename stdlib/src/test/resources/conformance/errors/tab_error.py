# mixing tabs and spaces inconsistently
def f():
    if True:
	return 1
    return 0
print(f())
