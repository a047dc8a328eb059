"""Wrappers around corpus messages: the employer's reply above a quote, the user's forward."""

from __future__ import annotations

from datetime import timedelta
from email.utils import format_datetime

from corpus_messages import USER, Ctx, Item, build, rng


def quoted_reply(ctx: Ctx, body: str) -> str:
    """The employer's message above the candidate's earlier mail, quoted Gmail or Outlook style."""
    earlier = (
        f"Hi {ctx.recruiter.split()[0]},\n\nThank you for the update. I'm still very "
        f"interested in the {ctx.role} role and happy to help with anything you need.\n\n"
        f"Best,\n{USER[0]}"
    )
    then = ctx.sent - timedelta(days=rng.randint(1, 6))
    if rng.random() < 0.5:
        quoted = "\n".join("> " + line for line in earlier.split("\n"))
        return f"{body}\n\nOn {format_datetime(then)}, {USER[0]} <{USER[1]}> wrote:\n{quoted}"
    return (
        f"{body}\n\n________________________________\nFrom: {USER[0]} <{USER[1]}>\n"
        f"Sent: {then:%A, %B %d, %Y %I:%M %p}\nTo: {ctx.recruiter}\nSubject: {ctx.role}\n\n"
        f"{earlier}"
    )


def forwarded(item: Item, ctx: Ctx, subject: str, body: str, sender: tuple[str, str]) -> Item:
    """The candidate forwards the employer's mail from another address of theirs."""
    note = rng.choice(["FYI", "Forwarding for my records.", "", "See below!"])
    header = (
        f"---------- Forwarded message ---------\nFrom: {sender[0]} <{sender[1]}>\n"
        f"Date: {format_datetime(ctx.sent)}\nSubject: {subject}\nTo: {USER[0]} <{USER[1]}>"
    )
    text = f"{note}\n\n{header}\n\n{body}"
    item.raw = build(
        "Fwd: " + subject, text, ("Sam R.", "samr@example.org"), ctx.sent + timedelta(hours=2)
    )
    item.name = item.name.replace(".eml", "-fwd.eml")
    return item
