"""A fault-injecting TCP proxy for tests: it sits between a client and a server on 127.0.0.1.

It forwards bytes untouched (TLS passes through, so certificates are still checked end to
end) and can misbehave on demand, switched at run time from any thread:

- pass: forward everything;
- close: close both sides of every connection (and of each new one at once);
- blackhole: keep connections open but forward nothing (bytes are read and dropped);
- throttle(n): forward at most n bytes per second in each direction;
- cut_after(n): forward n more bytes, then close both sides (mid-literal, mid-handshake...);
- random_mix(seed): each new connection draws one of the above from a seeded random.Random.

The proxy runs its own asyncio loop in a background thread, counts connections and bytes,
and stops cleanly (every connection closed, the thread joined).
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, TypeVar

Kind = Literal["pass", "close", "blackhole", "throttle", "cut"]
Direction = Literal["both", "up", "down"]  # up: client -> server, down: server -> client
T = TypeVar("T")

_READ_SIZE = 65536
_THROTTLE_STEPS_PER_SECOND = 20  # a throttled stream moves in small, evenly spaced slices


@dataclass(frozen=True, slots=True)
class Fault:
    """What the proxy does to a connection's bytes."""

    kind: Kind
    rate: int = 0  # throttle: bytes per second
    limit: int = 0  # cut: bytes forwarded before the cut
    direction: Direction = "both"  # cut: which bytes count towards the limit

    def __str__(self) -> str:
        if self.kind == "throttle":
            return f"throttle({self.rate}/s)"
        if self.kind == "cut":
            return f"cut_after({self.limit}, {self.direction})"
        return self.kind


PASS = Fault("pass")
CLOSE = Fault("close")
BLACKHOLE = Fault("blackhole")


def throttle(rate: int) -> Fault:
    """Forward at most `rate` bytes per second per direction."""
    if rate < 1:
        raise ValueError("throttle needs at least 1 byte per second")
    return Fault("throttle", rate=rate)


def cut_after(limit: int, direction: Direction = "both") -> Fault:
    """Forward `limit` more bytes (counted in `direction`), then close both sides."""
    if limit < 0:
        raise ValueError("cut_after needs a limit >= 0")
    return Fault("cut", limit=limit, direction=direction)


def mixed_fault(rng: random.Random) -> Fault:
    """One fault drawn from `rng`: pass included, so some connections get through."""
    kinds: tuple[Kind, ...] = ("pass", "close", "blackhole", "throttle", "cut")
    directions: tuple[Direction, ...] = ("both", "up", "down")
    kind = rng.choice(kinds)
    if kind == "throttle":
        return throttle(rng.choice((64, 512, 4096)))
    if kind == "cut":
        return cut_after(rng.randrange(0, 12_000), rng.choice(directions))
    return Fault(kind)


@dataclass
class ConnectionStats:
    """One proxied connection: what it was subjected to and how many bytes went each way."""

    index: int
    fault: Fault
    up: int = 0
    down: int = 0
    dropped: int = 0
    drawn: bool = False  # True when the fault came from a random mix
    closed_by: str | None = None  # "client", "server", "fault" or "proxy stop"
    opened_at: float = field(default_factory=time.monotonic)


@dataclass(eq=False)
class _Link:
    """The two streams of one connection and the fault it is under right now."""

    stats: ConnectionStats
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter | None = None
    fault: Fault = PASS
    counted: int = 0  # bytes counted towards a cut since the fault was set
    done: asyncio.Event = field(default_factory=asyncio.Event)

    def close(self, why: str) -> None:
        if self.stats.closed_by is None:
            self.stats.closed_by = why
        for writer in (self.client, self.server):
            if writer is not None:
                writer.close()
        self.done.set()


