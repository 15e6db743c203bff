print(int(' 12 '), int('\u00a012\u2003'), int('\uff11\uff12'), int('-\u0967\u0968'))
print(float('\u0661.\u0665'), float('\u00a0 3.5 '))
try:
    int('1 2')
except ValueError as e:
    print('ValueError', e)
