# Classic FizzBuzz, two ways.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
for i in range(1, 16):
    print(("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i)
