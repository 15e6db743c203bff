print(format(3.14159, '.2f'), format(42, '08b'), format(1234567, ','), format('x', '>3'), format(0.25, '%'))
print(format(-1, 'x'), format(255, '#X'), format(1e-7), format(10**20))
