# word-frequency text processing over an embedded text
import re
from collections import Counter
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
words = re.findall(r"[a-z']+", TEXT.lower())
print("words:", len(words), "unique:", len(set(words)))
counts = Counter(words)
for word, n in counts.most_common(8):
    print(f"{word:<10}{n:>3} {'#' * n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
longest = max(words, key=lambda w: (len(w), w))
print("longest:", longest)
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
lines = [l for l in TEXT.strip().splitlines()]
for i, line in enumerate(lines, 1):
    print(f"{i:02d} {len(line):3d} chars, {len(line.split()):2d} words, starts with {line.split()[0]!r}")
caps = sorted(set(re.findall(r"\b[A-Z][a-z]+", TEXT)))
print("capitalized:", caps)
index = {}
for pos, w in enumerate(words):
    index.setdefault(w, []).append(pos)
print("positions of 'age':", index["age"], "of 'we':", index["we"])
vowels = sum(c in "aeiou" for c in TEXT.lower())
print("vowels:", vowels, "ratio:", round(vowels / sum(c.isalpha() for c in TEXT), 4))
