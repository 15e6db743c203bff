with a as b, c as d, e, f as (g, h), i as j.k:
    pass
