# Package used by the imports cases.
PACKAGE_VALUE = "from helpers/__init__"
