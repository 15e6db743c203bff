try:
    try:
        a
    except E:
        raise
except Exception as e:
    try:
        b
    finally:
        c
