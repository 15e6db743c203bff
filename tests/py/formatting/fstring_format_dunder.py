class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        s = f'{self.cents / 100:.2f}'
        if spec == 'usd':
            return '$' + s
        return format(s, spec)
m = Money(12345)
print(f'{m:usd}', f'[{m:>10}]', format(m, 'usd'), '{:usd}'.format(m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(Plain(), '') != '')
