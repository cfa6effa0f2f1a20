complex("1+")
