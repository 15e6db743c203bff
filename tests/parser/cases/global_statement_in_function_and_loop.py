def f():
    global counter
    for i in range(3):
        counter += i
