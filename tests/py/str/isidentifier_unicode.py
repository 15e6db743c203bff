# isidentifier(): XID_Start (or _) then XID_Continue.
for s in ["abc", "_x", "x1", "1x", "", "π", "ªb", "Ⅻ", "a·b", "·a", "a-b", "café", "中文", "a\u0301", "\u0301a",
          "℘", "a b", "℮", "Σ_9", "if"]:
    print(repr(s), s.isidentifier())
