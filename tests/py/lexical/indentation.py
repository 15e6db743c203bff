# Indentation with different widths in different blocks, and tabs in one block.
def f(x):
  if x > 0:
        return "pos"
  else:
   return "nonpos"
print(f(1), f(-1))
if True:
	print("tab indented")
	if True:
		print("two tabs")
