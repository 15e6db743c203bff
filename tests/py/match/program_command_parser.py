# A text adventure command parser: match on split command words.
inventory = []
location = "hall"
exits = {"hall": {"north": "library", "east": "kitchen"}, "library": {"south": "hall"},
         "kitchen": {"west": "hall"}}
items = {"hall": ["lamp"], "library": ["book", "scroll"], "kitchen": ["knife"]}


def run(line):
    global location
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are in the {location}; you see: {', '.join(items[location]) or 'nothing'}"
        case ["go", direction] if direction in exits[location]:
            location = exits[location][direction]
            return f"you go {direction} to the {location}"
        case ["go", direction]:
            return f"you cannot go {direction}"
        case ["north" | "south" | "east" | "west" as direction]:
            return run(f"go {direction}")
        case ["take", "all"]:
            taken = items[location]
            items[location] = []
            inventory.extend(taken)
            return f"taken: {', '.join(taken) or 'nothing'}"
        case ["take", *names] if names:
            out = []
            for name in names:
                if name in items[location]:
                    items[location].remove(name)
                    inventory.append(name)
                    out.append(f"took {name}")
                else:
                    out.append(f"no {name} here")
            return "; ".join(out)
        case ["drop", name] if name in inventory:
            inventory.remove(name)
            items[location].append(name)
            return f"dropped {name}"
        case ["inventory" | "i"]:
            return f"carrying: {sorted(inventory)}"
        case ["quit" | "exit", *_]:
            return "bye"
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} more words)"


for line in ["", "look", "take lamp", "go north", "look", "take book pen", "go west",
             "south", "east", "take all", "drop knife", "i", "dance wildly now", "quit now"]:
    print(f"> {line}")
    print(run(line))
