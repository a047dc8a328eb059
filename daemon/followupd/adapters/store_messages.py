"""Writing message rows: new ones inserted, known ones moved; one Message-ID, two messages kept."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC

from followupd.adapters.store_schema import COLUMNS, addresses_json, dump_json, message_row
from followupd.core.plan.threads import message_key
from followupd.model import Message

log = logging.getLogger(__name__)

_PLACEHOLDERS = ", ".join("?" for _ in COLUMNS)
_INSERT_MESSAGE = (
    f"INSERT INTO messages ({', '.join(COLUMNS)}) VALUES ({_PLACEHOLDERS})"  # noqa: S608
    " ON CONFLICT (account, msg_key) DO NOTHING"
)
# A message seen again (another folder, a UIDVALIDITY resync) moves; its content stays.
# A copy in Sent is the user's own mail, so 'sent' sticks once seen.
_MOVE_MESSAGE = """
UPDATE messages SET folder = ?, uidvalidity = ?, uid = ?, flags_json = ?, updated_at = ?,
    role = CASE WHEN role = 'sent' THEN 'sent' ELSE ? END,
    gm_thrid = COALESCE(?, gm_thrid)
WHERE account = ? AND msg_key = ?
"""


def upsert_messages(
    conn: sqlite3.Connection, account: str, messages: Sequence[Message], now: str
) -> int:
    """Insert new messages; for known ones update only location, flags, role and thread id.

    Two different messages with one Message-ID (a broken mailer, a forged id) are both kept:
    the second one's key gets a suffix from its own content (`_clash_key`).
    """
    new = 0
    for msg in messages:
        key = _clash_key(conn, account, msg)
        row = message_row(msg, account, now, key)
        if conn.execute(_INSERT_MESSAGE, row).rowcount == 1:
            new += 1
            continue
        loc = msg.location
        conn.execute(
            _MOVE_MESSAGE,
            (
                loc.folder if loc else None,
                loc.uidvalidity if loc else None,
                loc.uid if loc else None,
                dump_json(list(msg.flags)),
                now,
                msg.role.value,
                msg.gm_thrid,
                row[0],
                row[1],
            ),
        )
    return new


def _fingerprint(from_json: str, when: str | None, subject: str) -> str:
    return hashlib.sha256(
        f"{from_json}\x1f{when}\x1f{subject}".encode(errors="replace")
    ).hexdigest()


def _clash_key(conn: sqlite3.Connection, account: str, msg: Message) -> str:
    """The message's key, or (when another message already holds it) a key of its own."""
    key = message_key(msg)
    when = msg.date.astimezone(UTC).isoformat() if msg.date else None
    mine = _fingerprint(addresses_json(msg.from_), when, msg.subject)
    found = conn.execute(
        "SELECT from_json, date, subject FROM messages WHERE account = ? AND msg_key = ?",
        (account, key),
    ).fetchone()
    if found is None or _fingerprint(*found) == mine:
        return key
    log.warning("store.message_id_clash account=%s message_id=%s action=kept both", account, key)
    return f"{key}#{mine[:12]}"
