# A library system: members, books, loans with due days, fines and per-member limits.
class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0


class Premium(Member):
    limit = 4


class Library:
    FINE_PER_DAY = 25
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.today = 0

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def checkout(self, member, isbn):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"no book {isbn}")
        if book.borrower is not None:
            raise LibraryError(f"{book.title!r} is on loan to {book.borrower.name}")
        if len(member.loans) >= member.limit:
            raise LibraryError(f"{member.name} reached the limit of {member.limit}")
        if member.fines:
            raise LibraryError(f"{member.name} owes {member.fines / 100:.2f}")
        book.borrower = member
        member.loans[isbn] = self.today + self.LOAN_DAYS

    def checkin(self, member, isbn):
        due = member.loans.pop(isbn)
        self.books[isbn].borrower = None
        late = max(0, self.today - due)
        member.fines += late * self.FINE_PER_DAY
        return late

    def advance(self, days):
        self.today += days

    def overdue(self):
        out = []
        for b in self.books.values():
            if b.borrower and b.borrower.loans[b.isbn] < self.today:
                out.append((b.title, b.borrower.name, self.today - b.borrower.loans[b.isbn]))
        return sorted(out)


lib = Library()
lib.add(Book("1", "Dune", "Herbert"), Book("2", "Emma", "Austen"), Book("3", "Ulysses", "Joyce"),
        Book("4", "Beloved", "Morrison"))
ann, bob = Member("ann"), Premium("bob")
actions = [
    lambda: lib.checkout(ann, "1"), lambda: lib.checkout(ann, "2"), lambda: lib.checkout(ann, "3"),
    lambda: lib.checkout(bob, "1"), lambda: lib.checkout(bob, "3"), lambda: lib.checkout(bob, "9"),
    lambda: lib.advance(20), lambda: print("overdue:", lib.overdue()),
    lambda: print("late days:", lib.checkin(ann, "1")), lambda: lib.checkout(ann, "4"),
    lambda: print("late days:", lib.checkin(bob, "3")), lambda: lib.checkout(bob, "1"),
]
for act in actions:
    try:
        act()
    except LibraryError as e:
        print("LibraryError:", e)
print(ann.fines, bob.fines, sorted(ann.loans), sorted(bob.loans))
print([(b.title, b.borrower.name if b.borrower else None) for b in lib.books.values()])
