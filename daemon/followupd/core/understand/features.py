"""The words a message is read by: single words and word pairs of the sender's own text and
the words of its subject, as feature names for the learned model.

Names, companies and job titles say nothing about what happens to an application, so a
capitalised word inside a sentence is read as "<cap>" (the sentence and line starts keep
their words: "Unfortunately" is a word, "Pemberton" a name); numbers are "<n>", links and
addresses "<url>"; words are cut to a crude stem ("scheduled" and "scheduling" are "schedul").
Word pairs stop at sentence ends, and a negation marks the few words after it in its clause
("not ~select"). Every feature counts once per message.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from followupd.core.understand.lexicon import Lexicon

_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+|[.!?;]+|\n")
_BOUNDARY = frozenset(".!?;")
_CAP = "<cap>"
_NUMBER = "<n>"
_URL = "<url>"
_MAX_TOKENS = 600
# A negation colours the next few words of its clause: "not ~select", "no ~longer ~consid".
_NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "cannot", "unabl", "unfortunat"})
_NEGATION_REACH = 4
_CLAUSE_BREAKS = frozenset({"but", "however", "although", "and", "so"})
_TIME = re.compile(
    r"\b\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b|\b\d{1,2}h\d\d\b"
)
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri)\b\.?)"
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTHS}"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d\d-\d\d\b"
)


_SUFFIXES = ("ations", "ation", "ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem, enough to make "scheduled", "schedules" and "scheduling" one
    word: a common suffix off, then a final e, a final y as i, a doubled last letter once."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ly" else 3):
            word = word[: -len(suffix)] + ("i" if suffix in ("ied", "ies") else "")
            break
    if len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    elif len(word) > 3 and word[-1] == "y":
        word = word[:-1] + "i"
    if len(word) > 4 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(token: str, lexicon: Lexicon) -> list[str]:
    """A lower-cased token with its contraction expanded ("won't" -> "will", "not")."""
    if "'" in token:
        for short, full in lexicon.contractions:
            if short in token:
                token = token.replace(short, full)
        return [w for w in token.replace("'", " ").split() if w]
    return [token]


def tokens(text: str, lexicon: Lexicon, *, mask_names: bool = True) -> list[str | None]:
    """Tokens of `text` with None at each sentence end (word pairs never cross one)."""
    text = _LINK.sub(f" {_URL} ", _fold(text))
    out: list[str | None] = []
    at_start = True
    for match in _TOKEN.finditer(text[:20000]):
        raw = match.group(0)
        if raw == "\n":
            at_start = True
            continue
        if raw[0] in _BOUNDARY:
            out.append(None)
            at_start = True
            continue
        if raw.isdigit():
            out.append(_NUMBER)
        elif raw == "url" and match.start() > 0 and text[match.start() - 1] == "<":
            out.append(_URL)
        elif mask_names and not at_start and raw[0].isupper() and not raw.isupper():
            out.append(_CAP)
        elif "'" in raw:
            out.extend(stem(w) for w in _words(raw.lower(), lexicon))
        else:
            out.append(stem(raw.lower()))
        at_start = False
        if len(out) >= _MAX_TOKENS:
            break
    return out


def word_features(text: str, subject: str, summary: str, lexicon: Lexicon) -> dict[str, float]:
    """Feature values (1.0: present) of the own text's words and word pairs, the subject's
    words and the calendar event's title. Words within a few of a negation in the same
    clause are marked "~" ("not ~select"), so "selected" and "not selected" differ."""
    found: set[str] = set()
    previous: str | None = None
    negated = 0
    for raw in tokens(text, lexicon):
        if raw is None:
            previous, negated = None, 0
            continue
        token = raw
        if raw in _CLAUSE_BREAKS:
            negated = 0
        elif negated:
            negated -= 1
            token = f"~{raw}"
        elif raw in _NEGATIONS:
            negated = _NEGATION_REACH
        if token != _CAP:
            found.add(f"w:{token}")
        if previous is not None and not (previous == _CAP and token == _CAP):
            found.add(f"w2:{previous} {token}")
        previous = token
    features = dict.fromkeys(found, 1.0)
    for prefix, line in (("s", subject), ("c", summary)):
        for word in tokens(line, lexicon, mask_names=False):
            if word is not None:
                features[f"{prefix}:{word}"] = 1.0
    return features


def time_features(normalised: str) -> list[str]:
    """Which concrete parts of a time the text names: a clock time, a weekday, a date."""
    found = []
    if _TIME.search(normalised):
        found.append("time:clock")
    if _WEEKDAY.search(normalised):
        found.append("time:weekday")
    if _DATE.search(normalised):
        found.append("time:date")
    return found


_KINDS = {"w": "word", "w2": "words", "s": "subject word", "c": "calendar title word"}


def describe(name: str) -> str:
    """How the evidence names a word feature ("word 'unfortunat'")."""
    kind, _, words = name.partition(":")
    return f"{_KINDS.get(kind, kind)} '{words}'"
