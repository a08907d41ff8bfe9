"""Faults wrk cannot make, sent beside the mixed load: slow senders (a byte every few
milliseconds), connections closed mid-body, and bodies that claim more than they send. Prints how
many of each it sent and every 5xx it saw."""

import socket
import sys
import time

host, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
HEAD = ("POST / HTTP/1.1\r\nHost: {}\r\nX-Amz-Target: AWSEvents.CreateConnection\r\n"
        "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/events/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n"
        "Content-Type: application/x-amz-json-1.1\r\nContent-Length: {}\r\n\r\n")
BODY = b'{"Name":"slow","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}'
counts = {"slow": 0, "closed": 0, "short": 0, "5xx": 0}
deadline = time.monotonic() + seconds


def status_of(sock):
    sock.settimeout(5)
    try:
        line = sock.recv(64).split(b"\r\n", 1)[0]
        return int(line.split()[1]) if line.startswith(b"HTTP/") else None
    except (OSError, ValueError, IndexError):
        return None


while time.monotonic() < deadline:
    # A slow sender: the whole body, a few bytes at a time.
    with socket.create_connection((host, port)) as sock:
        sock.sendall(HEAD.format(host, len(BODY)).encode())
        for i in range(0, len(BODY), 8):
            sock.sendall(BODY[i:i + 8])
            time.sleep(0.002)
        status = status_of(sock)
        counts["slow"] += 1
        counts["5xx"] += status is not None and status >= 500
    # Closed mid-body.
    with socket.create_connection((host, port)) as sock:
        sock.sendall(HEAD.format(host, len(BODY)).encode() + BODY[:20])
    counts["closed"] += 1
    # A body shorter than it says, then the write side shut.
    with socket.create_connection((host, port)) as sock:
        sock.sendall(HEAD.format(host, 4096).encode() + BODY)
        sock.shutdown(socket.SHUT_WR)
        status = status_of(sock)
        counts["short"] += 1
        counts["5xx"] += status is not None and status >= 500

print(" ".join(f"{k} {v}" for k, v in counts.items()))
sys.exit(1 if counts["5xx"] else 0)
