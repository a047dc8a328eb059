"""The state database schema (migrations by PRAGMA user_version) and the message row codec.

MIGRATIONS[i] takes the database from version i to i + 1. To change the schema, append a
step (SQL text, or a function for data migrations); never edit a step that has shipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from followupd.core.plan.threads import message_key, root_id_of
from followupd.errors import StateError
from followupd.model import (
    Address,
    Attachment,
    Classification,
    Contact,
    FolderRole,
    Interview,
    Label,
    Message,
    MessageLocation,
)

log = logging.getLogger(__name__)

Migration = str | Callable[[sqlite3.Connection], None]

_V1_SYNC_AND_MESSAGES = """
CREATE TABLE folders (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    highest_uid INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (account, folder)
);

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    account          TEXT NOT NULL,
    msg_key          TEXT NOT NULL,
    message_id       TEXT,
    folder           TEXT,
    uidvalidity      INTEGER,
    uid              INTEGER,
    role             TEXT NOT NULL,
    date             TEXT,
    subject          TEXT NOT NULL,
    from_json        TEXT NOT NULL,
    to_json          TEXT NOT NULL,
    cc_json          TEXT NOT NULL,
    reply_to_json    TEXT NOT NULL,
    in_reply_to      TEXT,
    references_json  TEXT NOT NULL,
    text             TEXT NOT NULL,
    calendars_json   TEXT NOT NULL,
    attachments_json TEXT NOT NULL,
    flags_json       TEXT NOT NULL,
    list_id          TEXT,
    list_unsubscribe INTEGER NOT NULL,
    auto_submitted   TEXT,
    precedence       TEXT,
    followupd_action TEXT,
    gm_thrid         INTEGER,
    html_only        INTEGER NOT NULL,
    truncated        INTEGER NOT NULL,
    size             INTEGER NOT NULL,
    defects_json     TEXT NOT NULL,
    first_seen       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (account, msg_key)
);
CREATE INDEX messages_by_message_id ON messages (account, message_id);
CREATE INDEX messages_by_date ON messages (account, date);

CREATE TABLE quarantine (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    PRIMARY KEY (account, folder, uidvalidity, uid)
);
"""

# The actions ledger: the truth about every planned draft (pending -> appending -> done, or
# cancelled | missed | dismissed). `key` is global: the draft's Message-ID derives from it.
# Times are ISO 8601 UTC with microseconds, fixed width, so text order is time order.
# The classification cache: one row per message, valid only for the classifier `version`.
_V2_ACTIONS_AND_CLASSIFICATIONS = """
CREATE TABLE actions (
    key                 TEXT PRIMARY KEY,
    account             TEXT NOT NULL,
    thread_id           TEXT NOT NULL,
    kind                TEXT NOT NULL,
    due                 TEXT NOT NULL,
    expires             TEXT,
    status              TEXT NOT NULL CHECK (status IN
                        ('pending', 'appending', 'done', 'cancelled', 'missed', 'dismissed')),
    reason              TEXT NOT NULL,
    seq                 INTEGER NOT NULL,
    to_json             TEXT NOT NULL,
    reply_to_message_id TEXT,
    evidence_json       TEXT NOT NULL,
    draft_message_id    TEXT,
    draft_folder        TEXT,
    draft_uidvalidity   INTEGER,
    draft_uid           INTEGER,
    drafted_at          TEXT,
    status_reason       TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX actions_by_thread ON actions (account, thread_id);
CREATE INDEX actions_by_status ON actions (account, status, due);

CREATE TABLE classifications (
    account    TEXT NOT NULL,
    msg_key    TEXT NOT NULL,
    version    TEXT NOT NULL,
    data_json  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account, msg_key)
);
"""

_V3_CORRECTIONS = """
CREATE TABLE corrections (
    account    TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('ignore', 'expect')),
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account, thread_id, kind)
);
"""

_V4_TRACKED = """
CREATE TABLE tracked (
    account    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account, message_id)
);
"""

# Applications: the ledger names the application an action belongs to (the old thread ids
# carry over; keys and parents are what the planner matches on). Corrections name a message
# of the application instead of a thread id, so a regrouping never loses them, and gain the
# grouping corrections. `meta` remembers when followupd first read each account.
_V5_APPLICATIONS = """
ALTER TABLE actions RENAME COLUMN thread_id TO application_id;

CREATE TABLE meta (
    account TEXT NOT NULL,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (account, key)
);
INSERT INTO meta (account, key, value)
    SELECT account, 'installed_at', MIN(first_seen) FROM messages GROUP BY account;

