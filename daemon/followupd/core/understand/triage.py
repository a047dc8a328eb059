"""Which messages deserve a full body fetch, decided from the header-only Envelope.

Liberal on recall (the classifier is the precise step later) yet cheap enough that a large
mailbox does not have every body fetched: strong signals (a known thread, a calendar part,
an applicant-tracking sender) always win; bulk mail needs one of them; otherwise recruiting
vocabulary in the subject or a display name decides.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from followupd.model import Address, Envelope, FolderRole

# Applicant tracking systems and their mail domains; subdomains match too
# (acme.myworkdayjobs.com, us.greenhouse-mail.io).
ATS_DOMAINS: frozenset[str] = frozenset(
    {
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com",
        "myworkdayjobs.com", "workday.com", "ashbyhq.com", "ashby.io", "smartrecruiters.com",
        "icims.com", "jobvite.com", "bamboohr.com", "taleo.net", "teamtailor.com",
        "teamtailor-mail.com", "personio.de", "personio.com", "recruitee.com", "workable.com",
        "workablemail.com", "breezy.hr", "jazzhr.com", "applytojob.com", "jazz.co",
        "successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu", "pinpointhq.com",
        "comeet.co", "comeet.com", "jobylon.com", "homerun.co", "freshteam.com",
        "zohorecruit.com", "avature.net", "recruiterbox.com", "hireology.com", "paradox.ai",
        "goodtime.io", "modernloop.io", "gem.com", "dover.com", "rippling-ats.com",
        "hire.google.com", "oraclecloud.com", "ultipro.com", "paylocity.com", "dayforcehcm.com",
    }
)  # fmt: skip

# Words and phrases that make a subject or display name worth a look (matched as whole
# words, case-insensitive). Regular-expression fragments: plurals and tenses in one entry.
RECRUITING_TERMS: tuple[str, ...] = (
    r"interview(?:s|ed|ing)?",
    r"(?:your )?application(?:s)?",
    r"applied",
    r"applying",
    r"candidacy",
    r"candidate(?:s)?",
    r"position(?:s)?",
    r"role(?:s)?",
    r"opportunit(?:y|ies)",
    r"offer(?:s)?",
    r"recruiter(?:s)?",
    r"recruiting",
    r"recruitment",
    r"talent",
    r"hiring",
    r"next steps?",
    r"phone screen(?:ing)?",
    r"screening call",
    r"on-?site",
    r"assessment(?:s)?",
    r"take-?home",
    r"coding (?:challenge|exercise|test)",
    r"technical (?:test|exercise|challenge)",
    r"vacanc(?:y|ies)",
    r"job offer",
    r"resume",
    r"r\u00e9sum\u00e9",
    r"cv",
    r"hiring manager",
    r"career(?:s)?",
    r"bewerbung",
    r"vorstellungsgespr\u00e4ch",
    r"candidature",
    r"entretien",
    # how human recruiters open or continue a conversation
    r"let'?s chat",
    r"chat about",
    r"following up",
    r"follow(?:ing)?-?up on",
    r"thank(?:s| you) from",
    r"great news",
    r"(?:an |quick )?update (?:on|from|regarding)",
    r"quick update",
    r"your interest",
    r"touch(?:ing)? base",
)

# Job titles: a subject naming one is about a job far more often than not.
JOB_TITLE_TERMS: tuple[str, ...] = (
    r"engineer(?:s|ing)?",
    r"developer",
    r"designer",
    r"analyst",
    r"scientist",
    r"manager",
    r"director",
    r"coordinator",
    r"specialist",
    r"consultant",
    r"architect",
    r"intern(?:ship)?",
    r"representative",
    r"account executive",
    r"administrator",
    r"accountant",
    r"researcher",
    r"technician",
)

# Job-board and newsletter subjects: these are ads for jobs, not an application.
JOB_ALERT_PHRASES: tuple[str, ...] = (
    "jobs you may like",
    "jobs you might like",
    "new jobs for you",
    "new jobs for",
    "jobs for you",
    "job alert",
    "job alerts",
    "jobs alert",
    "recommended jobs",
    "recommended for you",
    "job recommendations",
    "jobs matching",
    "jobs near you",
    "similar jobs",
    "top job picks",
    "jobs in your area",
    "weekly digest",
    "newsletter",
)

BULK_PRECEDENCE: frozenset[str] = frozenset({"bulk", "list", "junk"})

_TERMS = re.compile(
    r"\b(" + "|".join((*RECRUITING_TERMS, *JOB_TITLE_TERMS)) + r")\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Triage:
    """Whether to fetch the body, and a human-readable reason ("subject: interview")."""

    needed: bool
    reason: str


def body_needed(
    env: Envelope, *, known_ids: Container[str], own_addresses: Container[str]
) -> Triage:
    """Decide from headers alone whether the full message can matter to followupd.

    `own_addresses` holds the user's lower-cased addresses; `known_ids` the message ids of
    stored messages and everything they reference.
    """
    if env.followupd_action is not None:
        return Triage(False, "own-draft")
    if _in_known_thread(env, known_ids):
        return Triage(True, "known-thread")
    if env.has_calendar:
        return Triage(True, "calendar")
    sent = env.role is FolderRole.SENT
    counterparts = (*env.to, *env.cc) if sent else (*env.from_, *env.reply_to)
    ats = _ats_domain(counterparts)
    if ats is not None:
        return Triage(True, f"ats-sender {ats}" if not sent else f"ats-recipient {ats}")
    if is_bulk(env):
        return Triage(False, "bulk-no-strong-signal")
    if sent and not any(a.email not in own_addresses for a in (*env.to, *env.cc)):
        return Triage(False, "sent-only-to-self")
    # Only inbound: a user's reply quoting an alert's subject may start a real thread.
    alert = None if sent else _job_alert(env.subject)
    if alert is not None:
        return Triage(False, f"job-alert: {alert}")
    return _vocabulary(env.subject, counterparts, sent=sent)


def is_bulk(env: Envelope) -> bool:
    """Mailing lists and bulk senders: List-Id, List-Unsubscribe (RFC 2919, 2369), Precedence."""
    return (
        env.list_id is not None
        or env.list_unsubscribe
        or (env.precedence or "").lower() in BULK_PRECEDENCE
    )


def _in_known_thread(env: Envelope, known_ids: Container[str]) -> bool:
    ids = (env.message_id, env.in_reply_to, *env.references)
    return any(i is not None and i in known_ids for i in ids)


def _ats_domain(addresses: Iterable[Address]) -> str | None:
    """The ATS domain one of `addresses` belongs to (exactly or as a subdomain), if any."""
    for address in addresses:
        labels = address.domain.split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            if candidate in ATS_DOMAINS:
                return candidate
    return None


def _job_alert(subject: str) -> str | None:
    lowered = subject.lower()
    return next((phrase for phrase in JOB_ALERT_PHRASES if phrase in lowered), None)


def _vocabulary(subject: str, counterparts: Iterable[Address], *, sent: bool) -> Triage:
    """Needed when the subject or a counterpart's display name uses recruiting words."""
    found = _TERMS.search(subject)
    if found:
        return Triage(True, f"subject: {found.group(1).lower()}")
    for address in counterparts:
        found = _TERMS.search(address.name)
        if found:
            who = "recipient-name" if sent else "sender-name"
            return Triage(True, f"{who}: {found.group(1).lower()}")
    return Triage(False, "sent-no-signal" if sent else "no-signal")
