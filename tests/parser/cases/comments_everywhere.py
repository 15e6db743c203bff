x = (1,  # one
     2)  # two
# three
def f():  # four
    pass  # five
