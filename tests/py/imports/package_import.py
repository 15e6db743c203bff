# Importing a package and its submodules.
import helpers
import helpers.mod_c
from helpers import mod_d
from helpers.mod_c import triple as t
print(helpers.PACKAGE_VALUE, helpers.mod_c.triple(2), t(5), helpers.mod_c.WHERE)
print(mod_d.nine_times(2), helpers.mod_d is mod_d)
