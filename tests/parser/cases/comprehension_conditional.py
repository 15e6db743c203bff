a = [x if x else y for x in z]
b = [x for x in (a if b else c)]
c = [lambda: x for x in y]
d = [x for x in y if (lambda: 1)()]
