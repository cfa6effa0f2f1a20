# os.path helpers on fixed strings
import os.path as p
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a", ""))
print(p.split("/usr/local/lib/file.tar.gz"), p.split("file"), p.split("/"), p.split("dir/"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"))
print(p.basename("/a/b/c.py"), p.dirname("/a/b/c.py"), p.basename("/a/b/"), p.dirname("c.py"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("a/b/../../.."))
print(p.isabs("/x"), p.isabs("x"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.splitdrive("/x/y"))
print(p.exists("definitely/not/here.txt"), p.isfile("nope"), p.isdir("nope"))
here = p.abspath(".")
print(p.isabs(here), p.isdir(here), p.basename(p.abspath("some_file.txt")))
print(p.expanduser("relative/path"), p.normcase("A/B"), p.sep if hasattr(p, "sep") else "/")
