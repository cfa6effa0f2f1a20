"""Heap queue algorithm (a.k.a. priority queue): min-heaps kept in plain lists, heap[0] smallest.

The sift functions follow CPython's: popping moves the hole at the root down to a leaf along the
smaller children, then sifts the displaced last item up. The resulting list layouts, and so every
result visible to a program, are the same as CPython's.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    """Moves heap[pos] up towards startpos while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Moves the hole at pos down to a leaf along smaller children, then sifts the item back up."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the iterables they came from."""
    if reverse:
        heapify_, pop_, replace_, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort key, tie-breaking order, value, iterator]; orders are distinct, so values
    # and iterators are never compared.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * direction, value, it])
            break
    heapify_(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop_(h)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace_(h, entry)
    if h:
        yield h[0][2]
        yield from h[0][3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    """The n extreme items, stable for ties, keeping a bounded heap of the best seen so far."""
    if n == 1:
        sentinel = object()
        pick = max if largest else min
        result = pick(iterable, default=sentinel) if key is None else pick(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # A bounded heap whose root is the worst item kept; entries (key, order, item) with order
    # chosen so that, among equal keys, the earlier item counts as better.
    if largest:
        orders, step, keep_heapify, replace = range(0, -n, -1), -1, heapify, heapreplace
    else:
        orders, step, keep_heapify, replace = range(n), 1, _heapify_max, _heapreplace_max
    it = iter(iterable)
    result = [(elem if key is None else key(elem), i, elem) for i, elem in zip(orders, it)]
    if not result:
        return result
    keep_heapify(result)
    order = n * step
    top = result[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if (top < k) if largest else (k < top):
            replace(result, (k, order, elem))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    return [elem for (k, order, elem) in result]
