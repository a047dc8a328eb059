"""Which language the sender wrote in, from the commonest small words of each language.

Function words ("the", "und", "que", "les", "het") make up a large share of any running text
and differ between languages, so counting them tells European languages apart without a
model: a few lines of mail are enough. Words shared by two languages ("de", "in", "es")
count for both and decide nothing. Too few function words (a one-line note, a bare link)
and the answer is None: nothing is claimed.
"""

from __future__ import annotations

import re
import unicodedata

_STOP_WORD_TEXT: dict[str, str] = {
    "en": """the and to of a you your we for in is that this with be will our are have
        not as at on it if by from would please thank thanks or any us an has been can
        which was there more about should were may all their they what when i my me
        forward look time regards best like after other""",
    "de": """der die das und zu den ist nicht sie wir ihre ihr ihnen uns mit für von dem des
        sich auf ein eine einen einer eines auch es an werden wurde bei nach wie im aus
        oder haben hat sind noch bitte vielen dank gerne freuen leider wenn dass diese
        unsere unser ich mich mir dir du deine deinen grüße freundlichen""",
    "fr": """le la les et des du un une est pour que qui dans nous vous votre vos pas avec
        sur ce cette au aux ne sont été être avons avez merci bien nos notre je mon ma
        mes plus par ou si leur candidature cordialement bonjour madame monsieur""",
    "es": """el la los las y de que en un una es por para con no su sus nos le lo al del
        se más muy usted gracias hemos ha sido como pero este esta estos nuestra nuestro
        tu te saludos estimado estimada cordial atentamente""",
    "nl": """de het een en van is dat die niet op te met voor zijn wij we je jij jouw uw
        ons onze ook als bij aan er naar om nog maar graag bedankt dank hartelijk
        sollicitatie groet groeten vriendelijke helaas wordt worden hebben heeft
        willen wil kunnen kun zou zullen hoi leuk dit deze wat wanneer hebt heb ben bent
        gesprek tijd volgende""",
    "it": """il lo la gli le di che non per una un con sono della del alla nel grazie
        siamo abbiamo ci vi sua suo suoi tua tuo candidatura cordiali saluti gentile""",
    "pt": """o os as e de que não para com uma um por seu sua seus nós você obrigado
        obrigada agradecemos candidatura atenciosamente cumprimentos prezado prezada
        foi são está estamos temos""",
}
_STOP_WORDS = {lang: frozenset(text.split()) for lang, text in _STOP_WORD_TEXT.items()}
LANGUAGES = tuple(_STOP_WORDS)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LEAST_HITS = 4  # fewer function words than this and the text is too short to tell
_MARGIN = 1.5  # the winner needs this many times the runner-up's count
_MAX_CHARS = 4000


def _fold(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_FOLDED = {lang: frozenset(_fold(w) for w in words) for lang, words in _STOP_WORDS.items()}
# A word several languages share counts for each of them by its share ("de": half nl, half fr).
_SHARE = {
    word: 1.0 / sum(1 for stop in _FOLDED.values() if word in stop)
    for stop in _FOLDED.values()
    for word in stop
}


_LANGS_OF = {word: tuple(lang for lang, stop in _FOLDED.items() if word in stop) for word in _SHARE}


def detect_language(text: str) -> tuple[str | None, str]:
    """(language code or None, one line saying why) for the given text."""
    words = _WORD.findall(_fold(text[:_MAX_CHARS].lower()))
    counts = dict.fromkeys(_FOLDED, 0.0)
    for word in words:
        for lang in _LANGS_OF.get(word, ()):
            counts[lang] += _SHARE[word]
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, hits), (second, rival) = ranked[0], ranked[1]
    if hits < _LEAST_HITS:
        return None, f"language unknown: {hits:.0f} common words of any language"
    if hits < _MARGIN * rival:
        return None, f"language unclear: {best} {hits:.1f} common words, {second} {rival:.1f}"
    return best, f"language {best}: {hits:.0f} of {len(words)} words are common {best} words"
