a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "it's"
f = 'say "hi"'
g = 'both \' and "'
