"""What surrounds a message body: signatures, footers, disclaimers and quoted earlier mail."""

from __future__ import annotations

# Signature blocks by kind; one is drawn per rendering. The body's own closing line comes
# first ("Best,\n{rfirst}"), so a block may or may not repeat the name, as people do.
SIGNATURES: dict[str, tuple[str, ...]] = {
    "recruiter": (
        "{rname}\n{rtitle} | {company}\n{rphone}",
        "--\n{rname} (she/her)\n{rtitle}\n{company} | {cdomain}",
        "{rname}\n{rtitle}\nM: {rphone}\n\nBook time with me: https://{cdomain}/meet/{rslug}",
        "\n{rname} | {rtitle}\n{company}\n{city}",
        "-- \n{rfirst} {rlast}\nTalent Team, {company}\nWe're hiring! https://careers.{cdomain}",
        "",
    ),
    "manager": (
        "{hname}\n{htitle}, {company}",
        "--\n{hname}\n{htitle}\n{cdomain}",
        "",
    ),
    "agency": (
        "{rname}\n{rtitle}\n{agency}\nDirect: {rphone}\n{adomain}",
        "Kind regards\n\n{rname} | Principal Consultant\n{agency}\nT: {rphone}\n"
        "Follow us for the latest roles.",
        "{rname}\nSenior Consultant - Technology\n{agency} | {city}\n{rphone}",
    ),
    "founder": (
        "{rname}\nCo-founder, {company}",
        "--\n{rfirst}\n{company} | {cdomain}",
        "",
    ),
    "academic": (
        "Prof. {rname}\nChair, Search Committee\n{company}",
        "Dr {rname}\nPrincipal Investigator\n{company}\nTel. {rphone}",
        "{rname}\nSchool Administrator, Faculty of Science\n{company}",
    ),
    "public": (
        "Recruitment Team\n{company}",
        "{rname}\nHR Officer, Recruitment and Selection\n{company}\nTel: {rphone}",
        "Resourcing Services\n{company}\nPlease quote the reference number in all correspondence.",
    ),
    "health": (
        "{rname}\nTalent Acquisition Specialist\n{company}\n{rphone}",
        "{rname}, People Services\n{company}",
    ),
    "none": ("",),
}

MOBILE_TAILS: tuple[str, ...] = (
    "Sent from my phone",
    "Sent from my mobile device",
    "Sent from my phone - please excuse brevity and typos",
    "Get it on the go: sent from mobile",
)

FOOTERS: dict[str, tuple[str, ...]] = {
    "gh": ("", "This email was sent on behalf of {company}. Please do not reply to this address."),
    "lever": ("{company} - {city}", "Sent via {company}'s hiring platform"),
    "workday": (
        "This message was sent to {me_addr} by {company}. This mailbox is not monitored and "
        "replies will not be read.\n\n{company} is an equal opportunity employer. All "
        "qualified applicants will receive consideration for employment without regard to "
        "race, color, religion, sex, sexual orientation, gender identity, national origin, "
        "disability, or protected veteran status.",
    ),
    "smart": (
        "You are receiving this email because you applied for a position at {company}.\n"
        "Privacy Policy | Candidate FAQ | Manage my data",
    ),
    "icims": (
        "PLEASE DO NOT REPLY TO THIS EMAIL. This address is not monitored. For questions "
        "about your application, sign in to the candidate portal.\n\nWe process your personal "
        "data in line with our Candidate Privacy Notice: https://careers.{cdomain}/privacy",
    ),
    "jobvite": (
        "To update your communication preferences or withdraw your application, visit "
        "https://jobs.{cdomain}/candidate",
    ),
    "ashby": ("",),
    "tt": (
        "You get this email because you applied for a job at {company}.\n"
        "Manage your data: https://{slug}.careers.example/connect/privacy",
    ),
    "workable": (
        "{company} - Careers\nYou can unsubscribe from updates about this job at any time.",
    ),
    "personio": (
        "Diese E-Mail wurde automatisch versendet. Bitte antworte nicht direkt auf diese "
        "Nachricht.\nThis e-mail was sent automatically. Please do not reply to it directly."
        "\n\n{company} GmbH | Sitz der Gesellschaft: Berlin | Amtsgericht Charlottenburg "
        "HRB 214480 B",
    ),
    "recruitee": (
        "This message was sent from {company}'s careers site. Replies go straight to the "
        "hiring team.",
    ),
    "sf": (
        "*** This is an automatically generated e-mail - please do not reply. ***\n"
        "*** Dies ist eine automatisch generierte E-Mail - bitte nicht antworten. ***\n\n"
        "{company} | Data protection information for applicants: https://{cdomain}/privacy",
    ),
    "taleo": (
        "Please do not reply to this e-mail. This mailbox is unattended.\nJob Number: {ref}",
    ),
    "bamboo": ("This is an automated message sent on behalf of {company}.",),
    "agency": (
        "This email and any files transmitted with it are confidential and intended solely "
        "for the addressee. If you have received it in error, please tell the sender and "
        "delete it. {agency} Ltd is registered in England and Wales (No. 08123456) and acts "
        "as an employment agency and employment business.",
        "{agency} is committed to protecting your privacy. To see how we use your data or "
        "to ask us to stop contacting you, reply STOP or visit https://{adomain}/privacy",
    ),
    "university": (
        "{company} is an equal opportunity employer and welcomes applications from all "
        "sections of the community.\n\nCONFIDENTIALITY: This email and its attachments may "
        "be confidential and are intended solely for the addressee.",
        "{company} values diversity. Privacy notice for job applicants: "
        "https://www.{cdomain}/jobs/privacy",
    ),
    "public": (
        "OFFICIAL\n\nThis email and any attachments are intended for the named recipient "
        "only. Communications with {company} may be monitored and recorded for lawful "
        "business purposes.",
        "Please do not reply to this automated message. This inbox is not monitored. "
        "For help, contact the recruitment helpdesk quoting your candidate number.",
    ),
    "health": (
        "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential information. Any "
        "unauthorized review, use or distribution is prohibited.",
        "{company} is a registered charity. We are committed to safeguarding and expect all "
        "staff and volunteers to share this commitment.",
    ),
    "inhouse": (
        "",
        "",
        "CONFIDENTIALITY NOTICE: The contents of this email are confidential and intended "
        "for the recipient only.",
        "Please consider the environment before printing this e-mail.",
        "{company} GmbH - Geschäftsführung: Karin Albers - Registergericht München HRB "
        "209114\nThis e-mail may contain confidential information.",
    ),
    "none": ("",),
}

