big = 2 ** 100
print('%d' % big)
print('%x' % big, '%o' % -big)
print('%e' % big, '%.2f' % big)
print('%20d|%-20d|' % (123456789012, -123456789012))
print('%d' % True, '%s' % True, '%r' % False)
