"""The [notify] table: the optional daily digest, mailed only to the user's own address."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time

from followupd.config.checks import Problems, Section, as_email, as_host, as_time
from followupd.config.server import checked_tls, credential, without_password
from followupd.config.types import CREDENTIAL_KEYS, NOTIFY_PORTS, Identity, NotifyConfig

NOTIFY_KEYS: tuple[str, ...] = (
    *("enabled", "host", "port", "tls", "allow_plaintext", "username", "ca_file"),
    *("schedule", "to", *CREDENTIAL_KEYS),
)
_HOST_RULE = "the SMTP server's host name or IP address like 'smtp.example.com'"
SCHEDULE_RULE = "a daily time like '08:00' or a 5-field crontab like '30 7 * * mon-fri'"

# One crontab list item: *, a value or a range, with an optional /step.
_CRON_ITEM = re.compile(r"^(?:\*|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:/([0-9]+))?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Field -> (lowest, highest, names). Weekdays are by name only: crontab(5) counts 0 as
# Sunday while APScheduler 3 counts 0 as Monday, so a number there would be ambiguous.
_CRON_FIELDS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (0, 59, ()),
    (0, 23, ()),
    (1, 31, ()),
    (1, 12, _MONTHS),
    (-1, -1, _DAYS),
)


def parse_notify(problems: Problems, raw: object, identity: Identity) -> NotifyConfig:
    """[notify] as a NotifyConfig; absent means off. Host is required only when enabled."""
    tbl = without_password(problems, raw, "notify") if isinstance(raw, Mapping) else raw
    sec = Section(problems, tbl, "notify", NOTIFY_KEYS)
    enabled = sec.boolean("enabled", False)
    host = sec.take("host", as_host, _HOST_RULE, "", required=enabled)
    tls = checked_tls(sec, host, owner="[notify] table")
    username = sec.string("username") or None
    had_password = isinstance(raw, Mapping) and "password" in raw
    spec = None
    if username or had_password or any(key in sec.tbl for key in CREDENTIAL_KEYS):
        spec = credential(sec, had_password=had_password)
        if username is None:
            sec.problem(
                "username", "missing; a credential needs the login name, often your address"
            )
    schedule = sec.take("schedule", as_schedule, SCHEDULE_RULE, "08:00")
    return NotifyConfig(
        enabled=enabled,
        host=host,
        port=sec.integer("port", (NOTIFY_PORTS[tls], 1, 65535)),
        tls=tls,
        username=username,
        credential=spec,
        ca_file=sec.existing("ca_file", want_dir=False),
        schedule=schedule,
        to=_recipient(sec, identity),
    )


def _recipient(sec: Section, identity: Identity) -> str | None:
    """`to`, which must be one of the user's own addresses: the digest goes nowhere else."""
    to = sec.take("to", as_email, "an address like you@example.com", "")
    if not to:
        return None
    if identity.email and to not in identity.addresses:
        own = " or one of identity.aliases" if identity.aliases else ""
        sec.problem(
            "to",
            f"the digest only goes to your own address; expected identity.email{own} "
            f"({', '.join(identity.addresses)}), got {to!r}",
        )
    return to


def as_schedule(value: object) -> str | None:
    """ "HH:MM" (a TOML time too) or a checked 5-field crontab, normalised; None if neither."""
    daily = as_time(value)
    if isinstance(daily, time):
        return daily.strftime("%H:%M")
    if not isinstance(value, str):
        return None
    fields = value.lower().split()
    if len(fields) != 5:
        return None
    for text, (lo, hi, names) in zip(fields, _CRON_FIELDS, strict=True):
        if not all(_cron_item_ok(item, lo, hi, names) for item in text.split(",")):
            return None
    return " ".join(fields)


def _cron_item_ok(item: str, lo: int, hi: int, names: tuple[str, ...]) -> bool:
    match = _CRON_ITEM.match(item)
    if match is None or match.group(3) == "0":
        return False
    values = [v for v in match.group(1, 2) if v is not None]
    return all((v in names) or (v.isdigit() and lo <= int(v) <= hi) for v in values)
