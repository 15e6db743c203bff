def setg(v):
    global g
    match v:
        case [g]:
            pass

setg([42])
print(g)
