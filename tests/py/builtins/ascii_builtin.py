print(ascii('abc'), ascii('é'), ascii('日本'), ascii('\U0001F600'), ascii('\n'), ascii("'"))
print(ascii([1, 'ü', b'\xff']), ascii({'ñ': 'ø'}), ascii(1.5), ascii(None))
print(ascii('\x7f\x80\xff\u0100'))
