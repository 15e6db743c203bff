# repr of small-int sets and of sets built in different orders.
print({5, 3, 1, 4, 2, 0}, set([7, 6, 5]), set(range(5)), {True, 0})
print(set("") == set(), repr(set()), str({1}))
