"""The fault proxy itself, against a local echo server: each mode does what it says."""

from __future__ import annotations

import contextlib
import random
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from faultproxy import PASS, FaultProxy, cut_after, mixed_fault, throttle


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server = self.server
        assert isinstance(server, EchoServer)
        while data := self.request.recv(65536):
            server.received += len(data)
            self.request.sendall(data)


class EchoServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    received = 0


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    server = EchoServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(echo: EchoServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", echo.server_address[1]) as running:
        yield running


def _client(proxy: FaultProxy, timeout: float = 2.0) -> socket.socket:
    return socket.create_connection((proxy.host, proxy.port), timeout=timeout)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _read_until_eof(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_pass_forwards_both_ways_and_counts(proxy: FaultProxy) -> None:
    with _client(proxy) as sock:
        payload = bytes(range(256)) * 40
        sock.sendall(payload)
        assert _read_exactly(sock, len(payload)) == payload
    assert proxy.accepted == 1
    assert proxy.bytes_up == proxy.bytes_down == len(payload)
    assert proxy.wait_for(lambda p: p.open_connections == 0, 2)
    assert proxy.connections[0].closed_by == "client"


def test_close_ends_open_connections_and_refuses_new_ones(proxy: FaultProxy) -> None:
    with _client(proxy) as first:
        first.sendall(b"ping")
        assert _read_exactly(first, 4) == b"ping"
        proxy.close()
        assert first.recv(10) == b""  # EOF: the proxy closed our side
        with _client(proxy) as second:
            assert second.recv(10) == b""
    assert [c.closed_by for c in proxy.connections] == ["fault", "fault"]
    assert [what for _, _, what in proxy.fault_events].count("closed") == 2


def test_blackhole_keeps_the_connection_open_and_forwards_nothing(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    with _client(proxy, timeout=0.3) as sock:
        sock.sendall(b"before")
        assert _read_exactly(sock, 6) == b"before"
        proxy.blackhole()
        sock.sendall(b"lost in the hole")
        with pytest.raises(TimeoutError):
            sock.recv(10)  # no answer, and no EOF either: the link looks alive
        assert proxy.open_connections == 1
        assert proxy.connections[0].dropped == len(b"lost in the hole")
        assert echo.received == 6
    with _client(proxy, timeout=0.3) as fresh, pytest.raises(TimeoutError):
        fresh.sendall(b"anyone?")
        fresh.recv(10)  # new connections fall into the hole too
    proxy.pass_through()
    with _client(proxy) as healed:
        healed.sendall(b"after")
        assert _read_exactly(healed, 5) == b"after"


def test_throttle_limits_the_rate(proxy: FaultProxy) -> None:
    proxy.throttle(4000)
    payload = b"x" * 2000
    with _client(proxy, timeout=5) as sock:
        started = time.monotonic()
        sock.sendall(payload)
        assert _read_exactly(sock, len(payload)) == payload
        elapsed = time.monotonic() - started
    # 2000 bytes at 4000 B/s take half a second each way; the echo of each slice travels
    # back while the next one goes up, so the round trip takes about half a second too.
    assert elapsed >= 0.45
    assert proxy.bytes_up == proxy.bytes_down == len(payload)
    assert str(proxy.fault) == "throttle(4000/s)"


def test_cut_after_counts_from_the_switch_and_closes_both_sides(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    with _client(proxy) as sock:
        sock.sendall(b"0123456789")
        assert _read_exactly(sock, 10) == b"0123456789"
        proxy.cut_after(15, "down")  # the next 15 bytes from the server, then the cut
        sock.sendall(b"abcdefghij" * 3)
        assert _read_until_eof(sock) == (b"abcdefghij" * 3)[:15]
    assert proxy.connections[0].closed_by == "fault"
    assert proxy.connections[0].down == 10 + 15
    proxy.cut_after(4, "up")
    with _client(proxy) as sock:
        sock.sendall(b"abcdefgh")
        assert _read_until_eof(sock) in (b"", b"abcd")  # the echo may not make it back
    assert proxy.connections[1].up == 4
    assert proxy.wait_for(lambda _: echo.received == 10 + 30 + 4, 2)


def test_cut_after_zero_closes_at_once(proxy: FaultProxy) -> None:
    proxy.set(cut_after(0))
    with _client(proxy) as sock:
        assert sock.recv(10) == b""
    assert proxy.connections[0].up == proxy.connections[0].down == 0


def test_random_mix_draws_per_connection_from_the_seed(proxy: FaultProxy) -> None:
    proxy.random_mix(seed=11)
    for _ in range(12):
        with _client(proxy, timeout=0.2) as sock:
            sock.sendall(b"hi")
            with contextlib.suppress(TimeoutError, ConnectionError):
                sock.recv(10)  # a blackhole, a throttle or a cut: that is the point
    rng = random.Random(11)  # noqa: S311 (the proxy's own draw, repeated)
    expected = [mixed_fault(rng) for _ in range(12)]
    assert [c.fault for c in proxy.connections] == expected
    assert len({f.kind for f in expected}) >= 3  # a mix, not one mode
    proxy.pass_through()
    assert proxy.fault == PASS
    with _client(proxy) as sock:
        sock.sendall(b"calm again")
        assert _read_exactly(sock, 10) == b"calm again"


def test_a_refused_upstream_closes_the_client(echo: EchoServer) -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        dead_port = spare.getsockname()[1]  # bound but not listening: connections are refused
        with FaultProxy("127.0.0.1", dead_port) as proxy, _client(proxy) as sock:
            assert sock.recv(10) == b""
            assert proxy.wait_for(lambda p: p.connections[0].closed_by == "server", 2)


def test_stop_closes_connections_and_the_listener(echo: EchoServer) -> None:
    proxy = FaultProxy("127.0.0.1", echo.server_address[1]).start()
    port = proxy.port
    sock = _client(proxy)
    sock.sendall(b"x")
    assert _read_exactly(sock, 1) == b"x"
    proxy.stop()
    assert sock.recv(10) == b""
    sock.close()
    assert proxy.connections[0].closed_by == "proxy stop"
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    proxy.stop()  # a second stop is harmless
    assert throttle(1).rate == 1
    with pytest.raises(ValueError):
        throttle(0)
    with pytest.raises(ValueError):
        cut_after(-1)
