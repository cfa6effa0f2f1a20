# Huffman compression: build a code table, encode and decode
import heapq
from collections import Counter
text = "this is an example of a huffman tree built for conformance testing"
freq = Counter(text)
heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
heapq.heapify(heap)
counter = len(heap)
while len(heap) > 1:
    n1, _, a = heapq.heappop(heap)
    n2, _, b = heapq.heappop(heap)
    heapq.heappush(heap, (n1 + n2, counter, (a, b)))
    counter += 1
tree = heap[0][2]
codes = {}
def walk(node, prefix):
    if isinstance(node, str):
        codes[node] = prefix or "0"
        return
    walk(node[0], prefix + "0")
    walk(node[1], prefix + "1")
walk(tree, "")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join(codes[c] for c in text)
print(len(encoded), "bits vs", len(text) * 8, "bits")
print(encoded[:64])
def decode(bits):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
print(decode(encoded) == text)
print(sum(freq[c] * len(codes[c]) for c in freq) == len(encoded))
