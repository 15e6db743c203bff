print(str(), str(1), str(-1.5), str(None), str([1, 'a']), str(b'ab'), str(True))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(bytearray(b'x'), 'utf-8'))
print(str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', 'ascii', 'ignore'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    str(1, 'utf-8')
except TypeError as e:
    print('TypeError', e)
