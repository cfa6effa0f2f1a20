object.__new__(int)
