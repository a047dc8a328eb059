"""Draft body templates: `$name` / `${name}` placeholders from a fixed set, checked strictly.

A template is only ever a body: rendering returns text that `core.compose` puts under the
headers it builds itself, so a template cannot add or change a header. An unknown
variable or a stray `$` is a problem at config-check time (`validate_template`) and an
error at render time, never silently left in a draft. Write `$$` for a literal dollar.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from followupd.errors import ComposeError
from followupd.model import KIND_INFO, TEMPLATE_KINDS, ActionKind

VARIABLES: tuple[str, ...] = (
    "first_name",
    "contact_name",
    "company",
    "role",
    "interview_date",
    "interview_day",
    "my_name",
    "my_first_name",
    "pitch",
    "signature",
    "purpose",
    "promised_date",
    "asks",
)
# Tab and newline are ordinary body text; every other C0/C1 control is not.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class TemplateError(ComposeError):
    """A template uses an unknown variable or a malformed placeholder."""


class _Body(string.Template):
    """string.Template with the default `$` delimiter and identifier rules."""


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def validate_template(text: str, kind: str) -> list[str]:
    """Every problem with `text` as the body template `kind` (an action kind, or a template
    name such as "status_check_cold"); empty when it is fine."""
    problems: list[str] = []
    if kind not in TEMPLATE_KINDS and kind not in {str(k) for k in ActionKind}:
        problems.append(f"unknown action kind {kind!r}")
    if not text.strip():
        problems.append("empty template")
    if match := _CONTROL.search(text):
        problems.append(
            f"line {_line_of(text, match.start())}: control character U+{ord(match.group()):04X}"
        )
    for found in _Body.pattern.finditer(text):
        name = found.group("named") or found.group("braced")
        line = _line_of(text, found.start())
        if found.group("invalid") is not None:
            problems.append(f"line {line}: '$' must start a variable like $first_name or be '$$'")
        elif name is not None and name not in VARIABLES:
            close = difflib.get_close_matches(name, VARIABLES, n=1)
            hint = f"did you mean ${close[0]}?" if close else f"known: {', '.join(VARIABLES)}"
            problems.append(f"line {line}: unknown variable ${name}; {hint}")
    return problems


def render(text: str, kind: str, context: Mapping[str, str]) -> str:
    """The body for `kind` with every placeholder filled; TemplateError on any problem."""
    problems = validate_template(text, kind)
    unknown = sorted(set(context) - set(VARIABLES))
    if unknown:
        problems.append(f"unknown context variables: {', '.join(unknown)}")
    missing = sorted(set(VARIABLES) - set(context))
    if missing:
        problems.append(f"no value for: {', '.join(missing)}")
    if problems:
        raise TemplateError(f"template {kind}: " + "; ".join(problems))
    return _Body(text).substitute(context)


@dataclass(frozen=True)
class TemplateSet:
    """Body template per template name ("thank_you", "status_check_cold"), with where each
    came from (for messages); every name model.DRAFT_KINDS uses must be there."""

    texts: Mapping[str, str]
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        missing = [name for name in TEMPLATE_KINDS if name not in self.texts]
        if missing:
            raise TemplateError(f"no template for: {', '.join(missing)}")
        object.__setattr__(self, "texts", MappingProxyType(dict(self.texts)))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    def text(self, name: str) -> str:
        """The template called `name`."""
        return self.texts[name]

    def for_draft(self, kind: ActionKind, *, interviewed: bool) -> tuple[str, str]:
        """(name, text) of the template for a draft of `kind`: its cold variant when no
        interview took place and the kind has one."""
        info = KIND_INFO[kind]
        chosen = info.template if interviewed or not info.cold_template else info.cold_template
        name = chosen.removesuffix(".txt")
        return name, self.texts[name]

    def source(self, name: str) -> str:
        """Where the template `name` came from ('default' unless a file overrode it)."""
        return self.sources.get(name, "default")
