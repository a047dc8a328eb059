"""What one hand-written base text is, and what one rendering of it records as ground truth."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from followupd.model import Label

LABELS: tuple[str, ...] = tuple(label.value for label in Label)  # the classifier's labels


@dataclass(frozen=True)
class Base:
    """One message written by hand, with slots (``{company}``, ``{wday}``...) filled per rendering.

    ``subject`` may hold alternatives separated by `` || ``; each rendering picks one.
    ``body`` is plain text with three light conventions the HTML skins understand:
    lines starting with ``- `` are bullets, ``[[Text|url]]`` is a button or link, and lines
    starting with ``| `` are table rows.

    Timing: when the body or subject uses the ``w*`` slots (or ``{when}``), the message states a
    fixed interview time and ground truth records it, unless ``vague`` is set (the phrasing does
    not pin it down). ``o*`` slots are an earlier slot (the one a reschedule moves away from).
    ``by`` names how the employer's promised reply date resolves (see ``timing.resolve_by``).
    """

    gid: str
    label: str
    source: str
    style: str
    subject: str
    body: str
    n: int = 5
    when: str = "us_long"  # phrase format behind the {when} slot
    minutes: int = 45  # interview length behind {wend*}, {mins} and the .ics DTEND
    days: tuple[int, int] = (2, 9)  # interview this many days after the Date header
    hours: tuple[float, ...] = ()  # start hours to draw from (local); () = business hours
    by: str | None = None  # promised reply: "days:10", "weeks:2", "eonw", "weekday", ...
    thread: str | None = None  # quote kind ("availability", "application"...) or "own"
    quote: str = ""  # the earlier message, when thread == "own"
    forward: bool = False  # the quote is forwarded, not replied to
    ics: str | None = None  # "REQUEST" or "CANCEL": a text/calendar part is added
    seq: int = 0  # the .ics SEQUENCE
    locale: str = "any"  # us | uk | eu | de | fr | nl | ca | au | any
    vague: bool = False  # a time is mentioned but does not fix the interview
    auto: str | None = None  # Auto-Submitted value, e.g. "auto-replied"
    attach: str | None = None  # file name of a PDF attachment
    frm: str = ""  # "Display <address>" template, overriding the style's sender
    event: str = ""  # the .ics SUMMARY template when it is not an interview
    truth: dict[str, Any] = field(default_factory=dict)  # overrides of recorded fields


@dataclass
class Truth:
    """One line of labels.jsonl."""

    file: str
    label: str
    group: str
    source: str
    style: str
    interview_start: str | None
    interview_end: str | None
    reply_expected_by: str | None
    company: str | None
    role: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "label": self.label,
            "group": self.group,
            "source": self.source,
            "style": self.style,
            "interview_start": self.interview_start,
            "interview_end": self.interview_end,
            "reply_expected_by": self.reply_expected_by,
            "company": self.company,
            "role": self.role,
        }


def maker(source: str) -> Callable[..., Base]:
    """``make(gid, label, style, subject, body, **options)`` for one source's data module."""

    def make(gid: str, label: str, style: str, subject: str, body: str, **kw: Any) -> Base:
        return Base(gid, label, source, style, subject, body, **kw)

    return make
