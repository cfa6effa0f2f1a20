class M(type): pass
