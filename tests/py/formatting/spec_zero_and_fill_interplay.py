print(repr(format('abc', '0')), repr(format('abc', '<07')), repr(format(3, '0')), repr(format(3.5, '07')))
print(repr(format(-3, '07')), repr(format(-3, '<07')), repr(format(-3, '^07')), repr(format(-3, 'x=7')))
print(repr(format(255, '08_x')), repr(format(255, '09_b')), repr(format(12, '#010b')))
print(repr(format(float('nan'), '=+10')), repr(format(float('inf'), '010')), repr(format(-float('inf'), '010.2f')))
