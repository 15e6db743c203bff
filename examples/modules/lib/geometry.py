# Plain functions; imported by shapes.py and main.py.
PI = 3.141592653589793

def distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

def circle_area(r):
    return PI * r * r
