# Simple str.format usage.
print("{} and {}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0}-{name}".format(1, name="x"))
print("{{}} {}".format(5))
print("{} {} {}".format(1, 2.5, [3]))
