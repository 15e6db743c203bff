samples = ['\x85', '\xa0', '\xad', '\u061c', '\u180e', '\u2000', '\u3000', '\ue000', '\ufffe',
           '\U0001d400', '\U00020000', '\U000f0000', '\U0010fffd', '\x1f', ' ', '\u0300', 'e\u0301', '\u00e9']
for s in samples:
    print(repr(s), ascii(s), len(s))
