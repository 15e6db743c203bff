# An exception class with custom __str__ is printed with it in tracebacks and str().
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(str(e), repr(e), e.args)
raise ValidationError("name", "is empty")
