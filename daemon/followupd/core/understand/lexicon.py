"""The language data the classifier reads, as a frozen value built from a plain mapping.

Everything language-specific (phrases and their weights, negations, hedges, sign-offs, quote
headers, known senders) lives in a data file per language; this module only turns that
mapping into compiled patterns. Another language is another data file, not new code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from followupd.core.senders import SenderDirectory
from followupd.core.understand.linear import LinearModel
from followupd.core.understand.subjects import FORWARD_PREFIX, REPLY_PREFIX
from followupd.model import Label

# Placeholders a pattern may use for the parts it captures (case-sensitive on purpose:
# names and job titles are capitalised, the words around them usually are not).
_WORD = r"[A-Z][\w&'-]*(?:\.[A-Za-z0-9][\w&'-]*)*"  # dots only inside: "Acme.io", not "Acme."
_TITLE_WORD = r"[A-Z0-9][\w/&+#'-]*(?:\.[A-Za-z0-9][\w/&+#'-]*)*"
# Connectors only between words: "Quarry & Co and for ..." is "Quarry & Co", never "... and".
_NAME = rf"{_WORD}(?: (?:(?:&|and|of|de|du|von|van) )?{_WORD}){{0,4}}"
_TITLE = rf"{_TITLE_WORD}(?:,? (?:(?:of|and|for|in|&|-|\u2013|\u2014) )?{_TITLE_WORD}){{0,7}}"
# Up to six words of a job title in normalised (lower-case) cue text: "offer you the senior
# backend engineer position". Never "to" or a word that makes it an invitation ("the chance
# to discuss the position").
_ROLE_GAP = r"(?:(?!(?:to|chance|opportunity|invitation|interview|call)\b)[a-z0-9/&+#.'-]+ ){0,6}"
_PLACEHOLDERS = {"{NAME}": _NAME, "{TITLE}": _TITLE, "{ROLE_GAP}": _ROLE_GAP}
_QUANTIFIERS = frozenset("?*{+")


@dataclass(frozen=True, slots=True)
class Cue:
    """One weighted pattern: matching it is evidence for `label` worth `weight`."""

    label: Label
    weight: float
    source: str
    pattern: re.Pattern[str]
    anchor: str  # a literal every match contains; "" when none could be derived
    key: str = ""  # the cue's feature name for the learned model: label and pattern digest


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled vocabulary of one language for classification, quoting and people."""

    lang: str
    contractions: tuple[tuple[str, str], ...]
    phrases: tuple[Cue, ...]
    subjects: tuple[Cue, ...]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    hedge_labels: frozenset[Label]
    clause_break: re.Pattern[str]
    context: re.Pattern[str]
    answers_user: re.Pattern[str]
    asks_confirmation: re.Pattern[str]
    asks_addressed: re.Pattern[str]
    asks_openers: re.Pattern[str]
    asks_not: re.Pattern[str]
    asks_topics: tuple[tuple[str, re.Pattern[str]], ...]
    auto_reply_subject: re.Pattern[str]
    auto_reply_body: re.Pattern[str]
    bulk_body: re.Pattern[str]
    reply_prefix: re.Pattern[str]
    forward_prefix: re.Pattern[str]
    forward_marker: re.Pattern[str]
    reply_header: re.Pattern[str]
    header_block_start: re.Pattern[str]
    header_block_field: re.Pattern[str]
    signoff: re.Pattern[str]
    signature_noise: re.Pattern[str]
    senders: SenderDirectory
    ats_domains: tuple[str, ...]
    job_board_domains: tuple[str, ...]
    bulk_domains: tuple[str, ...]
    mail_providers: frozenset[str]
    scheduling_links: tuple[str, ...]
    no_reply: re.Pattern[str]
    team_words: re.Pattern[str]
    unattended: re.Pattern[str]
    recruiter_titles: re.Pattern[str]
    role_words: re.Pattern[str]
    title_words: re.Pattern[str]
    role_noise: re.Pattern[str]
    legal_suffix: re.Pattern[str]
    leading_article: re.Pattern[str]
    org_words: re.Pattern[str]
    not_a_name: frozenset[str]
    dangling: re.Pattern[str]
    title_joiners: frozenset[str]
    company_subject: tuple[re.Pattern[str], ...]
    company_body: tuple[re.Pattern[str], ...]
    role_text: tuple[re.Pattern[str], ...]
    meeting_with: tuple[re.Pattern[str], ...]
    weights: Mapping[str, float]
    # The learned weights for this language (data/model/<lang>.json); None: the hand-set
    # weights above decide alone.
    model: LinearModel | None = None


