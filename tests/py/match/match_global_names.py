# A capture of a name declared global stores the global.
def setg(v):
    global g
    match v:
        case [g]:
            pass

setg([42])
print(g)
