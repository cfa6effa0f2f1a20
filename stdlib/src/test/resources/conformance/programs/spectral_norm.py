# spectral norm of an infinite matrix (small n)
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def eval_A_times_u(u):
    return [sum(eval_A(i, j) * uj for j, uj in enumerate(u)) for i in range(len(u))]
def eval_At_times_u(u):
    return [sum(eval_A(j, i) * uj for j, uj in enumerate(u)) for i in range(len(u))]
def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))
def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return (vBv / vv) ** 0.5
for n in (1, 2, 10, 50, 100):
    print(n, f"{spectral_norm(n):.9f}")
print([round(eval_A(i, j), 6) for i in range(3) for j in range(3)])
