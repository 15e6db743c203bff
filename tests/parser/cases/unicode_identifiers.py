é = 1
日本 = 2
x٣ = 3
Σ = é + 日本
class Ünïcode:
    pass
def fünc(ä): return ä
