for v in [0.0, 1.5, -2.25, 1e100, 1e-10, 123456789.0]:
    print('%f|%.2f|%e|%.3e|%g|%.3g|%10.4g|%-12.1f|' % (v, v, v, v, v, v, v, v))
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%d %i' % (3.99, -3.99), '%x' % 255, '%s' % 1.0)
