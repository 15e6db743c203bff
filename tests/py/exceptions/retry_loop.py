# Retry loops with exceptions.
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try again")
    return "connected after " + str(attempts)
while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry:", e)
print(issubclass(ConnectionError, OSError))
