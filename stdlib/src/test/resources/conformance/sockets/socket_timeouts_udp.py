# Timeouts (socket.timeout is TimeoutError), non-blocking sockets, UDP, select, lookups and the
# errors CPython gives for misuse.
import select
import socket

print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError))
a, b = socket.socketpair()
b.settimeout(0.05)
print("timeout", b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except socket.timeout as e:
    print("timed out:", type(e).__name__, e, e.errno)
b.setblocking(False)
print("nonblocking", b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
r, w, x = select.select([a, b], [a], [], 0)
print("select before", [s is b for s in r], [s is a for s in w], x)
a.sendall(b"ping")
r, w, x = select.select([b], [], [], 5)
print("select after", r == [b], b.recv(10))
try:
    b.settimeout(-1)
except ValueError as e:
    print("ValueError", e)
a.close()
b.close()

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.settimeout(0.05)
try:
    listener.accept()
except TimeoutError as e:
    print("accept", e)
listener.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("sent", v.sendto(b"datagram one", u.getsockname()))
data, addr = u.recvfrom(100)
print(data, addr[0], addr[1] == v.getsockname()[1])
u.sendto(b"reply", addr)
print(v.recvfrom(3)[0])
v.connect(u.getsockname())
v.send(b"connected")
print(u.recv(100), u.type, v.type)
u.close()
v.close()

for bad in ["x", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    s = socket.socket()
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    s.close()
s = socket.socket()
try:
    s.recv(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.send("text")
except TypeError as e:
    print("TypeError", e)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
s.close()

print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET)[0][4])
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(isinstance(socket.gethostname(), str), socket.gethostname() != "")
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e)
print(socket.htons(1), socket.ntohl(1), socket.inet_aton("10.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.SOMAXCONN, socket.SHUT_RDWR, socket.AF_INET6, socket.IPPROTO_TCP, socket.SO_REUSEADDR)

six = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
six.bind(("::1", 0))
six.listen()
print("ipv6", six.getsockname()[0], len(six.getsockname()))
c6 = socket.create_connection(("::1", six.getsockname()[1]))
conn, addr = six.accept()
c6.sendall(b"over v6")
print(conn.recv(100), addr[0])
for s in (c6, conn, six):
    s.close()
