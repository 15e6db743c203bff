print(float.hex(2.0), (255).__format__('x'), (3.5).__format__('.2f'), 'ab'.__format__('>4'))
print(int.__format__(10, 'b'), str.__format__('x', '^3'))