def literal_anchor(source: str) -> str:
    """The longest literal run at nesting depth 0 that every match of `source` contains."""
    runs: list[str] = []
    current: list[str] = []
    depth = 0
    i = 0
    alternation_at_top = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            runs.append("".join(current))
            current = []
            i += 2
            continue
        if ch == "{":
            if depth == 0 and current:
                current.pop()
            runs.append("".join(current))
            current = []
            i = source.find("}", i) + 1 or len(source)
            continue
        if ch in "([":
            if ch == "[":
                i = _skip_class(source, i)
                runs.append("".join(current))
                current = []
                continue
            depth += 1
            runs.append("".join(current))
            current = []
        elif ch == ")":
            depth -= 1
            if i + 1 < len(source) and source[i + 1] in "?*+":
                i += 1
            elif i + 1 < len(source) and source[i + 1] == "{":
                i = source.find("}", i)
        elif depth == 0 and ch == "|":
            alternation_at_top = True
        elif depth == 0 and ch in _QUANTIFIERS:
            if current:
                current.pop()
            runs.append("".join(current))
            current = []
        elif depth == 0 and ch not in ".^$":
            current.append(ch)
        elif depth == 0:
            runs.append("".join(current))
            current = []
        i += 1
    runs.append("".join(current))
    if alternation_at_top:
        return ""
    best = max((run.strip() for run in runs), key=len, default="")
    return best if len(best) >= 3 else ""


def _skip_class(source: str, i: int) -> int:
    """Index just past the character class starting at `source[i] == '['`."""
    j = i + 1
    if j < len(source) and source[j] == "]":
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    j += 1
    if j < len(source) and source[j] in "?*+":
        j += 1
    return j


def _expand(source: str) -> str:
    """Replace the {NAME}/{TITLE}/{ROLE_GAP} placeholders with their patterns."""
    for key, value in _PLACEHOLDERS.items():
        source = source.replace(key, value)
    return source


def _words(items: Any, *, boundary: bool = True) -> re.Pattern[str]:
    """One alternation of the given phrases (regex syntax allowed), case-insensitive."""
    parts = [str(item) for item in items]
    if not parts:
        return re.compile(r"(?!x)x")
    body = "|".join(f"(?:{part})" for part in parts)
    return re.compile(rf"\b(?:{body})\b" if boundary else f"(?:{body})", re.IGNORECASE)


def _cues(table: Mapping[str, Any], *, flags: int = 0) -> tuple[Cue, ...]:
    """Cues from {label: {pattern: weight}}; patterns are matched on lower-cased text."""
    cues: list[Cue] = []
    for label_name, patterns in table.items():
        label = Label(label_name)
        for source, weight in patterns.items():
            # Lookarounds, not \b: a cue may end in punctuation ("offer -", "confirmed:").
            compiled = re.compile(rf"(?<!\w)(?:{_expand(source)})(?!\w)", flags)
            anchor = literal_anchor(source).lower()
            key = f"{label.value}:{cue_digest(source)}"
            cues.append(Cue(label, float(weight), source, compiled, anchor, key))
    return tuple(cues)


