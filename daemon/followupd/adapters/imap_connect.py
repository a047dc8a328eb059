"""Opening an IMAP connection up to the greeting, and naming a `tls` mode the port does not speak.

A client that waits for a plaintext greeting on an implicit-TLS port (993) and a server that
waits for a TLS ClientHello wait for each other until the timeout; a TLS client on a plaintext
port (143) fails with a bare "wrong version number". Neither says what to change. These probes
are made only after such a failure, so a healthy connection costs nothing more; no credential
is ever sent on them.
"""

from __future__ import annotations

import logging
import socket
import ssl
from typing import Any, Literal, Protocol

import imapclient

from followupd.errors import MailError

log = logging.getLogger(__name__)

# Seconds to wait for connect, TLS handshake and greeting before asking the port which TLS
# mode it speaks. A healthy server greets within milliseconds: only a first attempt that
# waited this long pays for a probe (and, when the probe finds nothing, a second full try).
GREETING_SECONDS = 3.0

# IMAP greetings (RFC 9051 7.1): OK, PREAUTH, or BYE when the server turns us away.
_GREETINGS = (b"* OK", b"* PREAUTH", b"* BYE")
_MAX_GREETING = 4096


class Endpoint(Protocol):
    """What connecting needs from an account's config."""

    @property
    def name(self) -> str: ...
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def tls(self) -> Literal["implicit", "starttls", "none"]: ...
    @property
    def timeout_seconds(self) -> float: ...


def greeted_client(acct: Endpoint, context: ssl.SSLContext | None, where: str) -> Any:
    """An IMAPClient past the server's greeting (before STARTTLS); a MailError naming the
    right `tls` mode when the port speaks the other one, within seconds, not the timeout."""
    quick = min(acct.timeout_seconds, GREETING_SECONDS)
    try:
        return _new_client(acct, context, imapclient.SocketTimeout(quick, acct.timeout_seconds))
    except ssl.SSLCertVerificationError:
        raise
    except (ssl.SSLError, TimeoutError) as exc:
        probe_context = context or ssl.create_default_context()
        hint = tls_mode_hint(acct.host, acct.port, acct.tls, probe_context, quick)
        if hint:
            raise MailError(f"{where}: {hint}") from None
        if not isinstance(exc, TimeoutError) or quick >= acct.timeout_seconds:
            raise  # the whole timeout is used up already
    log.info(
        "imap.slow_greeting account=%s waited=%.1fs action=retry timeout=%.1fs",
        acct.name, quick, acct.timeout_seconds,
    )  # fmt: skip
    return _new_client(acct, context, acct.timeout_seconds)


def _new_client(
    acct: Endpoint, context: ssl.SSLContext | None, timeout: float | imapclient.SocketTimeout
) -> Any:
    implicit = acct.tls == "implicit"
    return imapclient.IMAPClient(
        acct.host,
        port=acct.port,
        ssl=implicit,
        ssl_context=context if implicit else None,
        timeout=timeout,
    )


def speaks_tls(host: str, port: int, context: ssl.SSLContext, timeout: float) -> bool:
    """True when the port answers a TLS ClientHello with a handshake."""
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host),
        ):
            return True
    except ssl.SSLCertVerificationError:
        return True  # a certificate we do not trust still proves the port speaks TLS
    except OSError:  # ssl.SSLError and TimeoutError included
        return False


def plaintext_greeting(host: str, port: int, timeout: float) -> bytes | None:
    """The IMAP greeting the port sends unasked in plaintext, or None when it sends none."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            line = sock.makefile("rb").readline(_MAX_GREETING)
    except OSError:
        return None
    return line if line.startswith(_GREETINGS) else None


def tls_mode_hint(
    host: str, port: int, tls: str, context: ssl.SSLContext, timeout: float
) -> str | None:
    """What to set `tls` to when the port speaks the other mode; None when that is not it."""
    if tls == "implicit":
        greeting = plaintext_greeting(host, port, timeout)
        if greeting is None:
            return None
        log.info("imap.tls_mode_mismatch port=%d configured=implicit found=plaintext", port)
        upper = greeting.upper()
        if b"CAPABILITY" in upper and b"STARTTLS" not in upper:
            return (
                f"port {port} answered with a plaintext IMAP greeting and offers no STARTTLS: "
                "use the server's TLS port (usually 993) with tls = 'implicit'"
            )
        return f"port {port} answered with a plaintext IMAP greeting: use tls = 'starttls'"
    if speaks_tls(host, port, context, timeout):
        log.info("imap.tls_mode_mismatch port=%d configured=%s found=implicit", port, tls)
        return f"port {port} expects TLS from the first byte: use tls = 'implicit'"
    return None
