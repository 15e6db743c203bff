# Float division by zero raises, with type-specific messages.
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("true div:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("floor div:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("mod:", e)
