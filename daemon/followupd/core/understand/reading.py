"""What classification read from one message before deciding: its features and facts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from followupd.core.understand.cues import Scores
from followupd.core.understand.people import People
from followupd.model import Label


@dataclass(frozen=True, slots=True)
class Reading:
    """The cues (with their hand-set weights), the features for the learned model and how
    the evidence names each, and the facts rules act on (automatic reply, bulk, language)."""

    features: Mapping[str, float]
    described: Mapping[str, str]
    scores: Scores
    auto: str | None
    bulk: tuple[str, ...]
    has_invite: bool
    ats: str | None
    language: str | None
    language_why: str
    reads_language: bool  # the language is the lexicon's own, or could not be told
    contested: tuple[Label, ...]  # labels of different outcomes with strong cues each
    people: People
    own: str
    asks: tuple[str, ...] | None = None  # what the sender asks for (None: not looked for)
