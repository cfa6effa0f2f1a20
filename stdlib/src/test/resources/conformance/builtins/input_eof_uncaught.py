# an uncaught EOFError from input() with empty stdin
name = input()
print("hello", name)
