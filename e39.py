iter(5)
