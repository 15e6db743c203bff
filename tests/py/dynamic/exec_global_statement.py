# `global` inside exec'd code with separate locals writes the globals dict.
g = {}
l = {}
exec("global counter\ncounter = 1\nother = 2", g, l)
print(g["counter"], l)
