from a import b
from a.b import c as d
from . import x
from .. import y
from .a import b
from ..a.b import c
from ... import z
from .... import w
from .a import (b, c as d,)
from m import *
from . import (a)
