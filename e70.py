f"{1:d}" if False else format(1.5, "d")
