# The four quoting styles and nesting quotes.
print('single', "double", '''triple single''', """triple double""")
print('it"s', "it's", '''a 'b' "c"''', """x "y" 'z'""")
print("""line one
line two""")
print('adjacent' ' literals' " concatenate")
print(len(''), len(""), len(''''''), len(""""""))
