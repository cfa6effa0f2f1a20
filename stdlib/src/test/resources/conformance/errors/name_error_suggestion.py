# 3.11 adds a "Did you mean" suggestion to the traceback (stderr) of NameError
counter = 10
print("before")
print(countr)
