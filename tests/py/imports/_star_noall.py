# Helper without __all__: star-import takes every name not starting with _.
alpha = "a"
beta = "b"
_gamma = "hidden"
def func():
    return "func"
