# open(): write, append, read back, iterate lines, binary mode; file is removed afterwards
import os
name = "conformance_open_file_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
with open(name, "a", encoding="utf-8") as f:
    f.write("\nappended ü\n")
with open(name, encoding="utf-8") as f:
    content = f.read()
print(repr(content))
with open(name, encoding="utf-8") as f:
    print(f.readline().rstrip(), "|", f.readline().rstrip())
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "rb") as f:
    data = f.read()
print(len(data), data[-4:], type(data).__name__)
with open(name, "r+", encoding="utf-8") as f:
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(f.read(10), f.tell())
f = open(name, encoding="utf-8")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(name, "wb") as f:
    f.write(bytes(range(5)))
with open(name, "rb") as f:
    print(list(f.read()))
os.remove(name)
print(os.path.exists(name))
try:
    open(name, "x").close()
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno)
finally:
    os.remove(name)
