# Tuple construction, singleton, empty and repr.
t = (1, 2, 3)
print(t, (), (1,), 1, tuple(), tuple([1, 2]), tuple("ab"))
u = 4, 5
print(u, type(u).__name__, len(u), (1, "a", None, 2.5))
print(((1, 2), (3,)), ((),))
