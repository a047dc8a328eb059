"""Subject normalisation for threading: the words that name a conversation, nothing else."""

from __future__ import annotations

import re

# Reply and forward markers of many mail clients (RFC 5322 3.6.5 suggests "Re: "; clients
# localise it: AW/WG German, SV/VS Nordic, Antw Dutch, TR French, RIF Italian, ODP Polish),
# optionally counted ("Re[2]:", "Re(3):"). The one definition every part of followupd uses.
REPLY_MARKERS = ("re", "aw", "sv", "vs", "antw", "antwort", "r\u00e9f", "ref", "rif", "r", "odp")
FORWARD_MARKERS = ("fwd?", "fw", "wg", "tr", "rv", "vb", "vl", "enc", "doorgestuurd")
_COUNTED = r"\s*(?:\[\d+\]|\(\d+\))?\s*:\s*"
# One or more reply markers at the start ("Re: RE: AW: ...").
REPLY_PREFIX = re.compile(rf"^\s*(?:(?:{'|'.join(REPLY_MARKERS)}){_COUNTED})+", re.I)
# One forward marker at the start.
FORWARD_PREFIX = re.compile(rf"^\s*(?:{'|'.join(FORWARD_MARKERS)}){_COUNTED}", re.I)
_ANY_PREFIX = re.compile(rf"^\s*(?:{'|'.join((*REPLY_MARKERS, *FORWARD_MARKERS))}){_COUNTED}", re.I)


def strip_reply_markers(subject: str) -> str:
    """The subject without its leading reply markers ("Re: AW: Interview" -> "Interview")."""
    return REPLY_PREFIX.sub("", subject, count=1)


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
        text = _ANY_PREFIX.sub("", text)
        if _CALENDAR_LABEL.match(text):
            calendar = True
        text = _TAG_PREFIX.sub("", text)
        text = _TICKET_SUFFIX.sub("", text)
        if text == before:
            break
    if calendar:
        text = _CALENDAR_WHEN.sub("", text)
    return text.strip(" -:|.\u2013").casefold()
