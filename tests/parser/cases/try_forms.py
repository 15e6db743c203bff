try:
    a
except:
    b
try:
    a
except E:
    b
try:
    a
except E as e:
    b
except (F, G) as g:
    c
except H:
    d
else:
    e
finally:
    f
try:
    a
finally:
    b
try:
    a
except E:
    b
finally:
    c
