"""The sender's own words: quoted replies, Outlook blocks, forwards and signatures."""

from __future__ import annotations

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.quoting import own_content, strip_subject

LEX = load_lexicon("en")


def test_gmail_reply_header_and_quote_marks_are_cut() -> None:
    text = "Sounds good.\n\nOn Mon, Mar 3, 2025 at 9:12 AM Jane <j@x.example> wrote:\n> old text"
    content = own_content(text, LEX)
    assert content.text == "Sounds good."
    assert not content.forwarded


def test_reply_header_wrapped_over_two_lines() -> None:
    text = "See you then.\n\nOn Mon, Mar 3, 2025 at 9:12 AM Jane Roe <\njane@x.example> wrote:\n> x"
    assert own_content(text, LEX).text == "See you then."


def test_outlook_block_is_cut() -> None:
    text = (
        "Thanks Sam, talk soon.\n\n________________________________\nFrom: Sam <s@example.org>\n"
        "Sent: Monday, March 3, 2025 9:00 AM\nTo: Jane\nSubject: Interview\n\nOld words"
    )
    assert own_content(text, LEX).text == "Thanks Sam, talk soon."


def test_stray_quote_lines_anywhere_are_removed() -> None:
    text = "Top line\n> quoted in the middle\nBottom line"
    content = own_content(text, LEX)
    assert content.text == "Top line\nBottom line"
    assert "1 '>' quoted lines removed" in content.notes


def test_forward_makes_the_forwarded_message_the_content() -> None:
    text = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Acme Talent <talent@acme.example>\n"
        "Date: Mon, 3 Mar 2025\nSubject: Your application\nTo: Sam <s@example.org>\n\n"
        "We regret to inform you that the role has been filled.\n\nBest,\nAcme Talent"
    )
    content = own_content(text, LEX, subject="Fwd: Your application")
    assert content.forwarded
    assert content.text == "We regret to inform you that the role has been filled."
    assert content.forwarded_header[0] == "From: Acme Talent <talent@acme.example>"


def test_outlook_forward_by_subject() -> None:
    text = (
        "see below\n\nFrom: Jane Roe <jane@acme.example>\nSent: Monday, March 3, 2025\n"
        "To: Sam\nSubject: Offer\n\nWe are delighted to offer you the position."
    )
    content = own_content(text, LEX, subject="FW: Offer")
    assert content.forwarded and content.text == "We are delighted to offer you the position."


def test_long_note_above_a_forward_marker_is_the_senders_own_message() -> None:
    note = "\n".join(f"line {i} of my own message" for i in range(8))
    text = f"{note}\n\n---------- Forwarded message ---------\nFrom: x@y.example\n\nold"
    content = own_content(text, LEX)
    assert not content.forwarded
    assert content.text.startswith("line 0")


def test_signature_after_dash_dash_and_after_sign_off() -> None:
    dashed = own_content("Body text.\n-- \nJane Roe\nRecruiter", LEX)
    assert (dashed.text, dashed.signature) == ("Body text.", "Jane Roe\nRecruiter")
    signed = own_content("Hi Sam,\n\nBody text.\n\nKind regards,\nJane Roe\nSenior Recruiter", LEX)
    assert signed.text == "Hi Sam,\n\nBody text."
    assert signed.signature.startswith("Kind regards,")


def test_thanks_opening_a_long_body_is_not_a_signature() -> None:
    body = "Thanks!\n" + "\n".join(f"Paragraph {i}." for i in range(15))
    assert own_content(body, LEX).signature == ""


def test_mobile_footer_dropped() -> None:
    assert own_content("On my way.\n\nSent from my iPhone", LEX).text == "On my way."


def test_strip_subject_prefixes() -> None:
    assert strip_subject("Re: Fwd: AW: Interview", LEX) == "Interview"
    assert strip_subject("RE:RE: Offer", LEX) == "Offer"
    assert strip_subject("Research role", LEX) == "Research role"
