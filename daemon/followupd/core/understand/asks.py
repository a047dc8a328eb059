"""What a person asks the user for: a question to them, or a request that opens politely.

Found by the shape of a sentence (a question addressed to the user, a polite imperative at
its start), not by its topic; the topic words only name what was asked ("your availability",
"a call"), so the draft and the log can say it without quoting the sender.
"""

from __future__ import annotations

import re

from followupd.core.understand.lexicon import Lexicon

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_OPENER_REACH = 40  # an opener counts near the start of a sentence ("Also, could you ...")
_MAX_ASKS = 4
SOMETHING = "an answer to a question"


def what_they_ask(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The topics the sender asks the user about in `text` (their own words); empty if none."""
    found: list[str] = []
    for raw in _SENTENCE.split(text):
        sentence = " ".join(raw.split())
        lowered = sentence.lower().replace("\u2019", "'")
        if len(lowered) < 8 or lexicon.asks_not.search(lowered):
            continue
        question = lowered.endswith("?") and lexicon.asks_addressed.search(lowered)
        opener = lexicon.asks_openers.search(lowered[:_OPENER_REACH])
        if not (question or opener):
            continue
        topics = [name for name, pattern in lexicon.asks_topics if pattern.search(lowered)]
        found.extend(topics or [SOMETHING])
    unique = list(dict.fromkeys(found))
    if len(unique) > 1 and SOMETHING in unique:
        unique.remove(SOMETHING)
    return tuple(unique[:_MAX_ASKS])