def cue_digest(source: str) -> str:
    """A short stable name for a cue's pattern: the model's weights follow the pattern, so an
    edited pattern is a new feature until the model is trained again."""
    return hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]


def _patterns(items: Any) -> tuple[re.Pattern[str], ...]:
    """Case-sensitive patterns with placeholders (names and titles keep their case)."""
    return tuple(re.compile(_expand(str(item))) for item in items)


def lexicon_from_mapping(
    data: Mapping[str, Any], senders: SenderDirectory, model: LinearModel | None = None
) -> Lexicon:
    """Build a Lexicon from the parsed data file and the sender directory (which is the same
    for every language), with the language's learned model if there is one; KeyError or
    ValueError on a malformed file."""
    quoting = data["quoting"]
    people = data["people"]
    hedging = data["hedging"]
    return Lexicon(
        lang=str(data["lang"]),
        contractions=tuple((str(k).lower(), str(v)) for k, v in data["contractions"].items()),
        phrases=_cues(data["phrases"]),
        subjects=_cues(data["subjects"]),
        negation=_words(data["negation"]["cues"]),
        hedge=_words(hedging["cues"]),
        hedge_labels=frozenset(Label(name) for name in hedging["labels"]),
        clause_break=_words(data["negation"]["clause_breaks"], boundary=False),
        context=_words(data["context"]["recruiting"]),
        answers_user=_words(data["context"]["answers_user"]),
        asks_confirmation=_words(data["confirmation"]["asks"]),
        asks_addressed=_words(data["asks"]["addressed"]),
        asks_openers=_words(data["asks"]["openers"]),
        asks_not=_words(data["asks"]["not_asking"], boundary=False),
        asks_topics=tuple(
            (str(name), _words(patterns, boundary=False))
            for name, patterns in data["asks"]["topics"].items()
        ),
        auto_reply_subject=_words(data["auto_reply"]["subjects"]),
        auto_reply_body=_words(data["auto_reply"]["body"]),
        bulk_body=_words(data["bulk"]["body"]),
        reply_prefix=REPLY_PREFIX,
        forward_prefix=FORWARD_PREFIX,
        forward_marker=_words(quoting["forward_markers"], boundary=False),
        reply_header=_words(quoting["reply_headers"], boundary=False),
        header_block_start=_words(quoting["header_block_start"], boundary=False),
        header_block_field=_words(quoting["header_block_fields"], boundary=False),
        signoff=_words(quoting["signoffs"], boundary=False),
        signature_noise=_words(quoting["signature_noise"], boundary=False),
        senders=senders,
        ats_domains=senders.ats + senders.assessments,
        job_board_domains=senders.job_boards,
        bulk_domains=senders.bulk,
        mail_providers=senders.mail_providers,
        scheduling_links=senders.scheduling_links,
        no_reply=senders.no_reply,
        team_words=_words(people["team_words"]),
        unattended=_words(people["unattended"]),
        recruiter_titles=_words(people["recruiter_titles"]),
        role_words=_words(people["role_words"]),
        leading_article=re.compile(
            r"^(?:" + "|".join(people["leading_articles"]) + r")\s+", re.IGNORECASE
        ),
        title_words=_words(people["title_words"]),
        org_words=_words(people["org_words"]),
        not_a_name=frozenset(str(people["not_a_name"]).split()),
        dangling=re.compile(r"(?:\s+(?:" + "|".join(people["dangling"]) + r"))+$", re.I),
        title_joiners=frozenset(str(w) for w in people["title_joiners"]),
        role_noise=_words(people["role_noise"], boundary=False),
        legal_suffix=re.compile(
            r"(?:,?\s+(?:" + "|".join(people["legal_suffixes"]) + r"))+\s*$", re.IGNORECASE
        ),
        company_subject=_patterns(people["company_subject"]),
        company_body=_patterns(people["company_body"]),
        role_text=_patterns(people["role_text"]),
        meeting_with=_patterns(people["meeting_with"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        model=model,
    )
