memoryview("abc")
