"""A private SMTP submission server on 127.0.0.1 (aiosmtpd) that keeps what it receives.

For tests of the digest: implicit TLS or STARTTLS with a self-signed certificate made at
start (or plaintext, for the loopback-only case), AUTH PLAIN/LOGIN with a random password
and XOAUTH2 with a random token, both only after TLS. It counts EHLOs, so a test can
prove that no client even got as far as greeting it.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import ssl
import threading
from asyncio import BaseTransport
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from followupd.testing.loopback import free_port, self_signed_certificate

HOST = "127.0.0.1"
_READY_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class ReceivedMail:
    """One accepted message: the envelope, the bytes, and who had logged in."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    login: str | None


class _Handler:
    """aiosmtpd hooks: count sessions, check credentials, keep every message."""

    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        self.owner._count_ehlo()
        return responses

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        login = session.login_data
        self.owner._keep(
            ReceivedMail(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=bytes(envelope.original_content or b""),
                login=login.decode() if isinstance(login, bytes) else None,
            )
        )
        return "250 2.0.0 OK"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """SASL XOAUTH2 as the big providers run it: one initial response with the token."""
        try:
            fields = base64.b64decode(args[1], validate=True).decode().split("\x01")
        except (IndexError, binascii.Error, UnicodeDecodeError):
            await server.push("501 5.5.2 Can't decode base64")
            return AuthResult(success=False, handled=True)
        user = fields[0].removeprefix("user=")
        bearer = next((f.removeprefix("auth=Bearer ") for f in fields if f.startswith("auth=")), "")
        if user == self.owner.username and secrets.compare_digest(bearer, self.owner.token):
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        # On failure the server sends a JSON error as a challenge; the client answers with
        # an empty line and then gets the final 535.
        error = json.dumps({"status": "401", "schemes": "bearer"}).encode()
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False)


class _TlsAwareSMTP(SMTP):
    """aiosmtpd counts only STARTTLS as TLS when it decides to offer AUTH (auth_require_tls).

    On an implicit-TLS port (RFC 8314) the whole connection is encrypted from the first
    byte, so the gate is lifted for TLS transports only; one instance serves one connection.
    """

    def connection_made(self, transport: BaseTransport) -> None:
        if transport.get_extra_info("sslcontext") is not None:
            self._auth_require_tls = False
        super().connection_made(transport)


class _Controller(Controller):
    def factory(self) -> SMTP:
        return _TlsAwareSMTP(self.handler, **self.SMTP_kwargs)


class SmtpServer:
    """aiosmtpd on 127.0.0.1 with TLS (implicit or STARTTLS) and AUTH; use as a context manager."""

    def __init__(
        self, directory: Path, *, tls: Literal["implicit", "starttls", "none"] = "implicit"
    ) -> None:
        self.directory = directory
        self.tls = tls
        self.host = HOST
        self.port = 0
        self.username = "digest-sender"
        self.password = secrets.token_urlsafe(18)
        self.token = secrets.token_urlsafe(24)
        self.ca_file = directory / "smtp-cert.pem"
        self._key_file = directory / "smtp-key.pem"
        self._lock = threading.Lock()
        self._received: list[ReceivedMail] = []
        self._ehlos = 0
        self._controller: _Controller | None = None

    def __repr__(self) -> str:
        return f"SmtpServer(host={self.host!r}, port={self.port}, tls={self.tls!r})"

    @property
    def received(self) -> list[ReceivedMail]:
        """Every message accepted so far, oldest first."""
        with self._lock:
            return list(self._received)

    @property
    def ehlo_count(self) -> int:
        """How many EHLOs were seen: 0 means no client ever got as far as greeting us."""
        with self._lock:
            return self._ehlos

    def _keep(self, mail: ReceivedMail) -> None:
        with self._lock:
            self._received.append(mail)

    def _count_ehlo(self) -> None:
        with self._lock:
            self._ehlos += 1

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: object
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == self.username.encode()
            and secrets.compare_digest(data.password, self.password.encode())
        )
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    def start(self) -> None:
        """Make the certificate (first time only) and start serving."""
        if not self.ca_file.exists():
            self_signed_certificate(self.ca_file, self._key_file)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.ca_file, self._key_file)
        self.port = free_port(HOST)
        starttls = self.tls == "starttls"
        self._controller = _Controller(
            _Handler(self),
            hostname=HOST,
            port=self.port,
            ready_timeout=_READY_TIMEOUT,
            ssl_context=context if self.tls == "implicit" else None,
            tls_context=context if starttls else None,
            require_starttls=starttls,
            authenticator=self._authenticate,
            auth_require_tls=True,
            server_hostname="localhost",
            timeout=30,
        )
        self._controller.start()

    def stop(self) -> None:
        """Stop serving (idempotent)."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
