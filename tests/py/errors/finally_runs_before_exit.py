# finally blocks run while an uncaught exception propagates.
def work():
    try:
        print("working")
        raise OSError("disk on fire")
    finally:
        print("cleanup")
work()
