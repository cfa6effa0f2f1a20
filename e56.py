raise ValueError("msg") from KeyError("k")
