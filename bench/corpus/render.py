"""One rendering of one base: draw the slots and dates, write the text, record the truth."""

from __future__ import annotations

import functools
import random
import re
import string
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr

from . import furniture, timing
from .model import Base
from .slots import chosen_by, fill
from .styles import STYLES, Style

_FORMATTER = string.Formatter()
_END_SLOTS = {"wend", "we12", "we12s", "we24", "wrange12", "mins"}
_TIMED_LABELS = {"confirmation", "reschedule", "cancellation"}
_HUMAN = {"recruiter", "recruiter_gm", "manager", "mobile", "agency", "agency_gm", "founder",
          "academic", "ngo"}  # fmt: skip
# A human's message that is not written as a reply may still be sent as one, quoting this.
_AUTO_QUOTE = {
    "invitation": "application",
    "acknowledgment": "application",
    "rejection": "checkin",
    "status_update": "checkin",
    "offer": "thanks",
}
_APOSTROPHE = chr(0x2019)
_EN_DASH = chr(0x2013)


@dataclass
class Rendered:
    """Everything mime.py needs to build the message, and the truth to record."""

    base: Base
    style: Style
    slots: dict[str, str]
    sent: datetime
    subject: str
    body: str  # logical lines (for HTML)
    plain_body: str  # as the text/plain part shows it
    sig: str
    footer: str
    quote_head: str
    quote: str
    quote_prefix: str
    mime: str
    start: datetime | None
    end: datetime | None
    truth: dict[str, str | None]
    refs: list[str]
    utc_ok: bool  # the Date header may be in UTC: no time is left to be read in its zone


@functools.lru_cache(maxsize=4096)
def names(template: str) -> frozenset[str]:
    """The slot names a template uses."""
    return frozenset(field for _, field, _, _ in _FORMATTER.parse(template) if field)


_REPLY_PREFIX = re.compile(r"^((re|aw|fwd?):\s*)+", re.IGNORECASE)
_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")


def smarten(text: str) -> str:
    """Typographic apostrophes and dashes, as rich-text editors produce them."""
    return _INNER_APOSTROPHE.sub(_APOSTROPHE, text).replace(" - ", f" {_EN_DASH} ")


def unwrap(text: str) -> str:
    """Join the hand-wrapped lines of a template (wrapped near 90 columns) into logical lines.

    A line continues the one before when that one ran to the wrap margin (72+ characters of
    template text); shorter lines ("Best,", "Status: Submitted") were ended on purpose.
    """
    paras = []
    for para in text.split("\n\n"):
        out: list[str] = []
        last_raw = ""
        for line in para.split("\n"):
            starts_item = line.startswith(("- ", "* ", "| "))
            continues = line.startswith("  ") and out and out[-1].startswith(("- ", "* "))
            if continues or (
                out
                and not starts_item
                and line.strip()
                and len(last_raw) >= 72
                and not out[-1].startswith("| ")
                and not out[-1].endswith(":")
            ):
                out[-1] = out[-1].rstrip() + " " + line.strip()
            else:
                out.append(line)
            last_raw = line
        paras.append("\n".join(out))
    return "\n\n".join(paras)


def wrap(text: str, width: int) -> str:
    """Re-wrap logical lines at ``width``, as plain-text mail clients do."""
    out = []
    for line in text.split("\n"):
        if line.startswith("| ") or len(line) <= width:
            out.append(line)
        elif line.startswith(("- ", "* ")):
            out.append(textwrap.fill(line, width, subsequent_indent="  ", break_on_hyphens=False))
        else:
            out.append(textwrap.fill(line, width, break_on_hyphens=False))
    return "\n".join(out)


def _quote_date(moment: datetime, kind: str) -> str:
    hour = moment.hour % 12 or 12
    mer = "AM" if moment.hour < 12 else "PM"
    if kind == "outlook":
        return f"{moment:%A, %B} {moment.day}, {moment.year} {hour}:{moment.minute:02d} {mer}"
    if kind == "apple":
        return f"{moment:%b} {moment.day}, {moment.year}, at {moment:%H:%M}"
    if kind == "german":
        return f"{moment:%d.%m.%Y} um {moment:%H:%M}"
    return f"{moment:%a, %b} {moment.day}, {moment.year} at {hour}:{moment.minute:02d} {mer}"


