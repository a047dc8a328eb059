"""Mail in a language followupd does not read is named, not silently dropped."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.classify import classify
from followupd.core.understand.language import detect_language
from followupd.model import Address, FolderRole, Label, Message

LEX = load_lexicon("en")
MIN_CONFIDENCE = 0.75  # the default drafting threshold


def msg(text: str, subject: str) -> Message:
    return Message(
        location=None,
        role=FolderRole.INBOX,
        message_id="<l1@talvik.example>",
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(Address("Jana Vogt", "jana.vogt@talvik.example"),),
        to=(Address("Sam", "sam@mail.example"),),
        cc=(),
        reply_to=(),
        date=datetime(2025, 11, 3, 10, 0, tzinfo=UTC),
        text=text,
    )


# Written for this test: an invitation in each language, as an employer might phrase it.
FOREIGN = [
    (
        "de",
        "Einladung zum Gespräch",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne kennenlernen und "
        "laden Sie zu einem Gespräch ein. Bitte nennen Sie uns ein paar Termine, die Ihnen "
        "in der nächsten Woche passen.\n\nViele Grüße\nJana",
    ),
    (
        "es",
        "Entrevista",
        "Hola Sam,\n\ngracias por tu candidatura. Nos gustaría conocerte en una entrevista por "
        "videollamada. ¿Podrías indicarnos tu disponibilidad para la próxima semana?\n\n"
        "Un saludo,\nJana",
    ),
    (
        "fr",
        "Votre candidature",
        "Bonjour Sam,\n\nnous vous remercions pour votre candidature et souhaitons vous "
        "rencontrer pour un entretien. Pourriez-vous nous indiquer vos disponibilités pour la "
        "semaine prochaine ?\n\nCordialement,\nJana",
    ),
    (
        "nl",
        "Kennismaking",
        "Hoi Sam,\n\nbedankt voor je sollicitatie. We willen graag met je kennismaken in een "
        "gesprek. Wanneer heb je volgende week tijd?\n\nGroeten,\nJana",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "text"), FOREIGN, ids=[f[0] for f in FOREIGN])
def test_mail_in_another_language_needs_a_look(lang: str, subject: str, text: str) -> None:
    result = classify(msg(text, subject), lexicon=LEX)
    assert result.language == lang
    assert result.label is Label.OTHER
    assert result.confidence < MIN_CONFIDENCE
    assert result.evidence[0] == f"written in {lang}: followupd reads en"


def test_english_is_read_and_named() -> None:
    text = (
        "Hi Sam,\n\nThank you for your application. Unfortunately we have decided to move "
        "forward with other candidates for this role. We wish you the best in your search.\n\n"
        "Jana"
    )
    result = classify(msg(text, "Your application"), lexicon=LEX)
    assert result.language == "en"
    assert result.label is Label.REJECTION


def test_too_little_text_names_no_language() -> None:
    assert detect_language("Thursday 4pm?")[0] is None
    assert detect_language("")[0] is None


def test_alternatives_are_the_best_readings_best_first() -> None:
    text = "Hi Sam, would you be free for a short call about the analyst role this week?"
    result = classify(msg(text, "Analyst role"), lexicon=LEX)
    assert len(result.alternatives) >= 2
    probabilities = [p for _, p in result.alternatives]
    assert probabilities == sorted(probabilities, reverse=True)
    assert result.alternatives[0][0] is result.label
    assert result.confidence == pytest.approx(result.alternatives[0][1], abs=0.001)
