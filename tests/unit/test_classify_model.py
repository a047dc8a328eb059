"""The shipped model file: it loads, covers every label, and matches the vocabulary it was
trained with (an edited phrase is a new feature: the model must be trained again)."""

from __future__ import annotations

import pytest

from followupd.adapters.lexicon_files import load_lexicon, load_model
from followupd.core.understand.linear import model_from_mapping
from followupd.model import Label

LEX = load_lexicon("en")


def test_the_english_model_is_shipped_and_loaded() -> None:
    model = load_model("en")
    assert model is not None and LEX.model is model
    assert set(model.labels) == set(Label)
    assert model.temperature > 0.0 and 0.0 <= model.floor < 1.0
    assert 1000 < len(model.weights) < 20000


def test_every_cue_the_model_weighs_is_in_the_vocabulary() -> None:
    model = load_model("en")
    assert model is not None
    known = {f"phrase:{cue.key}" for cue in LEX.phrases} | {
        f"subject:{cue.key}" for cue in LEX.subjects
    }
    weighed = {key for key in model.weights if key.startswith(("phrase:", "subject:"))}
    assert weighed, "the model weighs no cue at all"
    assert weighed <= known, f"stale cues, retrain: {sorted(weighed - known)[:5]}"


def test_a_language_without_a_model_keeps_the_hand_set_weights() -> None:
    assert load_model("xx") is None


def test_a_malformed_model_is_refused() -> None:
    good = {"format": 1, "labels": ["other", "offer"], "bias": [0.0, 0.0], "features": {}}
    assert model_from_mapping(good).labels == (Label.OTHER, Label.OFFER)
    with pytest.raises(ValueError):
        model_from_mapping({**good, "format": 2})
    with pytest.raises(ValueError):
        model_from_mapping({**good, "features": {"w:x": [1.0]}})
    with pytest.raises(ValueError):
        model_from_mapping({**good, "temperature": 0})
