"""XOAUTH2 login against a minimal loopback IMAP responder (Dovecot needs an OAuth2 server)."""

from __future__ import annotations

import base64
import logging
import secrets
import socket
import threading
from collections.abc import Iterator

import pytest
from _account import Account

from followupd.adapters.imap import ImapSession
from followupd.errors import AuthenticationError


class XOAuth2Responder:
    """Speaks just enough IMAP4rev1 for CAPABILITY, AUTHENTICATE XOAUTH2 and LOGOUT."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.received: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rwb") as stream:
            stream.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready\r\n")
            stream.flush()
            for raw in stream:
                tag, _, rest = raw.decode().strip().partition(" ")
                self.received.append(rest.split(" ")[0].upper())
                if rest.upper().startswith("AUTHENTICATE XOAUTH2"):
                    stream.write(b"+ \r\n")
                    stream.flush()
                    answer = base64.b64decode(stream.readline().strip()).decode()
                    ok = answer == f"user=seeker\1auth=Bearer {self.token}\1\1"
                    reply = (
                        "OK [CAPABILITY IMAP4rev1] done" if ok else "NO [AUTHENTICATIONFAILED] no"
                    )
                    stream.write(f"{tag} {reply}\r\n".encode())
                elif rest.upper().startswith("CAPABILITY"):
                    stream.write(
                        f"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n{tag} OK done\r\n".encode()
                    )
                elif rest.upper().startswith("LOGOUT"):
                    stream.write(f"* BYE bye\r\n{tag} OK done\r\n".encode())
                    stream.flush()
                    return
                else:
                    stream.write(f"{tag} BAD unexpected\r\n".encode())
                stream.flush()

    def close(self) -> None:
        self.listener.close()
        self.thread.join(timeout=5)


@pytest.fixture
def responder() -> Iterator[XOAuth2Responder]:
    server = XOAuth2Responder(secrets.token_urlsafe(24))
    yield server
    server.close()


def _account(port: int) -> Account:
    return Account("oauth", "127.0.0.1", port, "none", "seeker", None, timeout_seconds=5)


def test_xoauth2_login_sends_the_bearer_token(responder: XOAuth2Responder) -> None:
    session = ImapSession(_account(responder.port), lambda: responder.token, "xoauth2")
    info = session.connect()
    session.logout()
    assert "IMAP4REV1" in info.capabilities
    assert [c for c in responder.received if c != "CAPABILITY"] == ["AUTHENTICATE", "LOGOUT"]


def test_refused_token_is_an_authentication_error_without_the_token(
    responder: XOAuth2Responder, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = secrets.token_urlsafe(24)
    session = ImapSession(_account(responder.port), lambda: wrong, "xoauth2")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as caught:
        session.connect()
    assert wrong not in str(caught.value) and wrong not in caplog.text


def test_unknown_mechanism_is_refused() -> None:
    with pytest.raises(ValueError, match="mechanism"):
        ImapSession(_account(1), lambda: "x", "cram-md5")
