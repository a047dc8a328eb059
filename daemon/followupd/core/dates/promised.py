"""The date an employer promised the candidate would hear back, from English prose.

Only sentences about the candidate hearing back count ("we'll get back to you", "expect to
hear", "decision", "update you"); deadlines set for the candidate ("apply by", "please
confirm by") do not. Every rule is named in the evidence. Business days are Monday-Friday.
A weekday written with a date ("by Friday, December 11") must agree with it: the date is
used when it does, and a contradiction gives no date at all (with the reason), never a guess.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from followupd.core.dates.datekit import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    DateResult,
    add_business_days,
    in_zone,
    next_occurrence,
    next_weekday,
    weekday_contradiction,
    year_day,
)

_CUES = re.compile(
    r"get back to you|come back to you|hear back|hear from (?:us|me)|expect to hear"
    r"|expect (?:an? )?(?:answer|response|update|decision)|\bdecision\b|update you"
    r"|(?:an|any) update|(?:an|our|the|a final) answer\b|let you know|be in touch|reach out"
    r"|(?:contact|inform|notify) you"
    r"|respond to you|get in touch|follow up with you|feedback|next steps|circle back"
    r"|\b(?:we|i)(?:'ll|\u2019ll| will| aim to| hope to| expect to| should)\b[^.?!]{0,30}?"
    r"\b(?:respond|reply|decide|revert|follow up|be able to share)",
    re.I,
)
# What the promise is about: an answer on the application, not any news ("I'll let you know
# by Friday if I can make dinner" is no promise of a decision).
_ABOUT_DECISION = re.compile(
    r"\b(?:decision|decide|outcome|answer|response|feedback|update|news|results?|next steps"
    r"|hear back|hear from (?:us|me)|get back to you|come back to you|be in touch|circle back"
    r"|respond|reply|revert)\b",
    re.I,
)
# Deadlines for the candidate, not promises to them.
_NOT_A_PROMISE = re.compile(
    r"\b(?:apply|submit|complete|confirm|send|return|sign|reply|respond|register|book|upload"
    r"|fill|answer)\w*\b[^.?!]{0,40}?\b(?:by|before|within|until)\b"
    r"|\bdeadline\b|\bexpires?\b|\bplease\b[^.?!]{0,40}\bby\b",
    re.I,
)
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "a couple of": 2,
    "couple of": 2,
    "three": 3,
    "a few": 3,
    "few": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
}
_NUM = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_RANGE = rf"(?:\d{{1,2}}\s*(?:-|\u2013|to|or)\s*)?{_NUM}"
_UNIT = r"(?P<unit>business days?|working days?|days?|weeks?|hours?|months?)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
# "by Friday, December 11" / "before Fri 11 Dec": a weekday may precede the date; it is
# checked against the date, never used instead of it.
_STATED_WD = (
    r"(?:(?P<wd>" + "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True)) + r")\.?,?\s+\(?)?"
)
_BEFORE_DATE = r"\b(?:by|before|on|until|till|no later than)\s+"
_YEAR = r"(?:,?\s+(?P<year>20\d\d)(?!\d))?"

Rule = Callable[[re.Match[str], date, datetime], tuple[date | None, str]]


def _count(m: re.Match[str]) -> int:
    raw = m.group("n").lower()
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


def _span(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    n, unit = _count(m), m.group("unit").lower()
    phrase = m.group(0).strip()
    day: date
    if unit.startswith(("business", "working")):
        day, rule = add_business_days(base, n), f"sent date + {n} business days"
    elif unit.startswith("hour"):
        day, rule = (sent + timedelta(hours=n)).date(), f"sent time + {n} hours"
    elif unit.startswith("week"):
        day, rule = base + timedelta(days=7 * n), f"sent date + {7 * n} days"
    elif unit.startswith("month"):
        day, rule = base + timedelta(days=30 * n), f"sent date + {30 * n} days"
    elif m.group("n").lower() in {"a few", "few"}:
        day, rule = add_business_days(base, 3), "sent date + 3 business days"
    else:
        day, rule = base + timedelta(days=n), f"sent date + {n} days"
    if re.search(r"\d\s*(?:-|\u2013|to|or)\s*\d", phrase):
        rule += " (upper bound of the range)"
    return day, f"'{phrase}' -> {rule}"


def _few_days(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    phrase = m.group(0).strip()
    return add_business_days(base, 3), f"'{phrase}' -> sent date + 3 business days"


def _friday(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    phrase = m.group(0).strip()
    monday = base - timedelta(days=base.weekday())
    if m.group("which") and m.group("which").lower() == "next":
        friday = monday + timedelta(days=11)
        return friday, f"'{phrase}' -> Friday of the week after the sent date"
    friday = monday + timedelta(days=4)
    if friday < base:  # sent on a weekend: the coming week's Friday
        friday += timedelta(days=7)
    return friday, f"'{phrase}' -> Friday of the sent week"


def _early_next_week(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    day = base - timedelta(days=base.weekday()) + timedelta(days=9)
    return day, f"'{m.group(0).strip()}' -> Wednesday of the following week"


def _weekday(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    day = next_weekday(base, _WEEKDAYS.index(m.group("wd").lower()))
    return day, f"'{m.group(0).strip()}' -> the first {m.group('wd').title()} after the sent date"


def _month_end(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    year, month = base.year, base.month
    if m.group("which") and m.group("which").lower() == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = date(year, month, calendar.monthrange(year, month)[1])
    return day, f"'{m.group(0).strip()}' -> last day of that month"


def _early_next_month(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    year, month = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
    return date(year, month, 7), f"'{m.group(0).strip()}' -> the 7th of next month"


def _mid_month(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    month = _month_number(m.group("mon"))
    day = next_occurrence(month, 15, base)
    return day, f"'{m.group(0).strip()}' -> the 15th of that month"


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def _calendar_date(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    """A written date; a weekday written with it must agree, else no answer (None, why)."""
    phrase = m.group(0).strip()
    month, number, year = _month_number(m.group("mon")), int(m.group("day")), m.group("year")
    day = year_day(year, month, number, base)
    if day is None:
        return None, f"'{phrase}' is not a valid date"
    contradiction = weekday_contradiction(phrase, m.group("wd"), day)
    if contradiction:
        return None, contradiction
    which = "" if year else "next "
    agrees = f" (the stated {m.group('wd').title()} agrees)" if m.group("wd") else ""
    return day, f"'{phrase}' -> {which}{m.group('mon').title()} {number}{agrees}"


def _tomorrow(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    return base + timedelta(days=1), f"'{m.group(0).strip()}' -> the day after the sent date"


def _today(m: re.Match[str], base: date, sent: datetime) -> tuple[date | None, str]:
    return base, f"'{m.group(0).strip()}' -> the sent date"


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Most specific first; the first rule matching inside a promise sentence decides.
_RULES: list[tuple[re.Pattern[str], Rule]] = [
    (re.compile(rf"\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?{_RANGE}\s+{_UNIT}", re.I), _span),
    (
        re.compile(r"\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:few\s+)?days\b", re.I),
        _few_days,
    ),
    (re.compile(r"\bin\s+a\s+(?:few|couple of)\s+days\b", re.I), _few_days),
    (re.compile(r"\bearly\s+next\s+month\b", re.I), _early_next_month),
    (
        re.compile(
            r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<which>this|next)?\s*month\b", re.I
        ),
        _month_end,
    ),
    (re.compile(rf"\b(?:by\s+)?mid[-\s]+{_MONTH_RE}", re.I), _mid_month),
    (re.compile(r"\bearly\s+next\s+week\b", re.I), _early_next_week),
    (
        re.compile(
            r"\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?|later\s+)?(?P<which>this|next)\s+week\b"
            r"|\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?week\b",
            re.I,
        ),
        _friday,
    ),
    (
        re.compile(
            rf"{_BEFORE_DATE}{_STATED_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_RE}{_YEAR}", re.I
        ),
        _calendar_date,
    ),
    (
        re.compile(rf"{_BEFORE_DATE}{_STATED_WD}(?:the\s+)?{_MONTH_RE}\s+{_DAY}\b{_YEAR}", re.I),
        _calendar_date,
    ),
    (
        re.compile(
            r"\b(?:by|before|on|until)\s+(?:this\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I
        ),
        _weekday,
    ),
    (re.compile(r"\b(?:by\s+)?tomorrow\b", re.I), _tomorrow),
    (
        re.compile(
            r"\b(?:by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day|later\s+today|by\s+tonight)\b", re.I
        ),
        _today,
    ),
]

# A full stop ends a sentence unless an abbreviation ("Dec. 11", "Fri.") or a lower-case word
# or number ("e.g. the", "approx. 2 weeks") follows it.
_SENTENCE = re.compile(
    r"(?:[^.!?\n]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))\."
    r"|\.(?=[ \t]*[a-z0-9,;)]))+(?:[.!?]+|\n|$)",
    re.I,
)


def promised_reply_date(
    text: str, *, sent_at: datetime, tz: tzinfo, about_decision: bool = False
) -> DateResult[date]:
    """The date the employer said the candidate would hear back by, with the rule used.

    `about_decision`: only sentences that name what is promised (a decision, an answer, an
    update, hearing back) count, not a bare "let you know".
    """
    sent = in_zone(sent_at, tz)
    base = sent.date()
    notes: list[str] = []
    for sentence in _SENTENCE.findall(text):
        if sentence.lstrip().startswith(">") or not _CUES.search(sentence):
            continue
        if about_decision and not _ABOUT_DECISION.search(sentence):
            continue
        for pattern, rule in _RULES:
            m = pattern.search(sentence)
            if m is None:
                continue
            if _NOT_A_PROMISE.search(sentence[: m.end()]) and not _CUES.search(
                sentence[: m.start()]
            ):
                notes.append(
                    f"'{m.group(0).strip()}' is a deadline for the candidate, not a promise"
                )
                break
            day, why = rule(m, base, sent)
            if day is None:  # a contradiction or an impossible date: no guess
                return DateResult(None, (*notes, why), "text")
            return DateResult(day, (why, *notes), "text")
    if not notes:
        notes.append("no promised reply date found")
    return DateResult(None, tuple(notes), "text")
