# \N{...} escapes look characters up by their Unicode name.
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(repr("\N{NO-BREAK SPACE}"), len("\N{GRINNING FACE}"), "\N{DIGIT SEVEN}" == "7")
