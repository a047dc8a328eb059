"""Subject normalisation for threading: the words that name a conversation, nothing else."""

from __future__ import annotations

import re

# Reply/forward markers of many mail clients (RFC 5322 3.6.5 suggests "Re: "; clients
# localise it: AW/WG German, SV/VS Nordic, Antw Dutch, TR French, RIF Italian), optionally
# counted ("Re[2]:", "Re(3):").
_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|fwd?|fw|aw|wg|sv|vs|antw|tr|rif|r|réf|ref|odp|vl|enc)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*",
    re.I,
)
# Bracketed tags and ATS/calendar labels put in front of the real subject.
_TAG_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]{0,40}\]|\((?:ext|external)\)|(?:action required|update|updated|reminder"
    r"|important|urgent|new message|invitation|updated invitation|canceled event"
    r"|cancelled event|canceled|cancelled|accepted|declined|tentative|rescheduled)\s*:)\s*",
    re.I,
)
_CALENDAR_LABEL = re.compile(
    r"^\s*(?:invitation|updated invitation|canceled event|cancelled event|canceled"
    r"|cancelled|accepted|declined|tentative|rescheduled)\s*:",
    re.I,
)
# Google/Outlook calendar subjects append "@ <when> (<who>)", which changes on updates.
_CALENDAR_WHEN = re.compile(r"\s+@\s+.*$")
# Ticket and reference numbers ATS systems append: "[#12345]", "(Ref: AB-123)", "- ID 991".
_TICKET_SUFFIX = re.compile(
    r"\s*(?:\[\s*#?[\w-]*\d[\w-]*\s*\]|\(\s*(?:ref|id|req|job|ticket)?[\s.:#-]*[\w-]*\d[\w-]*\s*\)"
    r"|[-\u2013|]\s*(?:ref|id|req|job|ticket)[\s.:#-]*[\w-]*\d[\w-]*|#\d{3,})\s*$",
    re.I,
)
_SPACE = re.compile(r"\s+")


def normalize_subject(subject: str) -> str:
    """Lower-cased subject without reply markers, ATS tags, calendar times or ticket numbers."""
    text = _SPACE.sub(" ", subject or "").strip()
    calendar = False
    while True:
        before = text
        text = _REPLY_PREFIX.sub("", text)
        if _CALENDAR_LABEL.match(text):
            calendar = True
        text = _TAG_PREFIX.sub("", text)
        text = _TICKET_SUFFIX.sub("", text)
        if text == before:
            break
    if calendar:
        text = _CALENDAR_WHEN.sub("", text)
    return text.strip(" -:|.\u2013").casefold()
