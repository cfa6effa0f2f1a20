# seeded random distributions and helpers
import random
rng = random.Random(2024)
print([round(rng.gauss(0, 1), 10) for _ in range(4)])
print([round(rng.normalvariate(10, 2), 10) for _ in range(3)])
print([round(rng.expovariate(1.5), 10) for _ in range(3)])
print(round(rng.triangular(0, 10, 3), 10), round(rng.betavariate(2, 5), 10), round(rng.gammavariate(2.0, 1.0), 10))
print(round(rng.lognormvariate(0, 0.5), 10), round(rng.vonmisesvariate(0, 1), 10), round(rng.paretovariate(3), 10), round(rng.weibullvariate(1, 1.5), 10))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:13])
print(rng.sample(deck, 5))
print(sorted(rng.choices(["win", "lose", "draw"], cum_weights=[1, 5, 6], k=10)))
print(rng.randbytes(8).hex())
rng.seed(99)
rolls = [rng.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
walk = 0
positions = []
for _ in range(20):
    walk += rng.choice((-1, 1))
    positions.append(walk)
print(positions)
