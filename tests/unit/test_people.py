"""People, company and role named by a message (best effort, never a no-reply contact)."""

from __future__ import annotations

from followupd.core.people import company_from_domain, find_people, is_no_reply
from followupd.core.quoting import own_content
from followupd.lexicons import load_lexicon
from followupd.model import Address, Contact, FolderRole, Message

LEX = load_lexicon("en")


def people_of(
    text: str,
    subject: str = "Hello",
    *,
    sender: Address,
    reply_to: tuple[Address, ...] = (),
    interviewers: tuple[Contact, ...] = (),
):  # type: ignore[no-untyped-def]
    message = Message(
        location=None,
        role=FolderRole.INBOX,
        message_id=None,
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(sender,),
        to=(),
        cc=(),
        reply_to=reply_to,
        date=None,
        text=text,
    )
    content = own_content(text, LEX, subject=subject)
    return find_people(message, content, LEX, interviewers=interviewers)


def test_no_reply_addresses_are_recognised() -> None:
    for email in (
        "no-reply@x.io",
        "noreply@x.io",
        "donotreply@x.io",
        "notifications@x.io",
        "MAILER-DAEMON@x.io",
        "do-not-reply+123@x.io",
    ):
        assert is_no_reply(Address("", email.lower()), LEX), email
    assert not is_no_reply(Address("Jane Roe", "jane.roe@acme.example"), LEX)


def test_reply_to_comes_first_and_no_reply_is_never_the_contact() -> None:
    people = people_of(
        "Hi",
        sender=Address("Acme Hiring Team", "no-reply@us.greenhouse-mail.io"),
        reply_to=(Address("Jane Roe", "jane@acme.example"),),
    )
    assert people.contacts[0] == Contact("Jane Roe", "jane@acme.example", "contact")
    alone = people_of("Hi", sender=Address("Acme", "no-reply@hire.lever.co"))
    assert all(c.role != "contact" for c in alone.contacts)


def test_ats_tenant_mailbox_is_not_a_contact_but_names_the_company() -> None:
    people = people_of("Thank you.", sender=Address("Careers", "initech@myworkday.com"))
    assert people.contacts == ()
    assert people.company == "Initech"


def test_recruiter_from_signature_of_a_no_reply_mail() -> None:
    people = people_of(
        "Hi Sam,\n\nWe received your application.\n\nBest regards,\nPriya Shah\n"
        "Talent Acquisition Partner",
        sender=Address("Acme", "noreply@smartrecruiters.com"),
    )
    assert Contact("Priya Shah", "", "recruiter") in people.contacts


def test_interviewers_from_text_and_calendar() -> None:
    people = people_of(
        "You'll be meeting with Tom Baker and Lena Ortiz on Thursday.",
        sender=Address("Jane Roe", "jane@acme.example"),
        interviewers=(Contact("Ken Ito", "ken@acme.example", "interviewer"),),
    )
    names = [(c.name, c.role) for c in people.contacts]
    assert names == [
        ("Jane Roe", "contact"),
        ("Ken Ito", "interviewer"),
        ("Tom Baker", "interviewer"),
        ("Lena Ortiz", "interviewer"),
    ]


def test_company_from_subject_templates() -> None:
    sender = Address("x", "x@mail.example.com")
    assert people_of("", "Your application to Northwind Traders", sender=sender).company == (
        "Northwind Traders"
    )
    split = people_of("", "Senior Data Engineer | Globex", sender=sender)
    assert (split.company, split.role) == ("Globex", "Senior Data Engineer")


def test_company_from_display_name_and_domain() -> None:
    assert people_of("", sender=Address("Jane at Hooli", "jane@gmail.com")).company == "Hooli"
    assert people_of("", sender=Address("Umbrella Recruiting", "jobs@u.example")).company == (
        "Umbrella"
    )
    assert company_from_domain("talent.acme-robotics.example.com", LEX) == "Acme Robotics"
    assert company_from_domain("gmail.com", LEX) is None
    assert company_from_domain("bluthhomes.example", LEX, "Jane\nBluth Homes") == "Bluth Homes"


def test_role_from_text() -> None:
    people = people_of(
        "Thank you for applying for the Staff Product Designer position at Tailspin.",
        sender=Address("Jane", "jane@tailspin.example"),
    )
    assert people.role == "Staff Product Designer"
    assert people.company == "Tailspin"


def test_forwarded_sender_is_the_contact() -> None:
    text = (
        "fyi\n\n---------- Forwarded message ---------\nFrom: Jane Roe <jane@acme.example>\n"
        "Subject: Hi\n\nWould you be available for a call?"
    )
    people = people_of(text, "Fwd: Hi", sender=Address("Sam", "sam@example.org"))
    assert people.contacts[0].email == "jane@acme.example"
