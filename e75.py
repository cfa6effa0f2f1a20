str.upper(5)
