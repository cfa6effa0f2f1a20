frozenset([[]])
