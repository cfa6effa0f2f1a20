# help() on a module: NAME, DESCRIPTION, CLASSES (with the class tree), FUNCTIONS, DATA,
# VERSION, AUTHOR and FILE, as CPython 3.11 prints them without a terminal.
import sys
import types

source = '''"""A small module.

It has classes, functions and data.
"""
import os
from os import path as P

__version__ = "1.2"
__author__ = "Someone"
VERSION = "1.0"
LIMIT = 10
TABLE = {"k%d" % i: i for i in range(30)}
LONG = "x" * 200
_private = 1

class Thing:
    "A thing."
    def go(self, n):
        "Go n steps."
        return n

class Other(Thing):
    pass

class Third:
    pass

class Both(Other, Third):
    "Two bases."

def helper(x, *, flag=False):
    "Help with x."
    return x

def _hidden(): pass
'''
mod = types.ModuleType("smallmod")
sys.modules["smallmod"] = mod
exec(source, mod.__dict__)
help(mod)

public = types.ModuleType("withall", "Only some names.")
sys.modules["withall"] = public
exec("__all__ = ['shown', '_also']\nshown = 1\n_also = 2\nhidden = 3\ndef f(): pass\n", public.__dict__)
help(public)
help("smallmod")
help("smallmod.Thing.go")
help("smallmod.helper")
