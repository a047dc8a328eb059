"""Send the daily digest over SMTP (aiosmtplib): the only mail followupd sends, to the user alone.

A hard guard runs before anything else: the message must be a digest (X-Followupd-Digest),
From and every recipient (To, Cc, Bcc and so the envelope) must be the user's own address,
and Resent-* headers are refused. Otherwise NotifyError, and no connection is opened.
Certificates are always verified; errors never carry the password or token.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import ssl
from collections.abc import Callable
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import getaddresses

import aiosmtplib

from followupd.config.types import Identity, NotifyConfig
from followupd.core.write.digest import DIGEST_HEADER
from followupd.errors import NotifyError

log = logging.getLogger(__name__)

_RECIPIENT_HEADERS = ("To", "Cc", "Bcc")
# aiosmtplib takes recipients from the last Resent-* block when there is one (RFC 5322
# 3.6.6); a digest never has one, so any of them means someone is trying to redirect it.
_RESENT_HEADERS = ("Resent-To", "Resent-Cc", "Resent-Bcc", "Resent-From", "Resent-Sender")
_SMTP_AUTH_OK = 235
_SMTP_AUTH_CONTINUE = 334
_ERROR_TEXT_MAX = 200


def digest_envelope(message: EmailMessage, identity: Identity) -> tuple[str, tuple[str, ...]]:
    """(envelope sender, recipients) of `message`; NotifyError unless all are the user's own."""
    own = {a.strip().lower() for a in identity.addresses if a.strip()}
    if not own:
        raise _refused("no address of the user's own is configured")
    if message.get(DIGEST_HEADER) != "1":
        raise _refused(f"only the digest is ever sent, and this message has no {DIGEST_HEADER}")
    if present := [h for h in _RESENT_HEADERS if h in message]:
        raise _refused(f"a digest never carries {', '.join(present)}")
    senders = [*_addresses(message, "From"), *_addresses(message, "Sender")]
    if not senders or any(s not in own for s in senders) or len(set(senders)) != 1:
        raise _refused("From must be the user's own address, once")
    recipients = [r for h in _RECIPIENT_HEADERS for r in _addresses(message, h)]
    if not recipients:
        raise _refused("the digest has no recipient")
    if strangers := sorted({r for r in recipients if r not in own}):
        raise _refused(f"the digest only goes to your own address, not to {', '.join(strangers)}")
    return senders[0], tuple(dict.fromkeys(recipients))


def _addresses(message: EmailMessage, name: str) -> list[str]:
    """Every address in the `name` headers, read by two parsers (a trick must fool both)."""
    found: list[str] = []
    for value in message.get_all(name) or []:
        text = str(value)
        legacy = [addr for _, addr in getaddresses([text])]
        modern = [a.addr_spec for a in email_policy.default.header_factory(name, text).addresses]
        if not modern or any(not a or "@" not in a for a in (*legacy, *modern)):
            raise _refused(f"{name} holds something that is not a plain address")
        found += [a.strip().lower() for a in (*legacy, *modern)]
    return list(dict.fromkeys(found))


def _refused(why: str) -> NotifyError:
    log.warning("notify.refused reason=%r", why)
    return NotifyError(f"digest not sent: {why}")


