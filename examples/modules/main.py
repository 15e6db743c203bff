# `shapes` and `geometry` resolve by bare name through packages.json.
from shapes import Square, Circle, describe
import geometry

for shape in [Square(3), Circle(1)]:
    print(describe(shape))
print("distance:", geometry.distance((0, 0), (3, 4)))
