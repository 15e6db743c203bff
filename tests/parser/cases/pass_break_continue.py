while True:
    pass
    break
    continue
for x in y:
    if x: continue
    if y: break
