for s in ["plain", "it's", 'say "hi"', 'both \' and "', '', "'", '"', "a\\b"]:
    print(repr(s))
print(repr('\n\t\r\x00\x07\x1b\x7f'))
print(repr('\x80\x9f\xa0\xad\xff é ü ñ'))
print(repr('\u2028\u200b\ufeff\U0001F600\ud7ff'))
print(repr('日本語'), repr('\U000e0001'), repr('\u0378'))
