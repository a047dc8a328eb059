"""When someone whose automatic reply says they are away will be back.

"I am out of the office until Monday, 15 December", "back on 12/15", "returning on the 3rd
of March", "I will return Jan 5": the first date after a phrase of return or absence. A
date in the past of the reply, or one too far ahead to be a holiday, is no return date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from followupd.core.dates.datekit import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    next_occurrence,
    next_weekday,
)

_LONGEST_ABSENCE = timedelta(days=120)  # longer is a sabbatical or a typo, not a return date
_LEAD = (
    r"\b(?:until|till|through|thru|back(?: in the office| at work)?(?: on)?|returning(?: on)?"
    r"|return(?:ing)? to the office(?: on)?|will return(?: on)?|will be back(?: on)?"
    r"|returns?(?: on)?|reachable again(?: on)?)\b[\s,:]*(?:on\s+)?(?:the\s+)?"
)
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_FORMS = (
    # "15 December", "15th of December", "Monday 15 December"
    re.compile(
        _LEAD + rf"(?:(?:{_WEEKDAY})\.?,?\s+)?(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+"
        rf"(?P<month>{_MONTH})\.?(?:,?\s+(?P<year>20\d\d))?",
        re.IGNORECASE,
    ),
    # "December 15", "Monday, December 15th, 2026"
    re.compile(
        _LEAD + rf"(?:(?:{_WEEKDAY})\.?,?\s+)?(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})"
        rf"{_ORDINAL}(?:,?\s+(?P<year>20\d\d))?",
        re.IGNORECASE,
    ),
    # "12/15" or "12/15/2026" (US order) and "15.12." or "15.12.2026" (European order)
    re.compile(_LEAD + r"(?P<us>\d{1,2}/\d{1,2}(?:/20\d\d)?)\b", re.IGNORECASE),
    re.compile(_LEAD + r"(?P<eu>\d{1,2}\.\d{1,2}\.(?:20\d\d)?)", re.IGNORECASE),
    # "Monday" alone
    re.compile(_LEAD + rf"(?P<weekday>{_WEEKDAY})\b", re.IGNORECASE),
)


def _from_match(m: re.Match[str], sent: date) -> date | None:
    groups = m.groupdict()
    if groups.get("weekday"):
        return next_weekday(sent, WEEKDAY_NUMBERS[groups["weekday"].lower()])
    if groups.get("us") or groups.get("eu"):
        numbers = [int(n) for n in re.split(r"[/.]", groups.get("us") or groups["eu"]) if n]
        month, day = numbers[:2] if groups.get("us") else (numbers[1], numbers[0])
        year = numbers[2] if len(numbers) > 2 else None
    else:
        month = MONTH_NUMBERS[groups["month"].lower()]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return next_occurrence(month, day, sent)


def away_until(text: str, *, sent_at: datetime, tz: tzinfo) -> date | None:
    """The day an automatic reply says its writer is back; None when it names none."""
    sent = sent_at.astimezone(tz).date()
    found: list[tuple[int, int, date]] = []
    for form in _FORMS:
        for m in form.finditer(text[:3000]):
            back = _from_match(m, sent)
            if back is not None and sent < back <= sent + _LONGEST_ABSENCE:
                found.append((m.start(), -len(m.group(0)), back))
    # The first phrase wins; of two readings of it, the longer ("Monday, 15 December",
    # not "Monday").
    return min(found)[2] if found else None
