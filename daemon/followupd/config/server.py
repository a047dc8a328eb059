"""Checks shared by every server the config names (IMAP accounts, the digest's SMTP relay).

The same rules apply to both: TLS unless the host is loopback and plaintext is confirmed,
and exactly one credential source, never a password written into the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast

from followupd.config.checks import Problems, Section, is_loopback
from followupd.config.types import CREDENTIAL_KEYS, CredentialSpec, TlsMode

CREDENTIAL_CHOICES = ", ".join(CREDENTIAL_KEYS)
HOST_RULE = "a host name or IP address like 'imap.example.com'"
_TLS_MODES = ("implicit", "starttls", "none")
_ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def without_password(problems: Problems, raw: Mapping[str, Any], path: str) -> dict[str, Any]:
    """`raw` minus a `password` key, which is refused with advice on where secrets belong."""
    tbl = dict(raw)
    if tbl.pop("password", None) is not None:
        problems.add(
            f"{path}.password",
            "plain passwords are not accepted in the config file; use one of "
            f"{CREDENTIAL_CHOICES} (password_credential reads a systemd credential)",
        )
    return tbl


def checked_tls(sec: Section, host: str, *, owner: str) -> TlsMode:
    """`tls` of this table; 'none' only for a loopback host with allow_plaintext = true."""
    tls_rule = "one of 'implicit', 'starttls', 'none'"
    tls = sec.take("tls", lambda v: v if v in _TLS_MODES else None, tls_rule, "implicit")
    plaintext_ok = sec.boolean("allow_plaintext", False)
    if tls == "none" and host and not is_loopback(host):
        sec.problem(
            "tls",
            f"'none' (plaintext) is refused for the non-loopback host {host!r}; use 'implicit' "
            "or 'starttls' (plaintext is only for 127.0.0.1, ::1 or localhost)",
        )
    elif tls == "none" and not plaintext_ok:
        sec.problem(
            "tls",
            "'none' sends the password unencrypted; confirm with allow_plaintext = true "
            f"in this {owner} (loopback hosts only)",
        )
    return cast(TlsMode, tls)


def credential(sec: Section, *, had_password: bool) -> CredentialSpec:
    """The one credential source of this table (a problem if there are none or several)."""
    given = [k for k in CREDENTIAL_KEYS if k in sec.tbl]
    if len(given) > 1:
        sec.problems.add(sec.path, f"several credential sources ({', '.join(given)}); keep one")
    if not given:
        if not had_password:  # the refused password is reported already, with the same advice
            sec.problems.add(sec.path, f"no credential; set exactly one of {CREDENTIAL_CHOICES}")
        return CredentialSpec("env", "")
    key = given[0]
    source = CREDENTIAL_KEYS[key]
    # Someone may have pasted the password itself here: never repeat these values.
    value = sec.string(key, echo=False)
    if source == "file" and value:
        value = str(sec.problems.path(value))
    elif source == "env" and value and not _ENV_NAME_RE.match(value):
        sec.problem(key, "expected the name of an environment variable (letters, digits, _)")
    elif source == "systemd" and value and ("/" in value or value in (".", "..")):
        sec.problem(key, "expected the name of a systemd credential (no '/')")
    return CredentialSpec(source, value)
