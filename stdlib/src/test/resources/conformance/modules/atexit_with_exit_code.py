# atexit handlers still run when the program ends with sys.exit(2)
import atexit, sys
atexit.register(print, "atexit handler ran")
print("exiting with 2")
sys.exit(2)
