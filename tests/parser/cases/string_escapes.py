a = '\n\t\r\a\b\f\v\\\'\"'
b = '\0\7\77\101\777'
c = '\x41\x7f\xff'
d = '\u00e9\u20ac\uFFFF'
e = '\U0001F600\U00000041'
f = 'line\
continued'
g = '\q\d\w invalid escapes kept'
h = '\ud800\udfff'
