# append, extend, insert.
xs = [1, 2]
xs.append(3)
xs.extend([4, 5])
xs.extend((6,))
xs.extend("ab")
xs.insert(0, 0)
xs.insert(-1, "before-last")
xs.insert(100, "end")
xs.insert(-100, "start")
print(xs, len(xs))
xs.append(xs[:2])
print(xs[-1])