def _draw_times(
    base: Base, rng: random.Random, zone: str, person: bool
) -> tuple[datetime, datetime, datetime]:
    """(sent, interview start, earlier slot) with the constraints a base's wording needs."""
    lo, hi = base.days
    for _ in range(500):
        sent = timing.sent_at(rng, zone, person)
        if not timing.by_fits(base.by, sent.date()):
            continue
        offset = rng.randint(lo, hi)
        day = sent.date() + timedelta(days=offset)
        if lo == hi and day.weekday() >= 5:
            continue
        day = timing.workday_after(sent.date(), offset)
        if hi <= 6 and (day - sent.date()).days > 6:
            continue  # "on Tuesday" must mean the coming Tuesday
        hour = rng.choice(base.hours or timing.BUSINESS_HOURS)
        old = timing.at_hour(day, hour, zone)
        if old <= sent + timedelta(hours=2):
            continue
        new_day = timing.workday_after(day, rng.randint(1, 5))
        if hi <= 6 and (new_day - sent.date()).days > 6:
            continue
        new = timing.at_hour(new_day, rng.choice(base.hours or timing.BUSINESS_HOURS), zone)
        return sent, old, new
    raise RuntimeError(f"{base.gid}: no date fits its constraints")


def render(base: Base, k: int, seed: int) -> Rendered:
    rng = random.Random(f"{seed}:{base.gid}:{k}")  # noqa: S311 - a corpus, not a secret
    style = STYLES[base.style]
    loc, zone = timing.zone_for(base.locale, rng)
    templates = base.subject + "\n" + base.body + "\n" + base.quote
    used = set(names(templates))
    when_o = timing.WHEN[base.when].replace("{w", "{o")
    if "when" in used:
        used |= names(timing.WHEN[base.when])
    if "owhen" in used:
        used |= names(when_o)
    rescheduled = any(n.startswith("o") and n != "order" for n in used)
    thread = base.thread
    if not thread and style.tag in _HUMAN and base.label in _AUTO_QUOTE and rng.random() < 0.3:
        thread = _AUTO_QUOTE[base.label]  # the same words, sent as a reply in the thread
    sent, first_slot, second_slot = _draw_times(base, rng, zone, style.person or bool(thread))
    start = second_slot if rescheduled else first_slot
    slots = fill(
        rng,
        source=base.source,
        style=base.style,
        loc=loc,
        zone=zone,
        sent=sent,
        minutes=base.minutes,
    )
    slots.update(timing.pieces("w", start, base.minutes, loc, zone))
    slots.update(timing.pieces("o", first_slot, base.minutes, loc, zone))
    slots["when"] = timing.WHEN[base.when].format_map(slots)
    slots["owhen"] = when_o.format_map(slots)
    if base.frm:
        frm_name, frm_addr = parseaddr(base.frm.format_map(slots))
        slots["frm_name"], slots["frm_addr"] = frm_name, frm_addr

    subjects = base.subject.split(" || ")
    subject = subjects[k % len(subjects)].format_map(slots)
    if thread:
        subject = _REPLY_PREFIX.sub("", subject)  # the renderer adds the client's own prefix
    template = base.body.strip("\n")
    body = template.format_map(slots)
    logical = unwrap(template).format_map(slots)
    sig = rng.choice(furniture.SIGNATURES[style.sig]).format_map(slots)
    footer = rng.choice(furniture.FOOTERS[style.footer]).format_map(slots)
    if style.bulk:
        site = (slots.get("frm_addr") or style.addr.format_map(slots)).split("@")[-1]
        blocks = furniture.UNSUBSCRIBE if loc in ("de", "eu") else furniture.UNSUBSCRIBE[:3]
        footer = (footer + "\n\n" if footer else "") + rng.choice(blocks).format_map(
            {**slots, "sender_site": site}
        )
    casual = style.person and style.skin in ("gmail", "outlook", "basic")
    if style.tag == "mobile" or (casual and not thread and rng.random() < 0.06):
        sig = (sig + "\n\n" if sig else "") + rng.choice(furniture.MOBILE_TAILS)
    if style.smart and rng.random() < 0.7:
        body, logical, sig = smarten(body), smarten(logical), smarten(sig)
    shape = rng.random()
    if style.unwrap or not style.person:
        plain_body = logical if shape < 0.75 else wrap(logical, 76)
    else:
        plain_body = body if shape < 0.3 else wrap(logical, rng.choice((70, 72, 76)))

    quote_head = quote = prefix = ""
    refs: list[str] = []
    if thread:
        kind = rng.choice(style.quote)
        if loc == "de" and rng.random() < 0.6:
            kind = "german"
        from_sender = thread == "own_sender"
        text = (
            base.quote if thread.startswith("own") else rng.choice(furniture.STOCK_QUOTES[thread])
        )
        quote = text.strip("\n").format_map(slots)
        earlier = sent - timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
        sender_name = slots.get("frm_name") or style.display.format_map(slots)
        sender_addr = slots.get("frm_addr") or style.addr.format_map(slots)
        q = {
            "qdate": _quote_date(earlier, kind),
            "qname": sender_name if from_sender else slots["me"],
            "qaddr": sender_addr if from_sender else slots["me_addr"],
            "toname": slots["me"] if from_sender else sender_name,
            "toaddr": slots["me_addr"] if from_sender else sender_addr,
            "qsubject": subject,
        }
        if base.forward and from_sender:  # passing on someone else's message
            q.update(qname=slots["hname"], qaddr=slots["haddr"], toname=sender_name,
                     toaddr=sender_addr)  # fmt: skip
        if base.forward:
            quote_head = rng.choice(furniture.FORWARD_HEADERS).format_map(q)
            prefix = rng.choice(("Fwd: ", "FW: ", "Fw: "))
        else:
            heads = {
                "gmail": furniture.GMAIL_QUOTE,
                "apple": furniture.APPLE_QUOTE,
                "outlook": furniture.OUTLOOK_QUOTE,
                "german": furniture.GERMAN_QUOTE,
            }
            quote_head = heads[kind].format_map(q) + ("\n" if kind == "outlook" else "")
            prefix = {"outlook": "RE: ", "german": "AW: "}.get(kind, "Re: ")
            if kind != "outlook":
                quote = "\n".join("> " + line if line else ">" for line in quote.split("\n"))
        host = slots["me_addr"].split("@")[1]
        refs = [f"<{rng.getrandbits(64):016x}.{rng.randrange(1000)}@{host}>"]
        if rng.random() < 0.4:
            refs.insert(0, f"<{rng.getrandbits(48):012x}@{slots['cdomain']}>")
        subject = prefix + subject

    zone_named = bool(base.ics) or bool(used & {"wtz", "wtzg", "wtzl", "wzone", "when"})
    timed = base.label in _TIMED_LABELS and not base.vague
    states_time = bool(base.ics) or any(n.startswith("w") for n in used)
    states_end = bool(base.ics) or bool(used & _END_SLOTS)
    interview_start = start.isoformat() if timed and states_time else None
    interview_end = (
        (start + timedelta(minutes=base.minutes)).isoformat()
        if interview_start and states_end
        else None
    )
    reply_by = None
    if base.by:
        reply_by = timing.resolve_by(base.by, sent.date(), chosen_by(base.by, slots)).isoformat()
    work = base.label != "other"
    shown = "\n".join((subject, body, sig, footer, quote, style.display.format_map(slots)))
    company = None
    if work and slots["company"] in shown:
        company = slots["company"]
    elif work and base.source == "agency":
        company = slots["agency"]
    truth: dict[str, str | None] = {
        "interview_start": interview_start,
        "interview_end": interview_end,
        "reply_expected_by": reply_by,
        "company": company,
        "role": slots["role"] if work and slots["role"] in shown else None,
    }
    truth.update(base.truth)
    return Rendered(
        base=base,
        style=style,
        slots=slots,
        sent=sent,
        subject=subject,
        body=logical,
        plain_body=plain_body,
        sig=sig,
        footer=footer,
        quote_head=quote_head,
        quote=quote,
        quote_prefix=prefix,
        mime=rng.choice(style.mime),
        start=start if states_time else None,
        end=start + timedelta(minutes=base.minutes) if states_time else None,
        truth=truth,
        refs=refs,
        utc_ok=zone_named or not states_time,
    )
