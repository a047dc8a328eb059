"""Dates in recruiting mail: interview slots (.ics and prose) and promised reply dates.

The public face of date extraction; the work is split by source:
`ics` (RFC 5545 calendar parts), `textdates` (English prose) and `promised` (reply
promises). Every answer is a DateResult whose evidence says how it was reached, and every
ambiguity yields None with the reason rather than a guess.
"""

from __future__ import annotations

from followupd.core.dates.datekit import DateResult
from followupd.core.dates.ics import interview_from_calendars
from followupd.core.dates.promised import promised_reply_date
from followupd.core.dates.textdates import interview_from_text

__all__ = [
    "DateResult",
    "interview_from_calendars",
    "interview_from_text",
    "promised_reply_date",
]
