"""What kind of mail a message is, apart from what it says: an automatic reply (RFC 3834),
bulk mail (lists, job boards, marketing), a self-scheduling link, a reply in a thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from followupd.core.senders import listed_as
from followupd.core.understand.lexicon import Lexicon
from followupd.model import FolderRole, Message

BULK_PRECEDENCE: frozenset[str] = frozenset({"bulk", "list", "junk"})


class ListHeaders(Protocol):
    """The list headers of a message or of its header-only envelope."""

    @property
    def list_id(self) -> str | None: ...
    @property
    def list_unsubscribe(self) -> bool: ...
    @property
    def precedence(self) -> str | None: ...


def is_bulk(mail: ListHeaders) -> bool:
    """Mailing lists and bulk senders: List-Id, List-Unsubscribe (RFC 2919, 2369), Precedence."""
    return (
        mail.list_id is not None
        or mail.list_unsubscribe
        or (mail.precedence or "").lower() in BULK_PRECEDENCE
    )


def scheduling_link(raw_lower: str, lexicon: Lexicon) -> str | None:
    """A self-scheduling link not offered merely to change an existing booking."""
    for link in lexicon.scheduling_links:
        start = raw_lower.find(link)
        while start >= 0:
            before = raw_lower[max(0, start - 100) : start]
            if "reschedul" not in before and "cancel" not in before:
                return link
            start = raw_lower.find(link, start + 1)
    return None


def auto_reply_reason(msg: Message, own: str, subject: str, lexicon: Lexicon) -> str | None:
    """Why this message is an automatic reply (RFC 3834), or None."""
    kind = (msg.auto_submitted or "").lower()
    if kind == "auto-replied":
        return "Auto-Submitted: auto-replied"
    if lexicon.auto_reply_subject.search(subject):
        return f"subject says '{lexicon.auto_reply_subject.search(subject).group(0)}'"  # type: ignore[union-attr]
    body = lexicon.auto_reply_body.search(own)
    if body and kind not in ("", "no"):
        return f"Auto-Submitted: {kind} and text '{body.group(0)}'"
    if body and len(own) < 700:
        return f"short text '{body.group(0)}'"
    return None


def bulk_reasons(msg: Message, own: str, domains: Sequence[str], lexicon: Lexicon) -> list[str]:
    """Why this looks like a newsletter, job alert or marketing mail (empty when it does not)."""
    reasons: list[str] = []
    if msg.list_id:
        reasons.append("List-Id header")
    if msg.list_unsubscribe:
        reasons.append("List-Unsubscribe header")
    if (msg.precedence or "").lower() in BULK_PRECEDENCE:
        reasons.append(f"Precedence: {msg.precedence}")
    for domain in domains:
        board = listed_as(domain, lexicon.job_board_domains)
        if board:
            reasons.append(f"sender {board} is a job board")
        bulk = listed_as(domain, lexicon.bulk_domains)
        if bulk:
            reasons.append(f"sender {bulk} sends bulk mail")
    phrases = {m.group(0) for m in lexicon.bulk_body.finditer(own)}
    if len(phrases) >= 2 or (phrases and reasons):
        reasons.append("bulk wording " + ", ".join(f"'{p}'" for p in sorted(phrases)[:3]))
    return reasons


def answers_in_thread(msg: Message, lexicon: Lexicon) -> bool:
    """Mail received in answer to an earlier message (a reply, not a forward)."""
    if msg.role is FolderRole.SENT or lexicon.forward_prefix.match(msg.subject):
        return False
    return bool(msg.in_reply_to or msg.references or lexicon.reply_prefix.match(msg.subject))
