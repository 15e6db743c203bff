for v in [-0.0, -1e-10, -0.004]:
    print(format(v, 'f'), format(v, '.0f'), format(v, '.2f'), format(v, 'g'), format(v, 'e'), repr(v))
print(format(-0.0, '+'), format(-0.0, ' .1f'), '%.1f' % -0.0, '%+.0f' % -0.4)
