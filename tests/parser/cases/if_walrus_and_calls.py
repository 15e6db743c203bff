if (m := re.match(p, s)) is not None:
    print(m.group(0))
elif any((x := y) for y in z):
    pass
