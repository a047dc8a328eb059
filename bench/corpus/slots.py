"""Filling a base's slots for one rendering: who, where, which role, and every date piece."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta

from . import pools
from .timing import day_pieces, workday_after

PLATFORMS = (
    ("Codetrial", "codetrial.example"),
    ("Skillgauge", "skillgauge.example"),
    ("Benchline Assessments", "benchline.example"),
    ("Quizcraft Assess", "quizcraft.example"),
)
TOOLS = (
    ("Slotwise", "slotwise.example"),
    ("Meetmoor", "meetmoor.example"),
    ("Calendrop", "calendrop.example"),
    ("Timepane", "timepane.example"),
)
MANAGER_TITLES = (
    "Engineering Manager",
    "Head of Product",
    "Director of Analytics",
    "Team Lead, Platform",
    "VP Marketing",
    "Operations Director",
    "Principal Investigator",
    "Service Manager",
)
PERSONAL_DOMAINS = ("mailbox.example", "post.example", "inbox.example", "postbox.example")

_ORG_POOL = {
    "smallco": pools.SMALLCOS,
    "university": pools.UNIVERSITIES,
    "public": pools.PUBLIC,
    "health": pools.HEALTH,
    "ngo": pools.NGOS,
}
_ROLE_FAMILY = {"university": "academic", "public": "public", "health": "health", "ngo": "ngo"}


def _clean(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _phone(rng: random.Random, loc: str) -> str:
    tail = rng.randrange(100, 199)
    if loc in ("us", "ca"):
        return f"({rng.choice(('312', '512', '617', '206', '416', '604'))}) 555-0{tail}"
    if loc == "uk":
        return f"+44 20 7946 0{tail}"
    if loc == "au":
        return f"+61 2 5550 1{tail}"
    return f"+49 30 5550 {tail}{rng.randrange(10)}"


def _ref(rng: random.Random, source: str, style: str, year: int) -> str:
    if source == "public":
        return f"{rng.choice(('DRT', 'CMB', 'HR', 'OSS'))}/{year}/{rng.randrange(100, 999)}"
    if source == "university":
        return f"{rng.choice(('AC', 'RS', 'REQ'))}{rng.randrange(10000, 99999)}"
    if style == "workday":
        return f"JR{rng.randrange(1000000, 9999999)}"
    if style in ("taleo", "sf", "icims"):
        return f"{rng.randrange(10000, 99999)}BR"
    return f"R-{rng.randrange(100000, 999999)}"


def _money(rng: random.Random, loc: str) -> tuple[str, str]:
    if loc in ("us", "ca"):
        return "$", f"${rng.randrange(78, 185) * 1000:,}"
    if loc in ("uk", "au"):
        return chr(163), f"{chr(163)}{rng.randrange(42, 95) * 1000:,}"
    amount = f"{rng.randrange(48, 110) * 1000:,}".replace(",", ".")
    return "EUR", f"EUR {amount}"


def fill(
    rng: random.Random,
    *,
    source: str,
    style: str,
    loc: str,
    zone: str,
    sent: datetime,
    minutes: int,
) -> dict[str, str]:
    """Every slot except the interview pieces (timing.pieces adds those)."""
    me, me_addr = rng.choice(pools.APPLICANTS)
    name, stem = rng.choice(_ORG_POOL.get(source, pools.COMPANIES))
    cdomain = f"{stem}.example"
    slug = _clean(stem.split(".")[0])
    agency, astem = rng.choice(pools.AGENCIES)
    roles = pools.ROLES[_ROLE_FAMILY.get(source, "corp")]
    first, last = rng.choice(pools.FIRST), rng.choice(pools.LAST)
    hfirst, hlast = rng.choice(pools.FIRST), rng.choice(pools.LAST)
    ifirst, ilast = rng.choice(pools.FIRST), rng.choice(pools.LAST)
    ffirst, flast = rng.choice(pools.FIRST), rng.choice(pools.LAST)
    local = rng.choice((f"{_clean(first)}.{_clean(last)}", f"{_clean(first)[0]}{_clean(last)}",
                        _clean(first)))  # fmt: skip
    shop, shopstem = rng.choice(pools.SHOPS)
    bank, bankstem = rng.choice(pools.BANKS)
    board, boardstem = rng.choice(pools.BOARDS)
    platform, platdom = rng.choice(PLATFORMS)
    tool, tooldom = rng.choice(TOOLS)
    cur, salary = _money(rng, "us" if loc == "ca" else loc)
    cur_prefix = "EUR " if cur == "EUR" else cur
    today = sent.date()
    by_day = workday_after(today, rng.randint(2, 6))
    while (by_day - today).days > 6:
        by_day = workday_after(today, rng.randint(2, 4))
    by_date = workday_after(today, rng.randint(6, 20))
    dl_day = workday_after(today, rng.randint(3, 8))
    start_day = today + timedelta(days=rng.randint(21, 56))
    start_day += timedelta(days=(7 - start_day.weekday()) % 7)
    token = f"{rng.getrandbits(64):016x}"
    slots = {
        "me": me,
        "first": me.split()[0],
        "last": me.split()[-1],
        "me_addr": me_addr,
        "company": name,
        "cdomain": cdomain,
        "slug": slug,
        "agency": agency,
        "adomain": f"{astem}.example",
        "role": rng.choice(roles),
        "role2": rng.choice(pools.ROLES["corp"]),
        "role3": rng.choice(pools.ROLES["corp"]),
        "company2": rng.choice(pools.COMPANIES)[0],
        "company3": rng.choice(pools.COMPANIES)[0],
        "city": rng.choice(pools.CITIES[zone]),
        "rname": f"{first} {last}",
        "rfirst": first,
        "rlast": last,
        "rslug": _clean(first + last),
        "rtitle": rng.choice(pools.RECRUITER_TITLES),
        "raddr": f"{local}@{cdomain}",
        "raddr_agency": f"{_clean(first)}.{_clean(last)}@{astem}.example",
        "rphone": _phone(rng, loc),
        "hname": f"{hfirst} {hlast}",
        "hfirst": hfirst,
        "htitle": rng.choice(MANAGER_TITLES),
        "haddr": f"{_clean(hfirst)}.{_clean(hlast)}@{cdomain}",
        "iname": f"{ifirst} {ilast}",
        "ifirst": ifirst,
        "fname": ffirst,
        "fname2": rng.choice(pools.FIRST),
        "flast": flast,
        "faddr": f"{_clean(ffirst)}{rng.randrange(10, 99)}@{rng.choice(PERSONAL_DOMAINS)}",
        "shop": shop,
        "shopdom": f"{shopstem}.example",
        "bank": bank,
        "bankdom": f"{bankstem}.example",
        "board": board,
        "boarddom": f"{boardstem}.example",
        "platform": platform,
        "platdom": platdom,
        "tool": tool,
        "tooldom": tooldom,
        "ref": _ref(rng, source, style, sent.year),
        "jobid": str(rng.randrange(1000000, 9999999)),
        "token": token,
        "link": f"https://careers.{cdomain}/candidate/{token[:10]}",
        "code": f"{rng.randrange(1000000):06d}",
        "order": f"{rng.randrange(100, 999)}-{rng.randrange(1000000, 9999999)}",
        "amount": f"{cur_prefix}{rng.randrange(5, 400)}.{rng.randrange(100):02d}",
        "card4": str(rng.randrange(1000, 9999)),
        "cur": cur,
        "salary": salary,
        "njobs": str(rng.randint(4, 31)),
        "mins": str(minutes),
        "year": str(sent.year),
        "deg": chr(176),
    }
    slots.update(day_pieces("by", by_day, loc))
    slots.update({"bd" + k[2:]: v for k, v in day_pieces("by", by_date, loc).items()})
    slots.update(day_pieces("dl", dl_day, loc))
    slots.update(day_pieces("st", start_day, loc))
    slots["_by_day"] = by_day.isoformat()
    slots["_by_date"] = by_date.isoformat()
    return slots


def chosen_by(kind: str | None, slots: dict[str, str]) -> date:
    """The drawn date behind a "weekday" or "date" promise."""
    return date.fromisoformat(slots["_by_date" if kind == "date" else "_by_day"])
