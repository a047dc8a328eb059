"""sd_notify: exact datagrams on a real AF_UNIX socket, watchdog settings, liveness."""

from __future__ import annotations

import logging
import os
import re
import secrets
import socket
import struct
import tempfile
import time
from collections.abc import Callable, Iterator

import pytest

from followupd.adapters import sdnotify
from followupd.adapters.sdnotify import Liveness, Notifier, liveness_ok, stale_loops

MINUTES_5_USEC = 300_000_000


class Listener:
    """A datagram socket standing in for the service manager's notification socket."""

    def __init__(self, sock: socket.socket, env_value: str) -> None:
        self.sock = sock
        self.env_value = env_value

    def notifier(self, **extra: str) -> Notifier:
        return Notifier.from_env({"NOTIFY_SOCKET": self.env_value, **extra})

    def receive(self) -> bytes:
        return self.sock.recv(4096)

    def receive_with_sender(self) -> tuple[bytes, int]:
        """The datagram and the sender's pid, as the kernel vouches for it (SCM_CREDENTIALS)."""
        size = struct.calcsize("3i")
        data, ancillary, _flags, _addr = self.sock.recvmsg(4096, socket.CMSG_SPACE(size))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                pid, _uid, _gid = struct.unpack("3i", payload[:size])
                return data, pid
        raise AssertionError("no sender credentials attached")

    def is_empty(self) -> bool:
        try:
            self.sock.recv(4096, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return True
        return False


def _bound(address: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(address)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    sock.settimeout(5)
    return sock


@pytest.fixture
def path_listener() -> Iterator[Listener]:
    # A short directory: AF_UNIX paths are limited to 107 bytes, test tmp paths can be longer.
    with tempfile.TemporaryDirectory(prefix="sdn-") as directory:
        path = os.path.join(directory, "notify")
        with _bound(path) as sock:
            yield Listener(sock, path)


@pytest.fixture
def abstract_listener() -> Iterator[Listener]:
    name = f"followupd-test/{secrets.token_hex(8)}"
    with _bound("\0" + name) as sock:
        yield Listener(sock, "@" + name)


def test_ready_sends_ready_and_status_in_one_datagram(path_listener: Listener) -> None:
    path_listener.notifier().ready("watching 2 accounts")
    assert path_listener.receive() == b"READY=1\nSTATUS=watching 2 accounts"


@pytest.mark.parametrize(
    ("call", "payload"),
    [
        (lambda n: n.status("first sync: 120 of 900"), b"STATUS=first sync: 120 of 900"),
        (Notifier.watchdog, b"WATCHDOG=1"),
        (Notifier.stopping, b"STOPPING=1"),
        (lambda n: n.extend_timeout(90), b"EXTEND_TIMEOUT_USEC=90000000"),
        (lambda n: n.extend_timeout(0.25), b"EXTEND_TIMEOUT_USEC=250000"),
    ],
    ids=["status", "watchdog", "stopping", "extend", "extend-fraction"],
)
def test_each_message_is_exactly_its_assignment(
    path_listener: Listener, call: Callable[[Notifier], None], payload: bytes
) -> None:
    call(path_listener.notifier())
    assert path_listener.receive() == payload


def test_reloading_carries_the_monotonic_time_it_began(path_listener: Listener) -> None:
    before = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    path_listener.notifier().reloading()
    after = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    match = re.fullmatch(rb"RELOADING=1\nMONOTONIC_USEC=(\d+)", path_listener.receive())
    assert match is not None
    assert before <= int(match.group(1)) <= after


def test_a_newline_in_the_status_cannot_forge_another_assignment(path_listener: Listener) -> None:
    path_listener.notifier().status("account work\nREADY=1")
    assert path_listener.receive() == b"STATUS=account work READY=1"


def test_status_text_is_sent_as_utf8(path_listener: Listener) -> None:
    path_listener.notifier().status("Zürich: 3 threads")
    assert path_listener.receive() == "STATUS=Zürich: 3 threads".encode()


def test_abstract_socket_names_start_with_at(abstract_listener: Listener) -> None:
    notifier = abstract_listener.notifier()
    notifier.ready("ok")
    notifier.watchdog()
    assert abstract_listener.receive() == b"READY=1\nSTATUS=ok"
    assert abstract_listener.receive() == b"WATCHDOG=1"


def test_datagrams_come_from_this_process_as_notifyaccess_main_requires(
    path_listener: Listener,
) -> None:
    path_listener.notifier().watchdog()
    data, sender = path_listener.receive_with_sender()
    assert (data, sender) == (b"WATCHDOG=1", os.getpid())


def test_without_notify_socket_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_socket(*_args: object, **_kwargs: object) -> socket.socket:
        raise AssertionError("a socket was opened outside systemd")

    monkeypatch.setattr(socket, "socket", no_socket)
    notifier = Notifier.from_env({"WATCHDOG_USEC": str(MINUTES_5_USEC)})
    notifier.ready("ok")
    notifier.status("ok")
    notifier.watchdog()
    notifier.stopping()
    notifier.reloading()
    assert not notifier.enabled
    assert notifier.watchdog_interval() is None


@pytest.mark.parametrize("value", ["", "@", "vsock:2:1234", "relative/notify"])
def test_unusable_socket_values_disable_notification(value: str) -> None:
    assert not Notifier.from_env({"NOTIFY_SOCKET": value}).enabled


def test_a_failed_send_is_logged_once_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    with tempfile.TemporaryDirectory(prefix="sdn-") as directory:
        notifier = Notifier.from_env({"NOTIFY_SOCKET": os.path.join(directory, "gone")})
        with caplog.at_level(logging.DEBUG, logger="followupd.adapters.sdnotify"):
            notifier.ready("ok")
            notifier.watchdog()
            notifier.stopping()
    failures = [r for r in caplog.records if r.getMessage().startswith("sdnotify.send_failed")]
    assert len(failures) == 1
    assert failures[0].levelno == logging.DEBUG


def test_a_manager_that_stopped_reading_does_not_block_the_daemon(
    path_listener: Listener, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sdnotify, "SEND_TIMEOUT", 0.05)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as filler:
        filler.setblocking(False)
        with pytest.raises(BlockingIOError):  # the manager's queue is now full
            for _ in range(100_000):
                filler.sendto(b"STATUS=filler", path_listener.env_value)
    with caplog.at_level(logging.DEBUG, logger="followupd.adapters.sdnotify"):
        path_listener.notifier().watchdog()  # returns: the send timed out instead of hanging
    assert "sdnotify.send_failed error=TimeoutError" in caplog.messages
    assert path_listener.receive() == b"STATUS=filler"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"WATCHDOG_USEC": str(MINUTES_5_USEC)}, 150.0),
        ({"WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "OWN"}, 0.5),
        ({"WATCHDOG_USEC": str(MINUTES_5_USEC), "WATCHDOG_PID": "1"}, None),
        ({"WATCHDOG_USEC": str(MINUTES_5_USEC), "WATCHDOG_PID": "12x"}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "-5"}, None),
        ({"WATCHDOG_USEC": "5min"}, None),
        ({"WATCHDOG_USEC": "\u0667"}, None),  # a non-ASCII digit int() would accept
        ({}, None),
    ],
    ids=["5min", "own-pid", "other-pid", "bad-pid", "zero", "negative", "unit", "arabic", "unset"],
)
def test_watchdog_interval_is_half_of_what_the_manager_asked(
    path_listener: Listener, extra: dict[str, str], expected: float | None
) -> None:
    env = {k: str(os.getpid()) if v == "OWN" else v for k, v in extra.items()}
    assert path_listener.notifier(**env).watchdog_interval() == expected


