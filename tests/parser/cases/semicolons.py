a = 1; b = 2
c = 3;
pass; pass; pass
if x: a; b; c
