if a:
    x = 1

        # comment at odd indent
    y = 2
# comment at column 0

    
    z = 3
