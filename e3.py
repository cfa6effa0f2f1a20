"abc" + 1