# The applicant's earlier messages a reply may quote, by kind.
STOCK_QUOTES: dict[str, tuple[str, ...]] = {
    "availability": (
        "Hi {rfirst},\n\nThanks so much for getting back to me. I'm free Tuesday after 1pm, "
        "Wednesday morning, or any time Thursday. Happy to work around the team's schedule."
        "\n\nBest,\n{first}",
        "Hello {rfirst}, thank you! Any of these would work for me:\n- {wday} {wt12s} or "
        "later\n- the following morning before 11\n\nKind regards,\n{me}",
        "Hi {rfirst} - great to hear from you. This week is fairly open for me apart from "
        "Friday. Let me know what suits.\n{first}",
    ),
    "application": (
        "Dear Hiring Team,\n\nPlease find attached my CV and cover letter for the {role} "
        "position. I would welcome the chance to discuss how my experience fits.\n\n"
        "Kind regards,\n{me}",
        "Hello,\n\nI'm writing to apply for the {role} role advertised on your site. My CV "
        "is attached.\n\nThanks for your time,\n{me}",
    ),
    "thanks": (
        "Hi {rfirst},\n\nThank you for taking the time to speak with me yesterday. I enjoyed "
        "learning about the team and the roadmap, and I'm even more excited about the role."
        "\n\nBest regards,\n{first}",
        "Dear {rfirst}, many thanks for the conversation today. It was great to meet "
        "everyone. Please let me know if you need anything else from me.\n{me}",
    ),
    "checkin": (
        "Hi {rfirst},\n\nI hope you're well. I wanted to check in on my application for the "
        "{role} role - is there any update on the timeline?\n\nThanks,\n{first}",
        "Hello {rfirst}, just following up on the {role} position. I'm still very "
        "interested and happy to provide anything else you need.\n\nBest,\n{me}",
    ),
    "question": (
        "Hi {rfirst}, quick question before we meet: should I prepare anything in "
        "particular, and will it be a video call or on site?\n\nThanks!\n{first}",
    ),
}

GMAIL_QUOTE = "On {qdate}, {qname} <{qaddr}> wrote:"
OUTLOOK_QUOTE = (
    "________________________________\nFrom: {qname} <{qaddr}>\nSent: {qdate}\n"
    "To: {toname} <{toaddr}>\nSubject: {qsubject}"
)
APPLE_QUOTE = "On {qdate}, {qname} <{qaddr}> wrote:"
GERMAN_QUOTE = "Am {qdate} schrieb {qname} <{qaddr}>:"
FORWARD_HEADERS = (
    "---------- Forwarded message ---------\nFrom: {qname} <{qaddr}>\nDate: {qdate}\n"
    "Subject: {qsubject}\nTo: {toname} <{toaddr}>",
    "Begin forwarded message:\n\nFrom: {qname} <{qaddr}>\nSubject: {qsubject}\n"
    "Date: {qdate}\nTo: {toname} <{toaddr}>",
    "-----Original Message-----\nFrom: {qname} [mailto:{qaddr}]\nSent: {qdate}\n"
    "To: {toname}\nSubject: {qsubject}",
)

UNSUBSCRIBE: tuple[str, ...] = (
    "You're receiving this email because you signed up at {sender_site}.\n"
    "Unsubscribe: https://{sender_site}/u/{token} | Manage preferences | View in browser",
    "Don't want these emails? Unsubscribe (https://{sender_site}/unsubscribe?t={token}).\n"
    "Our mailing address: 1180 Harbor Way, Suite 400, Springfield, 01010",
    "This email was sent to {me_addr}. To stop receiving these messages, update your "
    "settings at https://{sender_site}/settings/email\nCopyright 2026. All rights reserved.",
    "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben. Abmelden: "
    "https://{sender_site}/abmelden\nYou received this because you subscribed. Unsubscribe "
    "at any time.",
)
