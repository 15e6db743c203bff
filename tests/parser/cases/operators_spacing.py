a=1+2*3
b=a**-b
c=a<b>c
d=a//b%c@d
e=~a|b&c^d
f=a<<b>>c
