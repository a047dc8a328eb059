"""What a person asks the user for: found by the shape of a sentence, named by its topic."""

from __future__ import annotations

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.asks import SOMETHING, what_they_ask

LEX = load_lexicon("en")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("What times work for you next week?", ("your availability",)),
        ("Could you confirm 2pm on Tuesday?", ("a confirmation",)),
        ("Please send over your portfolio when you can.", ("your CV or portfolio",)),
        ("Are you free for a quick call on Friday?", ("your availability", "a call")),
        ("Also, would you share two references?", ("references",)),
        ("What is your notice period?", ("details you have to provide",)),
        ("Do you have a preference for the team?", (SOMETHING,)),
        (
            "Let me know your salary expectations and a start date.",
            ("details you have to provide",),
        ),
    ],
)
def test_a_question_or_a_polite_request_is_an_ask(text: str, asks: tuple[str, ...]) -> None:
    assert what_they_ask(f"Hi Sam,\n\n{text}\n\nBest,\nDana", LEX) == asks


@pytest.mark.parametrize(
    "text",
    [
        "If you have any questions, please let us know.",
        "Please do not reply to this email.",
        "Please find attached the agenda for Tuesday.",
        "Feel free to reach out if anything comes up.",
        "Thank you for your time yesterday.",
        "We will be in touch next week.",
        "Good luck with your search!",
        "Questions? Reply to this email.",
    ],
)
def test_offers_of_help_and_statements_ask_nothing(text: str) -> None:
    assert what_they_ask(text, LEX) == ()


def test_at_most_four_topics_and_the_vague_one_only_alone() -> None:
    text = (
        "Could you send your CV? Are you free Monday? Can you confirm the role? "
        "Would you share references? What is your notice period? Do you like dogs?"
    )
    found = what_they_ask(text, LEX)
    assert len(found) == 4 and SOMETHING not in found
