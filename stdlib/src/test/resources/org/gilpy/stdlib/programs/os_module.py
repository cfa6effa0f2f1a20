# os and os.path: path algorithms, then files in the working directory (a fresh temporary one)
import os, os.path as p, errno
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a", ""), p.join("a", "b/"), p.join(b"a", b"b"))
print(p.split("/usr/local/lib/file.tar.gz"), p.split("file"), p.split("/"), p.split("dir/"), p.split("//x"), p.split("a//b"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"), p.splitext("a/.b.c"), p.splitext("..."))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("a/b/../../.."), p.normpath("//a/b"), p.normpath("///a"))
print(p.basename("/a/b/"), p.dirname("/"), p.dirname("a/b//c"), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("a/b", "a/c"))
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.commonprefix([[1, 2, 3], [1, 2, 4]]), p.commonprefix([]), p.commonpath(["/usr/lib", "/usr/local"]), p.commonpath(["a/b/c", "a/b/d"]))
print(p.isabs("/x"), p.isabs("x"), p.splitdrive("/x/y"), p.normcase("A/B"), p.expanduser("~no_such_user_x/a"), p.expanduser("plain"))
for f, args in [(p.commonpath, (["/a", "b"],)), (p.join, ("a", 1)), (p.join, ("a", b"b")), (os.fspath, (1,)), (p.relpath, ("",)), (p.commonpath, ([],))]:
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
os.makedirs(p.join("t", "a", "b"))
os.makedirs("t/c", exist_ok=True)
with open("t/f.txt", "w") as f:
    f.write("hello")
with open("t/a/g.txt", "w") as f:
    f.write("x")
print(sorted(os.listdir("t")), p.getsize("t/f.txt"), p.isfile("t/f.txt"), p.isdir("t/a"), p.exists("t/nope"), p.islink("t"))
print([(r, sorted(d), sorted(fs)) for r, d, fs in sorted(os.walk("t"))])
print([r for r, d, fs in os.walk("t", topdown=False)][-1])
pruned = []
for r, d, fs in os.walk("t"):
    d[:] = [x for x in d if x != "a"]
    pruned.append(r)
print(sorted(pruned))
with os.scandir("t") as it:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.path) for e in it))
st = os.stat("t/f.txt")
print(st.st_size, type(st.st_mtime).__name__, type(st[8]).__name__, len(st), st.st_mode & 0o170000 == 0o100000, isinstance(st.st_mtime_ns, int))
os.rename("t/f.txt", "t/h.txt")
for f, args in [(os.mkdir, ("t",)), (os.rmdir, ("t",)), (os.remove, ("t/a",)), (os.listdir, ("t/h.txt",)), (os.stat, ("nope",)),
                (os.rename, ("nope", "nope2")), (os.rmdir, ("t/h.txt",)), (os.makedirs, ("t",)), (os.chdir, ("nope",))]:
    try: fn = f(*args)
    except OSError as e: print(type(e).__name__, e.errno, e)
cwd = os.getcwd(); os.chdir("t"); print(p.basename(os.getcwd()), sorted(os.listdir()), p.exists("h.txt"), p.abspath("x") == p.join(os.getcwd(), "x")); os.chdir(cwd)
os.remove("t/h.txt"); os.unlink("t/a/g.txt"); os.removedirs("t/a/b"); os.rmdir("t/c"); os.rmdir("t")
print(p.exists("t"), errno.ENOENT, errno.errorcode[2], os.strerror(2), os.strerror(99999), errno.EWOULDBLOCK == errno.EAGAIN)
print(os.sep, os.pathsep, os.extsep, os.curdir, os.pardir, os.devnull, os.name, os.linesep == "\n", os.getenv("NO_SUCH_VAR_XYZ", 5))
os.environ["GILPY_TEST_VAR"] = "v"; print(os.getenv("GILPY_TEST_VAR"), "GILPY_TEST_VAR" in os.environ); del os.environ["GILPY_TEST_VAR"]
print(len(os.urandom(4)), os.path is p, type(os.getpid()).__name__, os.cpu_count() > 0, os.error is OSError, p.isabs(p.realpath(".")))
