"""One read-only IMAP session over imapclient: connect, discover folders, fetch, wait, append.

The session only ever sends CAPABILITY, STARTTLS, ID, ENABLE, LOGIN/AUTHENTICATE, LIST,
STATUS, EXAMINE, UID SEARCH, UID FETCH (BODY.PEEK only), NOOP, IDLE, APPEND and LOGOUT:
folders are opened with EXAMINE, so nothing it does can set \\Seen or change a message.
imapclient objects never leave this package; callers get the frozen values below.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import logging
import socket
import ssl
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol

from imapclient import exceptions as imap_errors

from followupd import __version__
from followupd.adapters.imap_connect import Endpoint, greeted_client
from followupd.adapters.imap_fetch import (
    HEADER_ITEM,
    RawBody,
    RawHeaders,
    appenduid,
    bodies_from_fetch,
    chunked,
    headers_from_raw,
)
from followupd.adapters.imap_folders import FolderOverridesLike, ListedFolder, choose_folders
from followupd.adapters.imap_idle import Wakeup, idle_wait, poll_wait, pop_changes
from followupd.errors import AuthenticationError, ConnectionLostError, FolderError, MailError
from followupd.model import FolderRole

__all__ = [
    "FolderStatus",
    "ImapAccount",
    "ImapSession",
    "RawBody",
    "RawHeaders",
    "ServerInfo",
]

log = logging.getLogger(__name__)

# TCP keepalive: first probe after 60 s of silence, then every 15 s, give up after 4 misses,
# so a silently dropped link is noticed within ~2 minutes even while IDLE waits for minutes.
_KEEPALIVE = (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4))
_NOOP_INTERVAL = 5.0
_READ_FOLDER_ROLES = (FolderRole.INBOX, FolderRole.SENT)


class ImapAccount(Endpoint, Protocol):
    """What a session needs from an account's config (config.AccountConfig satisfies it):
    where to connect, and what to log in as and read."""

    @property
    def username(self) -> str: ...
    @property
    def ca_file(self) -> Path | None: ...
    @property
    def folders(self) -> FolderOverridesLike: ...


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What `connect` learned: transport security, capabilities and the server's ID."""

    host: str
    port: int
    tls_version: str | None
    cipher: str | None
    capabilities: frozenset[str]
    server_id: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class FolderStatus:
    """An examined folder's identity and size (HIGHESTMODSEQ only with CONDSTORE)."""

    name: str
    uidvalidity: int
    uidnext: int
    exists: int
    highestmodseq: int | None


@contextlib.contextmanager
def _mapped_errors(action: str) -> Iterator[None]:
    """Turn library and socket errors into our exception tree (server text only, no secrets)."""
    try:
        yield
    except imap_errors.LoginError as exc:
        # imapclient wraps every error during LOGIN in LoginError, a cut link included:
        # that one is worth a quick retry, a refused password is not.
        if isinstance(exc.__context__, (imaplib.IMAP4.abort, OSError, EOFError)):
            raise ConnectionLostError(f"{action}: connection lost during login") from None
        raise AuthenticationError(f"{action}: server refused the credentials: {exc}") from None
    except ssl.SSLCertVerificationError as exc:
        raise MailError(
            f"{action}: TLS certificate verification failed ({exc.verify_message}); "
            "set ca_file for a server with a private certificate"
        ) from None
    except imaplib.IMAP4.abort as exc:
        raise ConnectionLostError(f"{action}: connection lost: {exc}") from None
    except TimeoutError as exc:  # socket.timeout is an alias since 3.10
        raise ConnectionLostError(f"{action}: timed out: {exc}") from None
    except (OSError, EOFError) as exc:  # ssl.SSLError is an OSError
        raise ConnectionLostError(f"{action}: connection failed: {exc}") from None
    except imaplib.IMAP4.error as exc:
        raise MailError(f"{action}: server said: {exc}") from None


