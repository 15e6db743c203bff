def show(v):
    return f'{v!r}:{type(v).__name__}'
print(show(True + True), show(True - False), show(True * 3), show(True / 2), show(True // 1), show(True % 2), show(True ** 2))
print(show(True & True), show(True & 1), show(True | False), show(True ^ True), show(~False), show(-True), show(+True))
print(show(True << 1), show(abs(True)), show(round(True)), show(round(True, 2)), show(divmod(True, 1)), show(int(True)), show(float(False)))
print(show(True.real), show(True.numerator), show(True.conjugate()), True.as_integer_ratio(), True.to_bytes(1, 'big'), True.bit_length())
print(show(sum([True, True, True])), show(max(True, 0)), show(min(False, 0)), show(True.__index__()))
