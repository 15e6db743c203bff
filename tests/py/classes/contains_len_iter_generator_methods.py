# A container class whose __iter__ is a generator method, with __reversed__ and __contains__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        for i, s in enumerate(self.songs, 1):
            yield f"{i}. {s}"

    def __reversed__(self):
        return reversed(self.songs)

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __len__(self):
        return len(self.songs)

p = Playlist("Intro", "Song A", "Outro")
print(list(p), list(reversed(p)), "song a" in p, "Song B" in p, len(p))
print(dict(enumerate(p)), max(p), sorted(p, reverse=True)[0])
