"""`followupd classify FILE.eml...`: what followupd understands from saved messages."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.adapters.lexicon_files import load_lexicon
from followupd.adapters.mailparse import parse_message
from followupd.core.understand.message import understand
from followupd.errors import ConfigError, ParseError
from followupd.model import Classification, FolderRole

log = logging.getLogger(__name__)

STDIN = "-"


def add_parser(sub: Any) -> None:
    """Register `classify` on the subcommand parser."""
    parser = sub.add_parser(
        "classify",
        help="classify saved .eml files (label, evidence, interview time, people)",
        description="Read messages from files ('-' for stdin) and print what followupd "
        "understands from each: label, confidence, evidence, interview, promised reply date.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE.eml", help="message files, '-' = stdin")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--tz",
        default=None,
        metavar="ZONE",
        help="IANA time zone for times written without one (default: this machine's)",
    )
    parser.add_argument("--lang", default="en", help="vocabulary language (default: en)")
    parser.set_defaults(func=run)


def _zone(name: str | None) -> tzinfo:
    """The --tz zone, or the machine's local zone when none is given."""
    if name is None:
        local = datetime.now().astimezone().tzinfo
        return local if local is not None else ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            [f"--tz: unknown time zone {name!r}; expected an IANA name like 'Europe/Berlin'"]
        ) from None


def as_record(name: str, result: Classification, tz: tzinfo) -> dict[str, Any]:
    """The documented JSON shape of one classified message."""
    interview = None
    if result.interview is not None:
        end = result.interview.end
        interview = {
            "start": result.interview.start.astimezone(tz).isoformat(),
            "end": end.astimezone(tz).isoformat() if end else None,
        }
    return {
        "file": name,
        "label": result.label.value,
        "confidence": result.confidence,
        "evidence": list(result.evidence),
        "interview": interview,
        "reply_expected_by": (
            result.reply_expected_by.isoformat() if result.reply_expected_by else None
        ),
        "contacts": [{"name": c.name, "email": c.email, "role": c.role} for c in result.contacts],
        "company": result.company,
        "role": result.role,
        "auto_reply": result.auto_reply,
        "bulk": result.bulk,
        "asks_confirmation": result.asks_confirmation,
        "alternatives": [[label.value, p] for label, p in result.alternatives],
        "language": result.language,
        "language_read": result.language_read,
    }


def _readable(record: dict[str, Any]) -> str:
    """One line for a person: file, label, confidence, and what matters most."""
    if "error" in record:
        return f"{record['file']}: error: {record['error']}"
    parts = [f"{record['file']}: {record['label']} ({record['confidence']:.2f})"]
    if record["interview"]:
        parts.append(f"interview {record['interview']['start']}")
    if record["reply_expected_by"]:
        parts.append(f"reply by {record['reply_expected_by']}")
    if record["company"]:
        parts.append(f"company {record['company']}")
    if record["role"]:
        parts.append(f"role {record['role']}")
    if record["evidence"]:
        parts.append(f"because {record['evidence'][0]}")
    return "; ".join(parts)


def _read(name: str) -> bytes:
    if name == STDIN:
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def run(args: argparse.Namespace) -> int:
    """Classify every file; unreadable ones are reported and make the exit code 1."""
    tz = _zone(args.tz)
    lexicon = load_lexicon(args.lang)
    failed = 0
    for name in args.files:
        try:
            msg = parse_message(_read(name), location=None, role=FolderRole.INBOX)
            record = as_record(name, understand(msg, lexicon=lexicon, tz=tz), tz)
        except (OSError, ParseError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.warning("classify.unreadable file=%s reason=%s", name, reason)
            record = {"file": name, "error": reason}
        line = json.dumps(record, ensure_ascii=False) if args.json else _readable(record)
        print(line, flush=True)
    return 1 if failed else 0
