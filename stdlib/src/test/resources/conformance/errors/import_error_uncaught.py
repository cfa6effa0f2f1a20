# uncaught ModuleNotFoundError
import os.path
print("os.path imported")
import this_module_does_not_exist_anywhere
