"abc".encode("nosuchcodec")
