print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.5, 0.0])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')))
print(list(filter(None, ())), ''.join(filter(str.isalpha, 'h3ll0 w0rld')))
