list(range(3)).remove(7)
