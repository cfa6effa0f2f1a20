# OSError subclasses from file operations
try:
    open("definitely_missing_file_xyz.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
import os
try:
    os.remove("also_missing_xyz.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("no_such_dir_xyz")
except FileNotFoundError as e:
    print("listdir:", e)
try:
    open(".", "w") if False else open("definitely_missing_dir_xyz/file.txt", "w")
except FileNotFoundError as e:
    print("write:", e.errno)
err = OSError(13, "Permission denied")
print(type(err).__name__, err)
print(type(OSError(2, "x")).__name__, type(OSError(17, "y")).__name__, type(OSError(99999, "z")).__name__)