class FaultProxy:
    """A TCP proxy on 127.0.0.1:0 to `target`, with faults switchable at run time."""

    def __init__(self, target_host: str, target_port: int, *, host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.connections: list[ConnectionStats] = []
        self.fault_events: list[tuple[float, int, str]] = []  # (monotonic, connection, what)
        self._fault = PASS
        self._mix: random.Random | None = None
        self._links: set[_Link] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    # --- lifecycle (any thread) --------------------------------------------------------

    def start(self) -> FaultProxy:
        """Start the loop thread and listen; `port` is known when this returns."""
        if self._loop is not None:
            return self
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="faultproxy", daemon=True)
        self._thread.start()
        self._server = self._call(asyncio.start_server(self._accept, self.host, 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        """Close the listener and every connection, stop the loop and join its thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._call(self._shutdown())
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
        self._loop = self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- faults (any thread) -----------------------------------------------------------

    @property
    def fault(self) -> Fault:
        """The fault new connections get (unless a random mix is drawing them)."""
        return self._fault

    def set(self, fault: Fault) -> None:
        """Apply `fault` to every open connection and to new ones; ends a random mix."""
        self._call(self._apply(fault, None))

    def pass_through(self) -> None:
        """Clear every fault: forward everything again."""
        self.set(PASS)

    def close(self) -> None:
        """Close every connection now, and each new one as soon as it is accepted."""
        self.set(CLOSE)

    def blackhole(self) -> None:
        """Keep connections open but forward nothing."""
        self.set(BLACKHOLE)

    def throttle(self, rate: int) -> None:
        """Forward at most `rate` bytes per second per direction."""
        self.set(throttle(rate))

    def cut_after(self, limit: int, direction: Direction = "both") -> None:
        """Forward `limit` more bytes on each connection, then close it."""
        self.set(cut_after(limit, direction))

    def random_mix(self, seed: int) -> None:
        """Each new connection draws its fault from random.Random(seed); open ones keep theirs."""
        self._call(self._apply(None, random.Random(seed)))  # noqa: S311 (repeatable faults)

    # --- counters (any thread) -----------------------------------------------------------

    @property
    def accepted(self) -> int:
        """Connections accepted so far."""
        return len(self.connections)

    @property
    def bytes_up(self) -> int:
        """Bytes forwarded from clients to the server."""
        return sum(c.up for c in self.connections)

    @property
    def bytes_down(self) -> int:
        """Bytes forwarded from the server to clients."""
        return sum(c.down for c in self.connections)

    @property
    def open_connections(self) -> int:
        """Connections not closed yet."""
        return sum(1 for c in self.connections if c.closed_by is None)

    def wait_for(self, predicate: Callable[[FaultProxy], bool], timeout: float) -> bool:
        """Poll `predicate(self)` until it holds (True) or `timeout` seconds pass (False)."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    # --- the loop thread -----------------------------------------------------------------

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coro.close()
            raise RuntimeError("the proxy is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)

    def _event(self, link: _Link, what: str) -> None:
        self.fault_events.append((time.monotonic(), link.stats.index, what))

    async def _apply(self, fault: Fault | None, mix: random.Random | None) -> None:
        self._mix = mix
        if fault is None:
            return
        self._fault = fault
        for link in list(self._links):
            link.fault, link.counted = fault, 0
            self._event(link, f"set {fault}")
            if fault.kind == "close" or (fault.kind == "cut" and fault.limit == 0):
                self._event(link, "closed")
                link.close("fault")

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for link in list(self._links):
            link.close("proxy stop")
        if self._handlers:
            await asyncio.wait(self._handlers, timeout=5)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        fault = mixed_fault(self._mix) if self._mix is not None else self._fault
        stats = ConnectionStats(len(self.connections), fault, drawn=self._mix is not None)
        link = _Link(stats, writer, fault=fault)
        self.connections.append(link.stats)
        self._links.add(link)
        try:
            if fault.kind == "close" or (fault.kind == "cut" and fault.limit == 0):
                self._event(link, "closed")
                link.close("fault")
                return
            try:
                upstream, link.server = await asyncio.open_connection(*self.target)
            except OSError:
                link.close("server")
                return
            pumps = [
                asyncio.create_task(self._pump(link, reader, link.server, "up")),
                asyncio.create_task(self._pump(link, upstream, writer, "down")),
            ]
            await link.done.wait()
            for task in pumps:
                task.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
        finally:
            link.close("proxy")
            self._links.discard(link)

    async def _pump(
        self,
        link: _Link,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        direction: Literal["up", "down"],
    ) -> None:
        try:
            while True:
                data = await reader.read(_READ_SIZE)
                if not data:
                    link.close("client" if direction == "up" else "server")
                    return
                await self._forward(link, writer, direction, data)
        except (ConnectionError, OSError):
            link.close("client" if direction == "up" else "server")

    async def _forward(
        self,
        link: _Link,
        writer: asyncio.StreamWriter,
        direction: Literal["up", "down"],
        data: bytes,
    ) -> None:
        fault = link.fault
        if fault.kind == "blackhole":
            if link.stats.dropped == 0:
                self._event(link, "dropping")
            link.stats.dropped += len(data)
            return
        if fault.kind == "close":
            link.close("fault")
            return
        if fault.kind == "cut" and fault.direction in ("both", direction):
            room = fault.limit - link.counted
            if len(data) >= room:
                await self._write(link, writer, direction, data[:room])
                self._event(link, f"cut after {fault.limit} bytes ({direction})")
                link.close("fault")
                return
            link.counted += len(data)
        if fault.kind == "throttle":
            step = max(1, fault.rate // _THROTTLE_STEPS_PER_SECOND)
            for start in range(0, len(data), step):
                if link.fault.kind != "throttle":  # the fault changed meanwhile
                    await self._forward(link, writer, direction, data[start:])
                    return
                piece = data[start : start + step]
                await self._write(link, writer, direction, piece)
                await asyncio.sleep(len(piece) / link.fault.rate)
            return
        await self._write(link, writer, direction, data)

    @staticmethod
    async def _write(
        link: _Link, writer: asyncio.StreamWriter, direction: Literal["up", "down"], data: bytes
    ) -> None:
        if not data or writer.is_closing():
            return
        if direction == "up":
            link.stats.up += len(data)
        else:
            link.stats.down += len(data)
        writer.write(data)
        await writer.drain()
