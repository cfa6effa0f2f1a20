type("X", (int, str), {})
