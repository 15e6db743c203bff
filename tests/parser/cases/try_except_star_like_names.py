try:
    pass
except (A, B):
    pass
except C.D as e:
    pass
except E[0]:
    pass
except (F):
    pass
