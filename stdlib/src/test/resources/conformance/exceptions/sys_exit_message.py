# sys.exit with a string: message to stderr, exit code 1
import sys
def main():
    print("validating")
    sys.exit("fatal: configuration missing")
main()
