# A threaded TCP echo server on localhost and its clients: accept, recv, sendall, makefile,
# shutdown, the context manager, and what the sockets report about themselves.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print("bound", host, type(port).__name__, server.family, server.type, server.proto)
print(repr(server.family), repr(server.type), server.gettimeout(), server.getblocking())


def echo(conn):
    with conn:
        rfile = conn.makefile("rb")
        while True:
            line = rfile.readline()
            if not line:
                break
            conn.sendall(line.upper())
        rfile.close()


def serve(n):
    handlers = []
    for _ in range(n):
        conn, addr = server.accept()
        print("accepted from", addr[0], conn.getsockname() == (host, port))
        t = threading.Thread(target=echo, args=(conn,))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


acceptor = threading.Thread(target=serve, args=(3,))
acceptor.start()

replies = {}


def client(name):
    with socket.create_connection((host, port)) as c:
        f = c.makefile("r", encoding="utf-8", newline="")
        lines = []
        for i in range(3):
            c.sendall(f"{name} says hé {i}\n".encode())
            lines.append(f.readline())
        c.shutdown(socket.SHUT_WR)
        lines.append(f.read())
        f.close()
        replies[name] = lines


clients = [threading.Thread(target=client, args=(f"client{i}",)) for i in range(3)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
for name in sorted(replies):
    print(name, replies[name])

# recv of a given size, recv_into, a peer closing, a closed socket
a, b = socket.socketpair()
with a, b:
    a.sendall(b"0123456789")
    print(b.recv(4))
    buf = bytearray(8)
    n = b.recv_into(buf)
    print(n, buf)
    print(a.send(b"xyz"), b.recv(100))
    print("peername equal", a.getpeername() == b.getsockname())
    a.close()
    print("after peer close", b.recv(10))
closed = socket.socket()
closed.close()
print(repr(closed))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
print("fileno closed", a.fileno())
server.close()
try:
    socket.create_connection((host, port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, "|", e)
c = socket.socket()
print("connect_ex", c.connect_ex((host, port)))
c.close()
