# a tiny stack-based virtual machine with an assembler
PROGRAM = """
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz end
    load acc
    load n
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    push 6
    mul
    dup
    print
    push 5
    swap
    sub
    print
    halt
"""
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return [(op, labels.get(arg, arg)) for op, arg in code], labels
def run(code, trace_limit=8):
    stack, mem, pc, steps = [], {}, 0, 0
    while True:
        op, arg = code[pc]
        if steps < trace_limit:
            print(f"  pc={pc:2d} {op:<5} {str(arg):<5} stack={stack}")
        steps += 1
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            stack.append(mem[arg])
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            print("OUT:", stack.pop())
        elif op == "halt":
            return steps, mem
        else:
            raise RuntimeError(f"bad op {op}")
code, labels = assemble(PROGRAM)
print("labels:", labels, "instructions:", len(code))
steps, mem = run(code)
print("steps:", steps, "memory:", mem)
