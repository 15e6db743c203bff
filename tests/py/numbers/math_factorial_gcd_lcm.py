import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**40, 3**20))
for f, a in [(math.factorial, (-1,)), (math.factorial, (1.5,)), (math.gcd, (1.5, 2)), (math.lcm, ('a',))]:
    try:
        print(f(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
