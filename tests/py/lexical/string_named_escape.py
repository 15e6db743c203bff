# edge-differs: \N{...} escapes need the Unicode name database, which would add
# hundreds of KB to compiler_lib.wasm; Edge rejects them at compile time (CPython
# prints "α ☃ é"). See docs/language.md.
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
