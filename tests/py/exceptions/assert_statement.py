# assert with and without a message.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
assert True, "never evaluated " + undefined_name
x = 5
try:
    assert x < 0, f"x={x} should be negative"
except AssertionError as e:
    print(e)
