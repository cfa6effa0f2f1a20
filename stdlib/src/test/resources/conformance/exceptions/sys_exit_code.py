# sys.exit with an integer code
import sys
print("exiting with 3")
sys.stdout.flush()
sys.exit(3)
print("never")
