# os module: files and directories relative to the program's own directory
import os
print(os.sep, os.cursep if hasattr(os, "cursep") else os.curdir, os.pardir, os.linesep == "\n", os.name)
print(os.environ.get("CONFORMANCE_SURELY_UNSET_VAR", "default"), "CONFORMANCE_SURELY_UNSET_VAR" in os.environ)
os.environ["CONFORMANCE_TMP_VAR"] = "set-by-test"
print(os.environ["CONFORMANCE_TMP_VAR"], os.getenv("CONFORMANCE_TMP_VAR"))
del os.environ["CONFORMANCE_TMP_VAR"]
print(os.getenv("CONFORMANCE_TMP_VAR"))
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd))
base = "conformance_os_tmp_dir"
os.makedirs(os.path.join(base, "sub", "deeper"), exist_ok=True)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, "a.txt")), os.path.isfile(os.path.join(base, "a.txt")))
os.rename(os.path.join(base, "c.log"), os.path.join(base, "c.txt"))
print(sorted(e.name for e in os.scandir(base) if e.is_file()))
walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((root.replace(os.sep, "/"), sorted(dirs), sorted(files)))
print(walked)
for name in os.listdir(base):
    path = os.path.join(base, name)
    if os.path.isfile(path):
        os.remove(path)
os.removedirs(os.path.join(base, "sub", "deeper"))
print(os.path.exists(base))
try:
    os.mkdir(base)
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno)
finally:
    os.rmdir(base)
print(type(os.getpid()).__name__, os.cpu_count() is None or os.cpu_count() > 0)
