# Messages for failed unpacking.
for value in [(1, 2, 3), (1,), 5]:
    try:
        a, b = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
