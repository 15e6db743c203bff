x
1
"docstring"
f()
x.y
x + y
...
None
a, b
*a, b
