"""gilpy's own modules, which CPython does not have: gilpy.gil shows what the GIL did.

Import them only when running on gilpy (sys.implementation.name == 'gilpy' or a try/except
ImportError), so a program stays runnable on CPython.
"""
