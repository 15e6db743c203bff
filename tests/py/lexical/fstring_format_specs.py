# Format specs inside f-strings.
n = 42
f = 3.14159
s = "hi"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:*^6}] [{s:-<4}]")
print(f"{f:.2f} {f:8.3f} {f:e} {f:.0f} {2.5:.0f} {f:g}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{n:+} {-n:+} {n: } {0.5:%} {0.25:.1%}")
w = 7
p = 2
print(f"[{f:{w}.{p}f}]")
print(f"{-3:05} {3.0:06.2f}")
