"""HTML skins: the same plain body dressed the way each kind of sender's HTML looks."""

from __future__ import annotations

import html
import re

_BUTTON = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
_URL = re.compile(r"(?<![\"'=>])(https?://[^\s<>\"']*[^\s<>\"'.,;:!?)])")


def plain_links(text: str) -> str:
    """The plain-text form of ``[[Text|url]]``: ``Text: url``."""
    return _BUTTON.sub(lambda m: f"{m.group(1)}: {m.group(2)}", text)


def _inline(line: str, button: str) -> str:
    parts: list[str] = []
    pos = 0
    for m in _BUTTON.finditer(line):
        parts.append(_linkify(html.escape(line[pos : m.start()], quote=False)))
        parts.append(button.format(text=html.escape(m.group(1)), url=html.escape(m.group(2))))
        pos = m.end()
    parts.append(_linkify(html.escape(line[pos:], quote=False)))
    return "".join(parts)


def _linkify(text: str) -> str:
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', text)


def _flush(out: list[str], buf: list[str], p_open: str) -> None:
    """Close the running paragraph: its lines joined with line breaks."""
    if buf:
        out.append(p_open + "<br>\n".join(buf) + "</p>")
        buf.clear()


def blocks(text: str, p_open: str, button: str, table: str) -> str:
    """Paragraphs, bullet lists, table rows and buttons as HTML."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        i = 0
        buf: list[str] = []
        while i < len(lines):
            line = lines[i]
            if line.startswith(("- ", "* ")):
                _flush(out, buf, p_open)
                items = []
                while i < len(lines) and lines[i].startswith(("- ", "* ")):
                    items.append("<li>" + _inline(lines[i][2:], button) + "</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if line.startswith("| "):
                _flush(out, buf, p_open)
                rows = []
                while i < len(lines) and lines[i].startswith("| "):
                    cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                    rows.append(
                        "<tr>" + "".join(f"<td>{_inline(c, button)}</td>" for c in cells) + "</tr>"
                    )
                    i += 1
                out.append(table + "\n" + "\n".join(rows) + "\n</table>")
                continue
            buf.append(_inline(line, button))
            i += 1
        _flush(out, buf, p_open)
    return "\n".join(out)


def _small(text: str, style: str) -> str:
    if not text.strip():
        return ""
    inner = "<br>\n".join(_linkify(html.escape(t, quote=False)) for t in text.strip().split("\n"))
    return f'<p style="{style}">{inner}</p>'


def render(
    skin: str, body: str, *, sig: str, footer: str, quote_head: str, quote: str, org: str
) -> str:
    """A complete HTML document for one message."""
    sig_html = _small(sig, "margin:16px 0 0 0;color:#555")
    quote_html = ""
    if quote:
        head = "<br>\n".join(html.escape(h) for h in quote_head.split("\n"))
        qbody = blocks(quote, "<p>", '<a href="{url}">{text}</a>', "<table>")
        if skin == "outlook":
            quote_html = (
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{head}</p></div>\n{qbody}'
            )
        else:
            quote_html = (
                f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:'
                f'1px solid rgb(204,204,204);padding-left:1ex">\n{qbody}\n</blockquote></div>'
            )
    esc_org = html.escape(org)
    if skin == "outlook":
        content = blocks(body, '<p class="MsoNormal">', '<a href="{url}">{text}</a>', "<table>")
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Word 15 (filtered medium)">\n<style>\n'
            'p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",'
            "sans-serif;}\ndiv.WordSection1 {page:WordSection1;}\n</style>\n</head>\n"
            '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f"{content}\n{sig_html}\n{_small(footer, 'font-size:8pt;color:gray')}\n"
            f"{quote_html}\n</div>\n</body>\n</html>\n"
        )
    if skin == "gmail":
        content = blocks(body, "<div>", '<a href="{url}">{text}</a>', "<table>")
        content = content.replace("</p>", "</div><div><br></div>")
        sig_div = f'<div dir="ltr" class="gmail_signature">{sig_html}</div>' if sig_html else ""
        return (
            f'<div dir="ltr">{content}\n{sig_div}'
            f"{_small(footer, 'font-size:11px;color:#777')}</div><br>\n{quote_html}\n"
        )
    if skin in ("card", "alert"):
        button = (
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="#2f5bea"'
            ' style="border-radius:6px;padding:12px 22px"><a href="{url}" style="color:#ffffff;'
            'text-decoration:none;font-weight:bold">{text}</a></td></tr></table>'
        )
        content = blocks(body, '<p style="margin:0 0 14px 0">', button, '<table cellpadding="6">')
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width"></head>\n<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
            '<td align="center">\n<table role="presentation" width="600" style="background:'
            '#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1d1d1f">\n'
            f'<tr><td style="padding:20px 28px;background:#1d2b4f;color:#fff;font-size:18px">'
            f"{esc_org}</td></tr>\n"
            f'<tr><td style="padding:28px">\n{content}\n{sig_html}\n{quote_html}</td></tr>\n'
            f'<tr><td style="padding:16px 28px;background:#f4f5f7">'
            f"{_small(footer, 'font-size:12px;color:#8a8f98')}</td></tr>\n"
            "</table>\n</td></tr></table>\n</body></html>\n"
        )
    if skin in ("corporate", "receipt", "newsletter"):
        content = blocks(
            body,
            '<p style="font-family:Verdana,Arial;font-size:13px">',
            '<a href="{url}" style="color:#00529b;font-weight:bold">{text}</a>',
            '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">',
        )
        return (
            "<html>\n<head><title>" + esc_org + "</title></head>\n"
            '<body bgcolor="#eeeeee">\n<table width="100%" bgcolor="#eeeeee"><tr><td>\n'
            '<table width="640" align="center" bgcolor="#ffffff" cellpadding="18">\n'
            f'<tr><td><img src="https://static.example/logo.png" alt="{esc_org}" height="40">'
            f"</td></tr>\n<tr><td>\n{content}\n{sig_html}\n{quote_html}\n</td></tr>\n"
            f"<tr><td>{_small(footer, 'font-size:10px;color:#777777;font-family:Arial')}"
            "</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n"
        )
    if skin == "calendar":
        content = blocks(
            body, '<p style="margin:0 0 10px 0">', '<a href="{url}">{text}</a>', "<table>"
        )
        return (
            '<html><body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">\n'
            f"{content}\n"
            '<p><b>Going?</b> <a href="https://cal.example/rsvp?r=1">Yes</a> - '
            '<a href="https://cal.example/rsvp?r=3">Maybe</a> - '
            '<a href="https://cal.example/rsvp?r=2">No</a></p>\n'
            '<p style="color:#888;font-size:11px">Invitation from your calendar. You are '
            "receiving this email because you are an attendee on the event.</p>\n"
            "</div></body></html>\n"
        )
    if skin == "clean":
        content = blocks(
            body,
            "<p>",
            '<a class="button" href="{url}" style="display:inline-block;padding:10px 18px;'
            'background:#24292f;color:#fff;border-radius:4px;text-decoration:none">{text}</a>',
            '<table cellpadding="4" style="border-collapse:collapse">',
        )
        rule = '<hr style="border:none;border-top:1px solid #e5e5e5">' if footer.strip() else ""
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<style>\n'
            'body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; '
            "font-size: 15px; line-height: 1.5; color: #1f2328; }\n</style>\n</head>\n<body>\n"
            f'<div style="max-width:580px;margin:0 auto;padding:24px">\n{content}\n{sig_html}\n'
            f"{quote_html}{rule}{_small(footer, 'font-size:12px;color:#6e7781')}\n</div>\n"
            "</body>\n</html>\n"
        )
    content = blocks(body, "<p>", '<a href="{url}">{text}</a>', '<table border="1">')
    return (
        f"<html><body>\n{content}\n{sig_html}\n{_small(footer, 'font-size:small')}\n"
        f"{quote_html}\n</body></html>\n"
    )
