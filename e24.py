    def __init__(self, x): pass