CREATE TABLE corrections_v5 (
    account    TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    kind       TEXT NOT NULL
               CHECK (kind IN ('ignore', 'expect', 'revive', 'separate', 'merge', 'label')),
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account, anchor, kind, value)
);
"""


def _corrections_by_message(conn: sqlite3.Connection) -> None:
    """Carry thread-keyed corrections over to a message of that thread (its anchor).

    A thread's id was the hash of its first message's root id (the first References entry,
    else In-Reply-To, else its own Message-ID, else its key); any message with that root
    belongs to the thread, so it names the same application.
    """
    roots: dict[tuple[str, str], str] = {}
    found = conn.execute(
        "SELECT account, msg_key, message_id, in_reply_to, references_json FROM messages"
        " ORDER BY date IS NULL, date, id"
    )
    for account, key, message_id, in_reply_to, references in found:
        root = root_id_of(message_id, in_reply_to, tuple(json.loads(references)), key)
        digest = hashlib.sha256(root.encode()).hexdigest()[:16]
        roots.setdefault((account, digest), key)
    moved = dropped = 0
    for account, thread_id, kind, value, created in conn.execute(
        "SELECT account, thread_id, kind, value, created_at FROM corrections"
    ).fetchall():
        anchor = roots.get((account, thread_id))
        if anchor is None:
            dropped += 1
            continue
        conn.execute(
            "INSERT OR REPLACE INTO corrections_v5 (account, anchor, kind, value, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (account, anchor, kind, value, created),
        )
        moved += 1
    conn.execute("DROP TABLE corrections")
    conn.execute("ALTER TABLE corrections_v5 RENAME TO corrections")
    log.info("store.corrections_moved moved=%d dropped_without_messages=%d", moved, dropped)


def _v5(conn: sqlite3.Connection) -> None:
    for statement in _statements(_V5_APPLICATIONS):
        conn.execute(statement)
    _corrections_by_message(conn)


# A pass that finds nothing new asks when the ledger last changed: from an index, so the
# question costs the same at any length of history.
_V6_LEDGER_CHANGES = """
CREATE INDEX actions_by_update ON actions (account, updated_at);
"""

MIGRATIONS: tuple[Migration, ...] = (
    _V1_SYNC_AND_MESSAGES,
    _V2_ACTIONS_AND_CLASSIFICATIONS,
    _V3_CORRECTIONS,
    _V4_TRACKED,
    _v5,
    _V6_LEDGER_CHANGES,
)


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's PRAGMA user_version (0 for a new file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply every step the database lacks, each in its own transaction; return the version.

    The connection must be in autocommit mode (isolation_level=None). A database newer than
    `migrations` knows is refused rather than touched.
    """
    current = schema_version(conn)
    target = len(migrations)
    if current > target:
        raise StateError(
            f"state database schema version {current} is newer than this followupd "
            f"understands ({target}); upgrade followupd or use another state directory"
        )
    for version in range(current, target):
        step = migrations[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(step, str):
                for statement in _statements(step):
                    conn.execute(statement)
            else:
                step(conn)
            # PRAGMA does not take parameters; the value is our own integer.
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("store.migrated from=%d to=%d", version, version + 1)
    return target


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (executescript would COMMIT first)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise StateError("incomplete SQL statement at the end of a migration")
    return statements


# --- rows <-> model.Message (JSON for tuples; dates as ISO 8601 UTC text) ---

COLUMNS = (
    "account", "msg_key", "message_id", "folder", "uidvalidity", "uid", "role", "date",
    "subject", "from_json", "to_json", "cc_json", "reply_to_json", "in_reply_to",
    "references_json", "text", "calendars_json", "attachments_json", "flags_json", "list_id",
    "list_unsubscribe", "auto_submitted", "precedence", "followupd_action", "gm_thrid",
    "html_only", "truncated", "size", "defects_json", "first_seen", "updated_at",
)  # fmt: skip


def dump_json(value: object) -> str:
    """Compact JSON text, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def addresses_json(addresses: Sequence[Address]) -> str:
    """Addresses as a JSON list of [name, email] pairs."""
    return dump_json([[a.name, a.email] for a in addresses])


def load_addresses(text: str) -> tuple[Address, ...]:
    """The inverse of addresses_json."""
    return tuple(Address(name, email) for name, email in json.loads(text))


def message_row(
    msg: Message, fallback_account: str, now: str, key: str | None = None
) -> tuple[Any, ...]:
    """A Message as a row in COLUMNS order (account from its location, key as given or its
    own `message_key`)."""
    loc = msg.location
    when = msg.date.astimezone(UTC).isoformat() if msg.date else None
    return (
        loc.account if loc else fallback_account,
        key or message_key(msg),
        msg.message_id,
        loc.folder if loc else None,
        loc.uidvalidity if loc else None,
        loc.uid if loc else None,
        msg.role.value,
        when,
        msg.subject,
        addresses_json(msg.from_),
        addresses_json(msg.to),
        addresses_json(msg.cc),
        addresses_json(msg.reply_to),
        msg.in_reply_to,
        dump_json(list(msg.references)),
        msg.text,
        dump_json(list(msg.calendars)),
        dump_json([[a.filename, a.content_type, a.size] for a in msg.attachments]),
        dump_json(list(msg.flags)),
        msg.list_id,
        int(msg.list_unsubscribe),
        msg.auto_submitted,
        msg.precedence,
        msg.followupd_action,
        msg.gm_thrid,
        int(msg.html_only),
        int(msg.truncated),
        msg.size,
        dump_json(list(msg.defects)),
        now,
        now,
    )


def message_from_row(row: dict[str, Any]) -> Message:
    """Rebuild a model.Message from a row keyed by column name."""

    def addresses(column: str) -> tuple[Address, ...]:
        return load_addresses(row[column])

    def strings(column: str) -> tuple[str, ...]:
        return tuple(str(item) for item in json.loads(row[column]))

    location = None
    if row["folder"] is not None:
        location = MessageLocation(
            row["account"], row["folder"], int(row["uidvalidity"]), int(row["uid"])
        )
    return Message(
        location=location,
        role=FolderRole(row["role"]),
        message_id=row["message_id"],
        in_reply_to=row["in_reply_to"],
        references=strings("references_json"),
        subject=row["subject"],
        from_=addresses("from_json"),
        to=addresses("to_json"),
        cc=addresses("cc_json"),
        reply_to=addresses("reply_to_json"),
        date=datetime.fromisoformat(row["date"]) if row["date"] else None,
        text=row["text"],
        attachments=tuple(
            Attachment(name, ctype, int(size))
            for name, ctype, size in json.loads(row["attachments_json"])
        ),
        calendars=strings("calendars_json"),
        flags=strings("flags_json"),
        list_id=row["list_id"],
        list_unsubscribe=bool(row["list_unsubscribe"]),
        auto_submitted=row["auto_submitted"],
        precedence=row["precedence"],
        followupd_action=row["followupd_action"],
        gm_thrid=row["gm_thrid"],
        html_only=bool(row["html_only"]),
        truncated=bool(row["truncated"]),
        size=int(row["size"]),
        defects=strings("defects_json"),
        key=row["msg_key"],
    )


# --- model.Classification <-> JSON (the classification cache) ---


def _contacts(contacts: Sequence[Contact]) -> list[list[str]]:
    return [[c.name, c.email, c.role] for c in contacts]


def _load_contacts(items: Sequence[Sequence[str]]) -> tuple[Contact, ...]:
    return tuple(Contact(name, email, role) for name, email, role in items)


def classification_json(item: Classification) -> str:
    """Every field of a Classification as JSON; interview times keep their UTC offset."""
    interview = item.interview
    return dump_json(
        {
            "label": item.label.value,
            "confidence": item.confidence,
            "evidence": list(item.evidence),
            "auto_reply": item.auto_reply,
            "bulk": item.bulk,
            "asks_confirmation": item.asks_confirmation,
            "interview": None
            if interview is None
            else {
                "start": interview.start.isoformat(),
                "end": interview.end.isoformat() if interview.end else None,
                "source": interview.source,
                "sequence": interview.sequence,
                "cancelled": interview.cancelled,
                "uid": interview.uid,
                "interviewers": _contacts(interview.interviewers),
            },
            "reply_expected_by": item.reply_expected_by.isoformat()
            if item.reply_expected_by
            else None,
            "reply_rule": item.reply_rule,
            "contacts": _contacts(item.contacts),
            "company": item.company,
            "role": item.role,
            "asks": list(item.asks),
            "answers_user": item.answers_user,
            "alternatives": [[label.value, p] for label, p in item.alternatives],
            "language": item.language,
            "language_read": item.language_read,
        }
    )


def classification_from_json(text: str) -> Classification:
    """The inverse of classification_json (KeyError/ValueError/TypeError when malformed)."""
    data = json.loads(text)
    raw = data["interview"]
    interview = None
    if raw is not None:
        interview = Interview(
            start=datetime.fromisoformat(raw["start"]),
            end=datetime.fromisoformat(raw["end"]) if raw["end"] else None,
            source=str(raw["source"]),
            sequence=int(raw["sequence"]),
            cancelled=bool(raw["cancelled"]),
            uid=raw["uid"],
            interviewers=_load_contacts(raw["interviewers"]),
        )
    by = data["reply_expected_by"]
    return Classification(
        label=Label(data["label"]),
        confidence=float(data["confidence"]),
        evidence=tuple(str(e) for e in data["evidence"]),
        auto_reply=bool(data["auto_reply"]),
        bulk=bool(data["bulk"]),
        asks_confirmation=bool(data["asks_confirmation"]),
        interview=interview,
        reply_expected_by=date.fromisoformat(by) if by else None,
        reply_rule=data["reply_rule"],
        contacts=_load_contacts(data["contacts"]),
        company=data["company"],
        role=data["role"],
        asks=tuple(str(a) for a in data.get("asks", ())),
        answers_user=bool(data.get("answers_user", False)),
        alternatives=tuple((Label(label), float(p)) for label, p in data.get("alternatives", ())),
        language=data.get("language"),
        language_read=bool(data.get("language_read", True)),
    )
