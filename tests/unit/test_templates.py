"""Templates: strict variables, shipped defaults in three parts, overrides and their problems."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from followupd.adapters.template_files import (
    default_template,
    load_attachments,
    load_templates,
    template_problems,
)
from followupd.config.types import TemplatesConfig
from followupd.core.write.templates import (
    VARIABLES,
    TemplateError,
    TemplateSet,
    render,
    validate_template,
)
from followupd.errors import ComposeError, ConfigError
from followupd.model import TEMPLATE_KINDS, ActionKind

CONTEXT = {name: f"<{name}>" for name in VARIABLES}


def _default(kind: ActionKind, **values: str) -> str:
    return render(default_template(kind), kind, {**CONTEXT, **values})


def test_every_shipped_template_is_valid_and_uses_only_known_variables() -> None:
    for kind in ActionKind:
        text = default_template(kind)
        assert validate_template(text, kind) == []
        body = _default(kind)
        assert "$" not in body
        assert body.rstrip().endswith("<signature>")
        assert len(body.split()) < 130  # short


def test_thank_you_has_thanks_fit_and_next_step() -> None:
    body = _default(ActionKind.THANK_YOU, pitch="I have run data platforms at scale.")
    thanks, fit, next_step = (body.index(s) for s in ("Thank you", "I have run", "next step"))
    assert thanks < fit < next_step
    assert "<interview_day>" in body and "<company>" in body


def test_status_check_enjoyed_interested_any_update() -> None:
    body = _default(ActionKind.STATUS_CHECK).lower()
    assert "enjoyed" in body and "interest" in body and "news on the process" in body


def test_followup_carries_its_purpose() -> None:
    body = _default(ActionKind.FOLLOWUP, purpose="Here is the article on stream joins I mentioned.")
    assert "Here is the article on stream joins I mentioned." in body


def test_rejection_reply_thanks_asks_feedback_keeps_the_door_open() -> None:
    body = _default(ActionKind.REJECTION_REPLY).lower()
    assert "thank you" in body and "feedback" in body and "future" in body


def test_invitation_reply_asks_format_and_next_steps_with_an_availability_slot() -> None:
    body = _default(ActionKind.INVITATION_REPLY)
    assert "[two or three dates and times that suit you]" in body
    assert "format" in body and "steps after this conversation" in body


def test_unknown_variable_is_reported_with_a_suggestion() -> None:
    problems = validate_template("Hi $firstname,\n\nBye ${nickname}", "thank_you")
    assert problems == [
        "line 1: unknown variable $firstname; did you mean $first_name?",
        f"line 3: unknown variable $nickname; known: {', '.join(VARIABLES)}",
    ]


def test_stray_dollar_empty_text_control_characters_and_bad_kind() -> None:
    assert validate_template("It costs $5", "followup") == [
        "line 1: '$' must start a variable like $first_name or be '$$'"
    ]
    assert validate_template("  \n", "followup") == ["empty template"]
    assert validate_template("Hi\x1b[31m", "followup") == ["line 1: control character U+001B"]
    assert validate_template("Hi", "thankyou") == ["unknown action kind 'thankyou'"]
    assert validate_template("Pay $$5 ${first_name}\tok", "followup") == []


def test_rendering_fails_loudly() -> None:
    with pytest.raises(TemplateError, match=r"unknown variable \$frist_name"):
        render("Hi $frist_name", "followup", CONTEXT)
    with pytest.raises(TemplateError, match="no value for: signature"):
        render("Hi", "followup", {k: v for k, v in CONTEXT.items() if k != "signature"})
    with pytest.raises(ComposeError, match="unknown context variables: mood"):
        render("Hi", "followup", {**CONTEXT, "mood": "sunny"})
    assert (
        render("Cost: $$10 for ${first_name}s", "followup", CONTEXT)
        == "Cost: $10 for <first_name>s"
    )


def test_template_set_is_complete_read_only_and_picks_the_variant_by_the_facts() -> None:
    texts = {name: f"{name} $signature" for name in TEMPLATE_KINDS}
    templates = TemplateSet(texts, MappingProxyType({"followup": "/x/followup.txt"}))
    texts["thank_you"] = "changed"
    assert templates.text("thank_you") == "thank_you $signature"
    assert templates.source("followup") == "/x/followup.txt"
    assert templates.source("thank_you") == "default"
    # No "I enjoyed our conversation" before there was one.
    assert templates.for_draft(ActionKind.STATUS_CHECK, interviewed=True)[0] == "status_check"
    cold = templates.for_draft(ActionKind.STATUS_CHECK, interviewed=False)
    assert cold[0] == "status_check_cold"
    assert templates.for_draft(ActionKind.THANK_YOU, interviewed=False)[0] == "thank_you"
    with pytest.raises(TemplateError, match="no template for: rejection_reply_cold"):
        TemplateSet({k: "x" for k in TEMPLATE_KINDS if k != "rejection_reply_cold"})


def test_overrides_replace_defaults_per_kind(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt").write_text("Thanks $first_name!\n$signature\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: not a .txt", encoding="utf-8")
    templates = load_templates(TemplatesConfig(directory=tmp_path))
    assert templates.text("thank_you") == "Thanks $first_name!\n$signature\n"
    assert templates.source("thank_you") == str(tmp_path / "thank_you.txt")
    assert templates.text("followup") == default_template(ActionKind.FOLLOWUP)


def test_every_override_problem_is_reported_at_load_time(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt").write_text("Hi $frist_name", encoding="utf-8")
    (tmp_path / "followup.txt").write_text("Costs $5", encoding="utf-8")
    (tmp_path / "status.txt").write_text("Hi", encoding="utf-8")
    (tmp_path / "rejection_reply.txt").write_bytes(b"\xff\xfe bad")
    templates, problems = template_problems(TemplatesConfig(directory=tmp_path))
    assert templates is None
    assert len(problems) == 4
    with pytest.raises(ConfigError) as caught:
        load_templates(TemplatesConfig(directory=tmp_path))
    text = "\n".join(caught.value.problems)
    assert "status.txt: not a template name; expected one of: invitation_reply.txt" in text
    assert "rejection_reply.txt: not UTF-8 text" in text
    assert "(thank_you): line 1: unknown variable $frist_name; did you mean $first_name?" in text
    assert "(followup): line 1: '$' must start a variable" in text


def test_attachments_are_read_with_a_content_type(tmp_path: Path) -> None:
    pdf = tmp_path / "portfolio.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    config = TemplatesConfig(attachments=MappingProxyType({"followup": (pdf,)}))
    (item,) = load_attachments(config, ActionKind.FOLLOWUP)
    assert (item.filename, item.content_type, item.data) == (
        "portfolio.pdf",
        "application/pdf",
        b"%PDF-1.4 test",
    )
    assert load_attachments(config, ActionKind.THANK_YOU) == ()
    pdf.unlink()
    with pytest.raises(ConfigError, match=r"portfolio\.pdf"):
        load_attachments(config, ActionKind.FOLLOWUP)