def test_watchdog_pid_is_compared_with_the_given_pid() -> None:
    env = {"NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "4000000", "WATCHDOG_PID": "4242"}
    assert Notifier.from_env(env, pid=4242).watchdog_interval() == 2.0
    assert Notifier.from_env(env, pid=4243).watchdog_interval() is None


def test_liveness_holds_up_to_the_limit_and_not_beyond() -> None:
    assert liveness_ok(last_progress=100.0, now=150.0, limit=60.0)
    assert liveness_ok(last_progress=100.0, now=160.0, limit=60.0)
    assert not liveness_ok(last_progress=100.0, now=160.5, limit=60.0)


def test_a_stuck_loop_is_named_and_the_others_are_not() -> None:
    progress = {
        "work": Liveness(running=True, last_progress=990.0),
        "personal": Liveness(running=True, last_progress=700.0),
        "old": Liveness(running=True, last_progress=10.0),
    }
    assert stale_loops(progress, now=1000.0, limit=120.0) == ("old", "personal")
    assert stale_loops({"work": progress["work"]}, now=1000.0, limit=120.0) == ()
    assert stale_loops({}, now=1000.0, limit=120.0) == ()


def test_a_loop_in_a_wait_it_chose_is_alive_until_the_wait_ends() -> None:
    # Last seen 10 minutes ago, but resting until 1100: alive, and for `limit` after.
    resting = Liveness(running=True, last_progress=400.0, quiet_until=1100.0)
    assert stale_loops({"main": resting}, now=1000.0, limit=120.0) == ()
    assert stale_loops({"main": resting}, now=1220.0, limit=120.0) == ()
    assert stale_loops({"main": resting}, now=1221.0, limit=120.0) == ("main",)


def test_a_loop_whose_thread_ended_is_never_alive() -> None:
    gone = Liveness(running=False, last_progress=999.0, quiet_until=2000.0)
    assert stale_loops({"main": gone}, now=1000.0, limit=120.0) == ("main",)
