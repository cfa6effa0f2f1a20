getattr(1, "nosuch")
