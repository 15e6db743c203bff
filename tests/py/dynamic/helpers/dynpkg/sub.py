# A submodule for import_package.py.
thing = "sub thing"
