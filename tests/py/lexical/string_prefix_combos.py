# Every string prefix combination, upper and lower case.
v = 1
print(r"a\b", R"a\b", u"u", U"U", b"b", B"B")
print(br"\q", Br"\q", bR"\q", BR"\q", rb"\q", rB"\q", Rb"\q", RB"\q")
print(f"{v}", F"{v}", rf"\{v}", fr"\{v}", Rf"\{v}", fR"\{v}", RF"\{v}", FR"\{v}")