def _set_keepalive(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in _KEEPALIVE:
        option = getattr(socket, name, None)
        if option is not None:  # Linux has all three; some platforms lack them
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, option, value)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class ImapSession:
    """One IMAP connection for one account, used from one thread only (imapclient is not
    thread safe). Every public method raises only followupd.errors exceptions."""

    def __init__(
        self,
        account: ImapAccount,
        secret: Callable[[], str],
        mechanism: Literal["login", "xoauth2"] | str = "login",
        *,
        idle_renew_seconds: float = 540,
        noop_interval: float = _NOOP_INTERVAL,
    ) -> None:
        if mechanism not in ("login", "xoauth2"):
            raise ValueError(f"unknown login mechanism {mechanism!r}")
        self._account = account
        self._secret = secret
        self._mechanism = mechanism
        self._renew = float(getattr(account, "idle_renew_seconds", idle_renew_seconds))
        self._noop_interval = noop_interval
        self._client: Any = None
        self._caps: frozenset[str] = frozenset()
        self._examined: str | None = None

    # --- connection ------------------------------------------------------------------

    def __enter__(self) -> ImapSession:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.logout()

    @property
    def capabilities(self) -> frozenset[str]:
        """Upper-case capability names seen after login (empty before connect)."""
        return self._caps

    def _tls_context(self) -> ssl.SSLContext:
        cafile = str(self._account.ca_file) if self._account.ca_file else None
        return ssl.create_default_context(cafile=cafile)  # verifies chain and host name

    def connect(self) -> ServerInfo:
        """Open the connection, secure it, log in; returns what was learned on the way."""
        acct = self._account
        where = f"connect to {acct.host}:{acct.port}"
        if acct.tls == "none" and not _is_loopback(acct.host):
            raise MailError(f"{where}: refusing plaintext IMAP to a non-loopback host")
        secret = self._secret()  # before the socket opens: a failing command leaks nothing
        try:
            return self._open(secret, where)
        except BaseException:
            self.logout()  # a half-open connection is closed, never kept
            raise

    def _open(self, secret: str, where: str) -> ServerInfo:
        acct = self._account
        with _mapped_errors(where):
            context = self._tls_context() if acct.tls != "none" else None
            client = greeted_client(acct, context, where)
            self._client = client
            if acct.tls == "starttls":
                client.starttls(context)
            _set_keepalive(client._imap.sock)
            server_id = self._send_id(client)
            self._login(client, secret)
            self._caps = frozenset(_text(c).upper() for c in client.capabilities())
            if "CONDSTORE" in self._caps and "ENABLE" in self._caps:
                client.enable("CONDSTORE")  # RFC 7162: HIGHESTMODSEQ in EXAMINE responses
        sock = client.socket()
        tls_version = sock.version() if isinstance(sock, ssl.SSLSocket) else None
        cipher = sock.cipher() if isinstance(sock, ssl.SSLSocket) else None
        info = ServerInfo(
            host=acct.host,
            port=acct.port,
            tls_version=tls_version,
            cipher=cipher[0] if cipher else None,
            capabilities=self._caps,
            server_id=server_id,
        )
        log.info(
            "imap.connected account=%s host=%s port=%d tls=%s idle=%s uidplus=%s",
            acct.name, acct.host, acct.port, tls_version or "none",
            "IDLE" in self._caps, "UIDPLUS" in self._caps,
        )  # fmt: skip
        return info

    def _send_id(self, client: Any) -> dict[str, str]:
        """RFC 2971 ID before login when offered: some providers log or require it."""
        if not client.has_capability("ID"):
            return {}
        reply = client.id_({"name": "followupd", "version": __version__})
        if not reply:
            return {}
        items = list(reply[0]) if isinstance(reply[0], tuple | list) else list(reply)
        return {_text(k): _text(v) for k, v in zip(items[::2], items[1::2], strict=False)}

    def _login(self, client: Any, secret: str) -> None:
        user = self._account.username
        if self._mechanism == "xoauth2":
            client.oauth2_login(user, secret)
        else:
            client.login(user, secret)

    def logout(self) -> None:
        """Say LOGOUT and close; never raises, also on a connection that is already dead."""
        client, self._client = self._client, None
        self._examined = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # best effort by design: the link may already be gone
            log.debug("imap.logout_failed account=%s", self._account.name)
            with contextlib.suppress(Exception):
                client.shutdown()

    def abort(self) -> None:
        """Close at once without LOGOUT: for a link already known dead (no second timeout)."""
        client, self._client = self._client, None
        self._examined = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _connected(self) -> Any:
        if self._client is None:
            raise ConnectionLostError(f"account {self._account.name}: not connected")
        return self._client

    # --- folders ---------------------------------------------------------------------

    def list_folders(self) -> list[ListedFolder]:
        """Every folder with its attributes; SPECIAL-USE attributes asked for when offered."""
        client = self._connected()
        with _mapped_errors("LIST"):
            if "SPECIAL-USE" in self._caps and "LIST-EXTENDED" in self._caps:
                # RFC 6154 2 + RFC 5258: only RETURN (SPECIAL-USE) guarantees the attributes.
                data = client._raw_command_untagged(
                    b"LIST", [b'""', b'"*"', b"RETURN", b"(SPECIAL-USE)"], uid=False
                )
                rows = client._proc_folder_list(data)
            else:
                rows = client.list_folders()
        return [
            ListedFolder(
                name=_text(name),
                flags=frozenset(_text(f) for f in flags),
                delimiter=_text(delim) if delim else None,
            )
            for flags, delim, name in rows
        ]

    def discover_folders(self, overrides: FolderOverridesLike | None) -> dict[FolderRole, str]:
        """INBOX, Sent and Drafts on this server; FolderError lists what exists otherwise."""
        roles = choose_folders(self.list_folders(), overrides)
        log.info(
            "imap.folders account=%s inbox=%s sent=%s drafts=%s",
            self._account.name, roles[FolderRole.INBOX], roles[FolderRole.SENT],
            roles[FolderRole.DRAFTS],
        )  # fmt: skip
        return roles

    def examine(self, folder: str) -> FolderStatus:
        """Open `folder` read-only (EXAMINE, RFC 3501 6.3.2) and report its identity."""
        client = self._connected()
        with _mapped_errors(f"EXAMINE {folder}"):
            try:
                reply = client.select_folder(folder, readonly=True)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                raise FolderError(f"cannot open folder {folder!r}: {exc}") from None
            pop_changes(client._imap)  # EXAMINE's own EXISTS is not news
            uidnext = reply.get(b"UIDNEXT")
            if uidnext is None:  # optional in EXAMINE responses on some servers
                uidnext = client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
        self._examined = folder
        modseq = reply.get(b"HIGHESTMODSEQ")
        return FolderStatus(
            name=folder,
            uidvalidity=int(reply[b"UIDVALIDITY"]),
            uidnext=int(uidnext),
            exists=int(reply.get(b"EXISTS", 0)),
            highestmodseq=int(modseq) if modseq is not None else None,
        )

    def _examined_client(self) -> Any:
        client = self._connected()
        if self._examined is None:
            raise MailError("no folder examined: call examine() first")
        return client

    # --- reading ---------------------------------------------------------------------

    def search_uids(self, *, after_uid: int = 0, since: date | None = None) -> list[int]:
        """UIDs in the examined folder above `after_uid` and on/after `since`, ascending."""
        client = self._examined_client()
        criteria: list[Any] = []
        if after_uid > 0:
            criteria += ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        with _mapped_errors("UID SEARCH"):
            found = client.search(criteria or ["ALL"])
        # RFC 3501 6.4.8: "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in found if uid > after_uid)

    def fetch_headers(self, uids: Sequence[int], chunk: int = 500) -> Iterator[RawHeaders]:
        """Selected headers, size, flags and calendar hint; one UID FETCH per chunk."""
        client = self._examined_client()
        items = [HEADER_ITEM, "RFC822.SIZE", "FLAGS", "BODYSTRUCTURE"]
        if "X-GM-EXT-1" in self._caps:
            items.append("X-GM-THRID")  # Gmail's own thread id
        request = "(" + " ".join(items).upper() + ")"  # as imapclient sends it
        for part in chunked(uids, chunk):
            with _mapped_errors("UID FETCH headers"):
                # Through imaplib directly: imapclient's response parser costs more than the
                # server's whole answer (BODYSTRUCTURE above all); headers_from_raw reads
                # the usual shape itself. UID lists, as imapclient 4.1 rejects ranges.
                typ, data = client._imap.uid("FETCH", ",".join(map(str, part)), request)
                if typ != "OK":
                    raise imaplib.IMAP4.error(f"UID FETCH answered {typ}")
                found = {raw.uid: raw for raw in headers_from_raw(data)}
            # Unsolicited responses for other messages are dropped; request order is kept.
            yield from (found[uid] for uid in part if uid in found)

    def fetch_bodies(
        self, uids: Sequence[int], *, max_bytes: int, chunk: int = 100
    ) -> Iterator[RawBody]:
        """The first `max_bytes` of each message (BODY.PEEK[]<0.n> partial fetch)."""
        client = self._examined_client()
        items = [f"BODY.PEEK[]<0.{max(1, max_bytes)}>", "RFC822.SIZE"]
        for part in chunked(uids, chunk):
            with _mapped_errors("UID FETCH bodies"):
                response = client.fetch(part, items)
            yield from bodies_from_fetch(part, response, max_bytes)

    def wait_for_change(self, timeout: float, wake: Wakeup | None = None) -> bool:
        """Block up to `timeout` s; True when the examined folder reported a change.

        Uses IDLE when offered, NOOP polling otherwise. A dead or cut connection raises
        ConnectionLostError instead of looking like a quiet mailbox; a set `wake` ends the
        wait early (IDLE is ended with DONE, so the session stays usable).
        """
        client = self._examined_client()
        with _mapped_errors("wait for changes"):
            if "IDLE" in self._caps:
                return idle_wait(client._imap, client.socket(), timeout, self._renew, wake=wake)
            return poll_wait(client.noop, client._imap, timeout, self._noop_interval, wake=wake)

    # --- writing drafts --------------------------------------------------------------

    def append(self, folder: str, data: bytes, flags: Sequence[str], when: datetime) -> int | None:
        """APPEND a draft; its UID from `[APPENDUID v uid]` (RFC 4315), None without UIDPLUS."""
        client = self._connected()
        with _mapped_errors(f"APPEND {folder}"):
            reply = client.append(folder, data, flags=tuple(flags), msg_time=when)
        if "UIDPLUS" not in self._caps:
            return None  # the code means nothing unless the server promises UIDPLUS
        parsed = appenduid(reply)  # imapclient returns the raw text (imapclient #36)
        return parsed[1] if parsed else None

    def find_by_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs in `folder` whose Message-ID header contains `message_id` (EXAMINEs it)."""
        self.examine(folder)
        client = self._examined_client()
        with _mapped_errors("UID SEARCH HEADER"):
            return sorted(client.search(["HEADER", "Message-ID", message_id]))

    def __repr__(self) -> str:
        return f"ImapSession(account={self._account.name!r}, connected={self._client is not None})"
