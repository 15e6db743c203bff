a = {k: v for k, v in x if k if v}
b = {v for v in x if v % 2 == 0}
c = {k: (v if v else 0) for k, v in x}