async def send_digest(
    message: EmailMessage,
    *,
    cfg: NotifyConfig,
    identity: Identity,
    secret: Callable[[], str] | None,
    timeout: float = 30,
) -> None:
    """Deliver the digest to the user's own address through the configured SMTP server."""
    if not cfg.enabled:
        raise _refused("[notify] is not enabled")
    sender, recipients = digest_envelope(message, identity)
    if cfg.credential is not None and secret is None:
        raise _refused("[notify] names a credential, but none was handed over")
    # Fetched before connecting: a slow password command must not eat the server's patience.
    value = secret() if cfg.credential is not None and secret is not None else None
    context = ssl.create_default_context(cafile=str(cfg.ca_file) if cfg.ca_file else None)
    client = aiosmtplib.SMTP(
        hostname=cfg.host,
        port=cfg.port,
        use_tls=cfg.tls == "implicit",
        # True insists on STARTTLS; False never tries it (loopback plaintext only, by config).
        start_tls=cfg.tls == "starttls",
        tls_context=context,
        timeout=timeout,
    )
    where = f"{cfg.host}:{cfg.port}"
    try:
        async with asyncio.timeout(timeout):
            await client.connect()
            if value is not None:
                await _authenticate(client, cfg, value)
            refused, _ = await client.send_message(
                message, sender=sender, recipients=list(recipients)
            )
            await client.quit()
    except aiosmtplib.SMTPAuthenticationError as exc:
        detail = _scrub(f"{exc.code} {exc.message}", value)
        log.warning("notify.auth_failed server=%s code=%d", where, exc.code)
        raise NotifyError(
            f"{where} refused the login for {cfg.username!r}: {detail}; check [notify] "
            f"username and {cfg.credential.key if cfg.credential else 'credential'}"
        ) from None
    except (aiosmtplib.SMTPException, ssl.SSLError, OSError, TimeoutError) as exc:
        detail = _scrub(str(exc) or type(exc).__name__, value)
        if "CERTIFICATE_VERIFY_FAILED" in detail:
            detail += "; for a server with its own CA, set [notify] ca_file"
        log.warning("notify.failed server=%s error=%s", where, type(exc).__name__)
        raise NotifyError(f"cannot send the digest through {where}: {detail}") from None
    finally:
        client.close()
    if refused:
        raise NotifyError(f"{where} refused the recipient(s) {', '.join(sorted(refused))}")
    log.info(
        "notify.sent server=%s tls=%s recipients=%d message_id=%s",
        where,
        cfg.tls,
        len(recipients),
        message.get("Message-ID", ""),
    )


async def _authenticate(client: aiosmtplib.SMTP, cfg: NotifyConfig, value: str) -> None:
    """XOAUTH2 with a token, else PLAIN (or LOGIN) with a password, as the server offers."""
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    username = cfg.username or ""
    offered = {m.upper() for m in client.server_auth_methods}
    if cfg.credential is not None and cfg.credential.mechanism == "xoauth2":
        if "XOAUTH2" not in offered:
            raise NotifyError(f"{cfg.host}:{cfg.port} does not offer AUTH XOAUTH2")
        await _xoauth2(client, username, value)
    elif "PLAIN" in offered:
        await client.auth_plain(username, value)
    elif "LOGIN" in offered:
        await client.auth_login(username, value)
    else:
        raise NotifyError(
            f"{cfg.host}:{cfg.port} offers no password login (AUTH PLAIN or LOGIN) "
            f"over this connection; offered: {', '.join(sorted(offered)) or 'none'}"
        )


async def _xoauth2(client: aiosmtplib.SMTP, username: str, token: str) -> None:
    """SASL XOAUTH2: one initial response; on failure the server sends a JSON challenge."""
    blob = base64.b64encode(f"user={username}\x01auth=Bearer {token}\x01\x01".encode())
    response = await client.execute_command(b"AUTH", b"XOAUTH2", blob)
    if response.code == _SMTP_AUTH_CONTINUE:
        # The challenge holds the error details; an empty line asks for the final reply.
        response = await client.execute_command(b"")
    if response.code != _SMTP_AUTH_OK:
        raise aiosmtplib.SMTPAuthenticationError(response.code, response.message)


def _scrub(text: str, secret: str | None) -> str:
    """One short line with the secret (and its base64 forms) blotted out."""
    if secret:
        for form in (secret, base64.b64encode(secret.encode()).decode()):
            text = text.replace(form, "***")
    line = " ".join(text.split())
    return line if len(line) <= _ERROR_TEXT_MAX else line[: _ERROR_TEXT_MAX - 1] + "…"


def send_digest_sync(
    message: EmailMessage,
    *,
    cfg: NotifyConfig,
    identity: Identity,
    secret: Callable[[], str] | None,
    timeout: float = 30,
) -> None:
    """send_digest for a thread with no event loop running (the daemon's scheduler threads)."""
    asyncio.run(send_digest(message, cfg=cfg, identity=identity, secret=secret, timeout=timeout))
