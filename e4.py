1 + "abc"
