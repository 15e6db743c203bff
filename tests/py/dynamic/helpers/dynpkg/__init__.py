# A package for import_package.py.
