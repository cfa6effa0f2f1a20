# writes to stderr do not affect stdout or the exit status
import sys
print("stdout line 1")
print("this goes to stderr", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
print("stdout line 2")
