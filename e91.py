int("5", base=1)
