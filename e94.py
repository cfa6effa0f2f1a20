zip(1)
