"""A private Dovecot IMAP server on 127.0.0.1 for tests, benchmarks and `followupd demo`.

It runs `dovecot -F` as a child process with its own directories, ports and self-signed
certificate, and never touches a system Dovecot. Mail users live in a passwd-file with
random passwords; each connection's post-login traffic is kept (Dovecot's rawlog) so that
tests can prove which IMAP commands a client sent.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from imapclient import imap_utf7

from followupd.testing.dovecot_conf import (
    NAMESPACE_BLOCK,
    POST_LOGIN_CAPABILITIES,
    SERVICE_TAIL,
    template_for,
)
from followupd.testing.loopback import free_port, self_signed_certificate

# Maildir filename flags (maildir spec, "info" part after ":2,"), used to import messages
# with their system flags in one step.
_MAILDIR_FLAGS = {"\\Draft": "D", "\\Flagged": "F", "\\Answered": "R", "\\Seen": "S"}
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0
_STOP_GRACE = 1.5
_EX_NOUSER = 68  # sysexits.h; doveadm kick: "no users kicked"
_RAWLOG_LINE = re.compile(r"^\d+\.\d+ (.*)$")
_LITERAL = re.compile(r"\{(\d+)\+?\}$")


class DovecotError(RuntimeError):
    """The test server could not be started, stopped or driven."""


@dataclass(frozen=True, slots=True)
class MailUser:
    """A mail account on the test server; the password is random per run."""

    username: str
    password: str
    home: Path

    def __repr__(self) -> str:
        return f"MailUser(username={self.username!r}, home={str(self.home)!r})"


def _service_account() -> tuple[str, int, int]:
    """Who runs the services and owns mail: `nobody` when we are root, else ourselves.

    Dovecot refuses to run mail processes as root; an unprivileged account also keeps the
    test server from being able to touch anything outside its directory.
    """
    entry = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
    return entry.pw_name, entry.pw_uid, entry.pw_gid


def _group_alive(pgid: int) -> bool:
    """True while a process of group `pgid` is running (zombies awaiting a reaper count as gone)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # the process ended while we looked
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] != "Z":
            return True
    return False


def dovecot_version() -> str:
    """The installed Dovecot's version string, e.g. '2.3.19.1 (9b53102964)'."""
    done = subprocess.run(["dovecot", "--version"], capture_output=True, text=True, check=True)
    return done.stdout.strip()


