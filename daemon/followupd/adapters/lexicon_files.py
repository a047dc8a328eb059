"""Loads the package's language data (data/lang/<lang>.toml), the learned classifier weights
(data/model/<lang>.json, when trained) and sender directory (data/senders.toml) into the
core's frozen values, once per process."""

from __future__ import annotations

import functools
import json
import logging
import re
import tomllib
from importlib import resources
from typing import Any

from followupd.core.senders import SenderDirectory, directory_from_mapping
from followupd.core.understand.lexicon import Lexicon, lexicon_from_mapping
from followupd.core.understand.linear import LinearModel, model_from_mapping
from followupd.errors import ConfigError

log = logging.getLogger(__name__)

_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$")


def _data(*parts: str) -> dict[str, Any]:
    """A TOML file of the package's data directory, parsed."""
    source = resources.files("followupd").joinpath("data", *parts)
    return tomllib.loads(source.read_text(encoding="utf-8"))


@functools.cache
def load_senders() -> SenderDirectory:
    """The sender directory (ATS, job boards, mail providers...) shared by every language."""
    try:
        return directory_from_mapping(_data("senders.toml"))
    except (FileNotFoundError, tomllib.TOMLDecodeError, KeyError, ValueError, re.error) as exc:
        raise ConfigError([f"sender directory data/senders.toml is invalid: {exc}"]) from None


@functools.cache
def load_model(lang: str = "en") -> LinearModel | None:
    """The learned weights for `lang` (data/model/<lang>.json), or None when there are none:
    the lexicon's hand-set weights then decide alone."""
    if not _LANG.match(lang):
        raise ConfigError([f"language {lang!r}: expected a code such as 'en'"])
    source = resources.files("followupd").joinpath("data", "model", f"{lang}.json")
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return model_from_mapping(json.loads(text))
    except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
        raise ConfigError([f"language {lang!r}: model file is invalid: {exc}"]) from None


@functools.cache
def load_lexicon(lang: str = "en") -> Lexicon:
    """The compiled vocabulary for `lang`, read once per process from the package data."""
    if not _LANG.match(lang):
        raise ConfigError([f"language {lang!r}: expected a code such as 'en'"])
    senders = load_senders()
    try:
        data = _data("lang", f"{lang}.toml")
        lexicon = lexicon_from_mapping(data, senders, load_model(lang))
    except FileNotFoundError:
        raise ConfigError([f"language {lang!r}: no vocabulary file for it"]) from None
    except (tomllib.TOMLDecodeError, KeyError, ValueError, re.error) as exc:
        raise ConfigError([f"language {lang!r}: vocabulary file is invalid: {exc}"]) from None
    model = len(lexicon.model.weights) if lexicon.model else 0
    log.debug("lexicon.loaded lang=%s phrases=%d model=%d", lang, len(lexicon.phrases), model)
    return lexicon
