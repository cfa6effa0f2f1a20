map(None)
