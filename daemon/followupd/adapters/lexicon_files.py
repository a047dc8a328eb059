"""Loads a language's vocabulary data file (data/lang/<lang>.toml) into a core Lexicon."""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from importlib import resources

from followupd.core.understand.lexicon import Lexicon, lexicon_from_mapping
from followupd.errors import ConfigError

log = logging.getLogger(__name__)

_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$")


@functools.cache
def load_lexicon(lang: str = "en") -> Lexicon:
    """The compiled vocabulary for `lang`, read once per process from the package data."""
    if not _LANG.match(lang):
        raise ConfigError([f"language {lang!r}: expected a code such as 'en'"])
    source = resources.files("followupd").joinpath("data", "lang", f"{lang}.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        lexicon = lexicon_from_mapping(data)
    except FileNotFoundError:
        raise ConfigError([f"language {lang!r}: no vocabulary file for it"]) from None
    except (tomllib.TOMLDecodeError, KeyError, ValueError, re.error) as exc:
        raise ConfigError([f"language {lang!r}: vocabulary file is invalid: {exc}"]) from None
    log.debug("lexicon.loaded lang=%s phrases=%d", lang, len(lexicon.phrases))
    return lexicon
