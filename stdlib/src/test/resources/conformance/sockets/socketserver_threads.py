# socketserver: a ThreadingTCPServer with a StreamRequestHandler, a UDPServer with a
# DatagramRequestHandler, serve_forever in a thread and shutdown from the main thread.
import socket
import socketserver
import threading


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(threading.current_thread().name.startswith("Thread").__repr__().encode()
                             + b" " + line.upper())


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as server:
    print(server.server_address[0], server.socket.type)
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    serving.start()
    results = []

    def client(i):
        with socket.create_connection(server.server_address) as c:
            f = c.makefile("rwb")
            for j in range(2):
                f.write(b"hello %d.%d\n" % (i, j))
                f.flush()
                results.append(f.readline())
            f.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for line in sorted(results):
        print(line)
    server.shutdown()
    serving.join()
print("tcp server closed", server.socket.fileno())


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])


with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as server:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"datagram", server.server_address)
    server.handle_request()
    print(c.recvfrom(100)[0])
    c.close()
