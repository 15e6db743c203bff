# A list that contains itself prints with [...].
xs = [1, 2]
xs.append(xs)
print(xs)
print(len(xs), xs[2] is xs)
