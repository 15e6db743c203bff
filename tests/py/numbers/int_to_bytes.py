print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64).to_bytes(9, 'big'), (127).to_bytes(1, 'big', signed=True))
print((5).to_bytes(4, byteorder='little'), (258).to_bytes(length=3, byteorder='big'))
print((300).to_bytes(2), (7).to_bytes())
for args, kw in [((1, 'big'), {}), ((256, 1, 'big'), {}), ((-1, 1, 'big'), {}), ((128, 1, 'big'), {'signed': True}), ((1, 1, 'mid'), {})]:
    try:
        v = args[0]
        print(v.to_bytes(*args[1:], **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
