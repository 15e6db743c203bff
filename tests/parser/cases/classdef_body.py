class A(Base):
    """Doc."""
    x: int = 0
    y = 1
    def __init__(self, v):
        self.v = v
    @property
    def p(self):
        return self.v
    @staticmethod
    def s(): pass
    class Inner:
        pass
