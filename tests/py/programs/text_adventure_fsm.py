# A text-adventure state machine driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "the treasure cellar", "exits": {"up": "kitchen"}, "items": ["gold"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is too dark to see."
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door. " + self.look()
        self.room = target
        return self.look()

    def take(self, item):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.append(item)
        if item == "gold":
            self.state = "won"
        return f"Taken: {item}."

    def handle(self, line):
        self.moves += 1
        verb, _, arg = line.strip().partition(" ")
        handlers = {"look": lambda: self.look(), "go": lambda: self.go(arg), "take": lambda: self.take(arg),
                    "inv": lambda: "Carrying: " + (", ".join(self.inventory) or "nothing"),
                    "quit": lambda: self.quit()}
        if verb not in handlers:
            return f"I don't know how to {verb!r}."
        return handlers[verb]()

    def quit(self):
        self.state = "quit"
        return "Bye."


game = Game()
script = ["look", "go north", "take key", "go south", "take lamp", "go north", "take key", "inv",
          "go south", "go east", "go west", "go east", "go down", "dance", "take gold", "look"]
for cmd in script:
    print(">", cmd)
    print(game.handle(cmd))
    if game.state != "playing":
        print("state:", game.state, "after", game.moves, "moves")
        break
