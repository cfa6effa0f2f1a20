# input() with stdin at end of file raises EOFError
print("asking for input")
try:
    value = input("prompt> ")
    print("got", value)
except EOFError as e:
    print()
    print("EOFError:", repr(str(e)))
try:
    input()
except EOFError as e:
    print("EOFError again:", e)
print("done")