class DovecotServer:
    """One private Dovecot instance: start(), add users, deliver mail, inject faults, stop()."""

    host = "127.0.0.1"

    def __init__(self, root: Path | None = None, *, uidplus: bool = True, idle: bool = True):
        self._own_root = root is None
        self.root = Path(tempfile.mkdtemp(prefix="fud-", dir="/tmp")) if root is None else root
        self.uidplus = uidplus
        self.idle = idle
        self.imap_port = 0
        self.imaps_port = 0
        self.config_path = self.root / "dovecot.conf"
        self.ca_file = self.root / "cert.pem"
        self.log_path = self.root / "dovecot.log"
        self._passwd = self.root / "passwd"
        self._proc: subprocess.Popen[bytes] | None = None
        self._user, self._uid, self._gid = _service_account()
        self._users: dict[str, MailUser] = {}

    # --- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """True while the master process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Write config and certificate (first time only), launch Dovecot, wait for the ports."""
        if self.running:
            return
        if not self.config_path.exists():
            self._prepare()
        log = self.log_path.open("ab")
        try:
            self._proc = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.config_path)],
                start_new_session=True,  # its own process group, so stop() can reach every child
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        finally:
            log.close()
        self._wait_until_listening()

    def stop(self) -> None:
        """Stop the master (it takes its children with it) and remove an owned root dir."""
        self._terminate()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Stop serving but keep mailboxes, ports and certificate; start() resumes."""
        self._terminate()

    def restart(self) -> None:
        """Stop and start on the same ports with the same mailboxes (clients get cut off)."""
        self._terminate()
        self.start()

    def _terminate(self) -> None:
        """SIGTERM the master, then SIGKILL what it left behind in its process group.

        Its children (imap sessions among them) outlive the master for seconds otherwise;
        a "restart" must really cut every client off.
        """
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=_STOP_GRACE)
        except subprocess.TimeoutExpired:
            # The master can wait ~6 s for an idle imap-login; a test server need not.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=_STOP_TIMEOUT)
        deadline = time.monotonic() + _STOP_TIMEOUT
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            time.sleep(0.01)

    def _prepare(self) -> None:
        """Directories, certificate, empty passwd-file and the config for this Dovecot version."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)  # the mail account must reach the homes below it
        for sub in ("run", "state", "home", "spool"):
            (self.root / sub).mkdir(exist_ok=True)
        if len(str(self.root / "run" / "login" / "imap-urlauth")) > 100:
            raise DovecotError(f"instance dir {self.root} too long for unix socket paths")
        (self.root / "home").chmod(0o755)
        os.chown(self.root / "spool", self._uid, self._gid)
        key_file = self.root / "key.pem"
        self_signed_certificate(self.ca_file, key_file)
        self._passwd.mkdir(mode=0o750, exist_ok=True)
        os.chown(self._passwd, os.geteuid(), self._gid)  # auth runs as the service account
        self.imap_port = free_port(self.host)
        self.imaps_port = free_port(self.host)
        self.config_path.write_text(self._render_config(dovecot_version()))

    def _render_config(self, version: str) -> str:
        removed = {name for name, on in (("UIDPLUS", self.uidplus), ("IDLE", self.idle)) if not on}
        capability_line = ""
        if removed:
            kept = [c for c in POST_LOGIN_CAPABILITIES if c not in removed]
            capability_line = "imap_capability = " + " ".join(kept)
        return template_for(version).substitute(
            base_dir=self.root / "run",
            state_dir=self.root / "state",
            instance_name=f"followupd-test-{self.root.name}",
            log_path=self.log_path,
            host=self.host,
            cert_file=self.ca_file,
            key_file=self.root / "key.pem",
            service_user=self._user,
            passwd_dir=self._passwd,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port,
            capability_line=capability_line,
            namespace_block=NAMESPACE_BLOCK,
            service_tail=SERVICE_TAIL,
        )

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        pending = {self.imap_port, self.imaps_port}
        while pending:
            if self._proc is None or self._proc.poll() is not None:
                raise DovecotError(f"dovecot exited during start:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self._terminate()
                raise DovecotError(f"dovecot did not listen in time:\n{self.log_tail()}")
            for port in sorted(pending):
                with contextlib.suppress(OSError), socket.create_connection((self.host, port), 1):
                    pending.discard(port)
            if pending:
                time.sleep(0.02)

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server log (for error messages)."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    # --- users and mail --------------------------------------------------------------

    def add_user(self, name: str | None = None, *, special_use: bool = True) -> MailUser:
        """A new mail user with a random password.

        With special_use=False the user gets no auto-created Sent and Drafts, so tests can
        create folders with provider-style names that carry no SPECIAL-USE flag.
        """
        username = name or f"user-{secrets.token_hex(4)}"
        if not re.fullmatch(r"[A-Za-z0-9._@-]+", username) or username in self._users:
            raise DovecotError(f"invalid or duplicate user name {username!r}")
        password = secrets.token_urlsafe(18)
        home = self.root / "home" / username
        (home / "rawlog").mkdir(parents=True)
        for path in (home, home / "rawlog"):
            os.chown(path, self._uid, self._gid)
        extra = ""
        if not special_use:
            # userdb fields override settings per user (namespace/<ns>/mailbox/<box>/<key>).
            extra = " ".join(
                f"userdb_namespace/inbox/mailbox/{box}/auto=no" for box in ("Sent", "Drafts")
            )
        line = f"{username}:{{PLAIN}}{password}:{self._uid}:{self._gid}::{home}::{extra}\n"
        # One passwd-file per user (the config path has %u): Dovecot caches a file until its
        # mtime changes, which can miss a second user added within the same second.
        entry = self._passwd / f"{username}.passwd"
        entry.write_text(line)
        entry.chmod(0o640)
        os.chown(entry, os.geteuid(), self._gid)  # auth runs as the service account
        user = MailUser(username, password, home)
        self._users[username] = user
        return user

    def doveadm(
        self, *args: str, stdin: bytes | None = None, ok: Sequence[int] = (0,)
    ) -> subprocess.CompletedProcess[str]:
        """Run `doveadm -c CONF ARGS...`; DovecotError with its output unless the exit is `ok`."""
        done = subprocess.run(
            ["doveadm", "-c", str(self.config_path), *args],
            input=stdin,
            capture_output=True,
            check=False,
        )
        result = subprocess.CompletedProcess(
            done.args,
            done.returncode,
            done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"),
        )
        if done.returncode not in ok:
            raise DovecotError(f"doveadm {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def create_folder(self, user: MailUser, name: str) -> None:
        """Create a mailbox (any Unicode name; stored in modified UTF-7, RFC 3501 5.1.3)."""
        self.doveadm("mailbox", "create", "-u", user.username, name)

    def deliver(
        self,
        user: MailUser,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = (),
        *,
        received: datetime | None = None,
    ) -> None:
        """Put one message into `folder` with the given flags (and arrival time, if given)."""
        self.deliver_many(user, folder, [raw], flags, received=received)

    def deliver_many(
        self,
        user: MailUser,
        folder: str,
        messages: Iterable[bytes],
        flags: Sequence[str] = (),
        *,
        received: datetime | None = None,
    ) -> int:
        """Put many messages into `folder` in one `doveadm import`, in order; returns the count.

        System flags travel in the maildir file names; keywords are added afterwards.
        `received` sets the arrival time (IMAP INTERNALDATE, what SEARCH SINCE compares):
        a maildir file's modification time, which the import keeps. Default: now.
        """
        spool = Path(tempfile.mkdtemp(prefix="in-", dir=self.root / "spool"))
        try:
            box = spool / "INBOX" if folder.upper() == "INBOX" else spool
            if box is spool:
                box = spool.joinpath(*imap_utf7.encode(folder).decode("ascii").split("/"))
            for sub in ("cur", "new", "tmp"):
                (box / sub).mkdir(parents=True, exist_ok=True)
            letters = "".join(sorted(_MAILDIR_FLAGS[f] for f in flags if f in _MAILDIR_FLAGS))
            count = 0
            for count, raw in enumerate(messages, start=1):
                path = box / "cur" / f"{count:09d}.M{count}P1.spool:2,{letters}"
                path.write_bytes(raw)
                if received is not None:
                    os.utime(path, (received.timestamp(), received.timestamp()))
            for path in [spool, *spool.rglob("*")]:
                os.chown(path, self._uid, self._gid)
            first_uid = self.status(user, folder)["uidnext"]
            source = f"maildir:{spool}:LAYOUT=fs:INBOX={spool / 'INBOX'}"
            self.doveadm("import", "-u", user.username, source, "", "mailbox", folder, "all")
        finally:
            shutil.rmtree(spool, ignore_errors=True)
        keywords = [f for f in flags if f not in _MAILDIR_FLAGS]
        if keywords and count:
            uids = f"{first_uid}:*"
            self.doveadm(
                "flags", "add", "-u", user.username, *keywords, "mailbox", folder, "uid", uids
            )
        return count

    def status(self, user: MailUser, folder: str) -> dict[str, int]:
        """uidvalidity, uidnext and messages of a folder, as the server sees them."""
        out = self.doveadm(
            "-f", "flow", "mailbox", "status", "-u", user.username,
            "uidvalidity uidnext messages", folder,
        ).stdout  # fmt: skip
        return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", out)}

    def flags(self, user: MailUser, folder: str) -> dict[int, frozenset[str]]:
        """Stored flags per UID, read with doveadm (no IMAP session involved)."""
        out = self.doveadm(
            "-f", "flow", "fetch", "-u", user.username, "uid flags", "mailbox", folder, "all"
        ).stdout
        result: dict[int, frozenset[str]] = {}
        for match in re.finditer(r"uid=(\d+) flags=(.*)", out):
            words = match.group(2).split()
            result[int(match.group(1))] = frozenset(w for w in words if w != "\\Recent")
        return result

    # --- faults ----------------------------------------------------------------------

    def kick(self, user: MailUser) -> bool:
        """Disconnect every IMAP session of `user` (the client sees `* BYE` then EOF).

        Returns False when the user had no session to kick (doveadm exits 68 then).
        """
        return self.doveadm("kick", user.username, ok=(0, _EX_NOUSER)).returncode == 0

    def set_uidvalidity(self, user: MailUser, folder: str, value: int) -> None:
        """Change a folder's UIDVALIDITY, as a server-side rebuild would."""
        self.doveadm("mailbox", "update", "-u", user.username, "--uid-validity", str(value), folder)

    # --- what the client sent ----------------------------------------------------------

    def rawlog(self, user: MailUser) -> list[str]:
        """Every command line the server received from clients of `user`, after login.

        Literal payloads (APPEND data) are skipped, so a message body never looks like a
        command. Lines keep their tag: 'A004 UID FETCH 1,2 (FLAGS)'.
        """
        commands: list[str] = []
        for path in sorted((user.home / "rawlog").glob("*.in")):
            commands.extend(_commands_in(path.read_bytes()))
        return commands

    def commands(self, user: MailUser) -> list[str]:
        """The command names from `rawlog`, upper case, 'UID FETCH' style for UID commands."""
        names = []
        for line in self.rawlog(user):
            words = line.split()
            if len(words) < 2:
                continue  # DONE ends IDLE and has no tag
            verb = words[1].upper()
            if verb == "UID" and len(words) > 2:
                verb = f"UID {words[2].upper()}"
            names.append(verb)
        return names


def _commands_in(data: bytes) -> list[str]:
    """Command lines of one rawlog .in file: strip timestamps, skip literal payloads."""
    lines: list[str] = []
    skip = 0
    for raw in data.split(b"\n"):
        ending = 2 if raw.endswith(b"\r") else 1
        text = raw.removesuffix(b"\r").decode("utf-8", "replace")
        match = _RAWLOG_LINE.match(text)
        body = match.group(1) if match else text
        if skip > 0:
            # rawlog prefixes each line of a literal with a timestamp; the payload is the rest.
            skip -= len(body.encode("utf-8", "replace")) + ending
            continue
        if not body:
            continue
        lines.append(body)
        literal = _LITERAL.search(body)
        if literal:
            skip = int(literal.group(1))
    return lines
