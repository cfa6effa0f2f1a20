# random: seeded sequences, every method, subclass overrides, errors
import random
random.seed(42)
print([random.random() for _ in range(20)])
for seed in [0, 1, -1, 2**32, 2**100 + 7, "hello", b"bytes", bytearray(b"ba"), 3.5, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(10**30))
r = random.Random(99)
print(r.randint(-5, 5), r.randrange(0, 100, 7), r.randrange(50, 0, -3), r.choice(range(10**15)), r.sample(range(1000), 8), r.sample("abcdefghij", 10))
print(r.choices([1, 2, 3], cum_weights=[0.5, 0.5, 3], k=8), r.choices("ab", [1, 3], k=4), r.uniform(5, 2), r.triangular(1, 3), r.triangular(0, 10, 9))
print(r.gauss(), r.gauss(5, 2), r.normalvariate(), r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4))
print(r.gammavariate(0.5, 2), r.gammavariate(1, 3), r.gammavariate(5, 1), r.betavariate(0.5, 0.5), r.paretovariate(2), r.weibullvariate(2, 3), r.randbytes(5))
s = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(s); print(a == [r.random() for _ in range(3)], s[0], len(s[1]), s[1][-1])
x = list(range(30)); r.shuffle(x); print(x)
print(r.sample(range(10**6), 3), r.sample([1, 2, 3], k=5, counts=[1, 2, 3]))
class Dice(random.Random):
    def random(self):
        return 0.5
d = Dice(1); print(d.randrange(10), d.choice("abcdef"), d.uniform(0, 4), d.randint(1, 6))
class Bits(random.Random):
    def getrandbits(self, k):
        return k % 2
b = Bits(); print(b.randrange(100), b.choice([1, 2, 3]))
for f, args in [(r.randrange, (0,)), (r.randrange, (5, 5)), (r.randrange, (1, 10, 0)), (r.choice, ([],)), (r.sample, ({1, 2}, 1)),
                (r.sample, ([1], 2)), (r.getrandbits, (-1,)), (r.choices, ([1], [1, 2])), (r.gammavariate, (0, 1)), (r.seed, ([1],)),
                (r.randrange, (1.5,)), (r.setstate, ((9, (), None),))]:
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
sr = random.SystemRandom(); v = sr.random(); print(0 <= v < 1, sr.getrandbits(8) < 256, len(sr.sample(range(10), 3)))
try: sr.getstate()
except NotImplementedError as e: print("NotImplementedError", e)
