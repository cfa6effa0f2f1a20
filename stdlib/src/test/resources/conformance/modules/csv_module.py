# csv reading and writing with in-memory files
import csv, io
text = 'name,age,city\nAnn,30,"New York, NY"\nBob,25,"He said ""hi"""\n,,\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
for rec in csv.DictReader(io.StringIO(text)):
    print(dict(rec))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'quote"d', 1, 2.5, None])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "first"})
dw.writerow({"id": 2, "name": "second"})
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="|").writerow(["x", 1])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="|").writerow(["y", 2])
print(out.getvalue())
print(list(csv.reader(io.StringIO("a\tb\n1\t2\n"), dialect="excel-tab")))
