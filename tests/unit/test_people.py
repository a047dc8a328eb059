"""People, company and role named by a message (best effort, never a no-reply contact)."""

from __future__ import annotations

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.classify import classify
from followupd.core.understand.organisation import company_from_domain, company_is_guess
from followupd.core.understand.people import find_people, is_no_reply
from followupd.core.understand.quoting import own_content
from followupd.model import Address, Contact, FolderRole, Message

LEX = load_lexicon("en")


def people_of(
    text: str,
    subject: str = "Hello",
    *,
    sender: Address,
    reply_to: tuple[Address, ...] = (),
    interviewers: tuple[Contact, ...] = (),
    to: tuple[Address, ...] = (),
    folder: FolderRole = FolderRole.INBOX,
    auto_submitted: str | None = None,
    **headers: object,
):  # type: ignore[no-untyped-def]
    message = Message(
        location=None,
        role=folder,
        message_id=None,
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(sender,),
        to=to,
        cc=(),
        reply_to=reply_to,
        date=None,
        text=text,
        auto_submitted=auto_submitted,
        **headers,  # type: ignore[arg-type]
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


def test_a_forward_is_answered_to_whoever_forwarded_it() -> None:
    """A recruiter passing on a client's decision is the one to answer, never the client's
    manager whose address sits in the quoted header."""
    text = (
        "Hi Sam, see below from the client, sorry.\n\n---------- Forwarded message ---------\n"
        "From: Jane Roe <jane.roe@acme.example>\nSubject: Candidate\n\n"
        "We have decided not to move forward with Sam.\n\nJane Roe\nEngineering Manager"
    )
    people = people_of(
        text, "Fwd: Candidate", sender=Address("Rita Fox", "rita.fox@bright-hire.example")
    )
    assert [c.email for c in people.contacts if c.role == "contact"] == [
        "rita.fox@bright-hire.example"
    ]
    assert all(c.email != "jane.roe@acme.example" for c in people.contacts)


def test_a_contact_is_greeted_by_name_only_when_the_name_is_a_persons() -> None:
    team = people_of(
        "Thanks for applying.", sender=Address("Massive Dynamic", "hr@massive.example")
    )
    assert team.contacts[0].name == ""  # "Hi Massive," would be wrong: a neutral greeting
    person = people_of("Thanks!", sender=Address("Jane Roe", "jane@massive.example"))
    assert person.contacts[0].name == "Jane Roe"


def test_company_stops_before_a_conjunction() -> None:
    people = people_of(
        "Thank you for your interest in Marsh & Co and for the time you gave us.",
        sender=Address("Ann Lee", "ann@gmail.com"),
    )
    assert people.company == "Marsh & Co"


def test_role_at_company_subject_splits_both() -> None:
    people = people_of(
        "",
        "Interview confirmed: Principal Data Engineer at Northwind Traders",
        sender=Address("Ann Lee", "ann@gmail.com"),
    )
    assert (people.role, people.company) == ("Principal Data Engineer", "Northwind Traders")


def test_signature_spelling_beats_the_domain() -> None:
    people = people_of(
        "We are still reviewing candidates.\n\nBest,\nAnn Lee\nHiring Manager, Coral Bay Foods",
        sender=Address("Ann Lee", "ann@coralbayfoods.example"),
    )
    assert people.company == "Coral Bay Foods"


def test_signature_company_after_a_title_line() -> None:
    people = people_of(
        "Thanks for your time.\n\nRegards,\nAnn Lee\nRecruitment Consultant\nTallowmere",
        sender=Address("Tallowmere", "no-reply@hire.lever.co"),
    )
    assert people.company == "Tallowmere"


def test_ats_display_name_of_an_organisation_is_the_company() -> None:
    for name, email in (
        ("Halden Group", "noreply@smartrecruiters.com"),
        ("Osprey Financial", "osprey@myworkday.com"),
    ):
        assert people_of("Thank you.", sender=Address(name, email)).company == name


def test_country_category_domains_and_generic_hosts() -> None:
    assert company_from_domain("mail.tekfor.com.tr", LEX) == "Tekfor"
    assert company_from_domain("acme.co.uk", LEX) == "Acme"
    assert company_from_domain("mail.example", LEX) is None
    assert company_from_domain("jobs.example", LEX) is None
    signature = "Ann Lee\nHR Specialist\nTekfor Yazilim A.S."
    assert company_from_domain("tekfor.com.tr", LEX, signature) == "Tekfor Yazilim"


def test_role_loses_requisition_numbers_and_trailing_kind() -> None:
    sender = Address("Ann Lee", "ann@gmail.com")
    assert people_of("", "Update - Risk Analyst II (R-10482)", sender=sender).role == (
        "Risk Analyst II"
    )
    assert people_of("", "Senior Associate role - update", sender=sender).role == (
        "Senior Associate"
    )
    assert people_of("", "Site Reliability Engineer interview", sender=sender).role == (
        "Site Reliability Engineer"
    )
    assert people_of("", "Head of Design opportunity", sender=sender).role == "Head of Design"
    assert people_of("", "Your weekly update", sender=sender).role is None


def test_role_from_an_explicit_post_without_a_role_word() -> None:
    people = people_of(
        "Thank you for applying for the post of Graduate Quantity Surveyor.",
        sender=Address("Ann Lee", "ann@gmail.com"),
    )
    assert people.role == "Graduate Quantity Surveyor"


def test_the_users_name_in_a_calendar_subject_is_not_the_company() -> None:
    subject = "Invitation: Interview: Sam Rivera / Larkspur @ Mon Jun 23, 2025 4pm (EDT)"
    people = people_of(
        "Join with Google Meet. Interview with the Larkspur design team.",
        subject,
        sender=Address("Ann Lee", "ann@gmail.com"),
        to=(Address("Sam Rivera", "sam@mail.example"),),
    )
    assert people.company == "Larkspur"


def test_a_capitalised_subject_part_alone_is_no_company() -> None:
    """An event phrase, a job type or a hiring step in a subject is not an employer's name;
    such a part counts only when the mail writes the name too."""
    for subject in ("Update | Onsite Day", "Next steps: Full Time", "Interview: Final Round"):
        people = people_of("Hi Sam, see you soon.", subject, sender=Address("Ann", "ann@gmail.com"))
        assert people.company is None, subject
    calendar = people_of(
        "",
        "Invitation: Interview: Sam Rivera / Larkspur @ Mon Jun 23, 2025 4pm (EDT)",
        sender=Address("Ann Lee", "ann@gmail.com"),
        to=(Address("Sam Rivera", "sam@mail.example"),),
    )
    assert calendar.company is None  # nothing but the calendar title says it


def test_own_sent_mail_names_the_recipients_company_never_the_users() -> None:
    people = people_of(
        "Please find my application for the QA Lead position.",
        "Application: QA Lead",
        sender=Address("Sam Rivera", "sam@mail.example"),
        to=(Address("", "careers@quarryco.example"),),
        folder=FolderRole.SENT,
    )
    assert (people.company, people.role) == ("Quarryco", "QA Lead")
    assert people.contacts[0].email == "careers@quarryco.example"


def test_role_from_the_quoted_conversation_when_the_reply_has_none() -> None:
    text = (
        "Great, Tuesday works.\n\nOn Mon, 2 Jun 2025, Sam wrote:\n"
        "> I'm still very interested in the Payments Engineer role."
    )
    people = people_of(text, "Re: Next week", sender=Address("Ann Lee", "ann@gmail.com"))
    assert people.role == "Payments Engineer"


def test_roles_and_companies_from_interview_subjects() -> None:
    sender = Address("Priya Raman", "priya.raman@gmail.com")  # no company in the address
    cases = {
        "Interview confirmed: Data Platform Engineer at Northwind Analytics": (
            "Data Platform Engineer",
            "Northwind Analytics",
        ),
        "Updated invitation: Interview for Data Platform Engineer": (
            "Data Platform Engineer",
            None,
        ),
        "Updated invitation: Interview for Data Platform Engineer @ Thu Dec 3, 2026 2pm - 3pm "
        "(UTC) (alex@mail.example)": ("Data Platform Engineer", None),
        "Invitation: Interview for Senior Backend Engineer with Brightwave Robotics": (
            "Senior Backend Engineer",
            "Brightwave Robotics",
        ),
        "Next steps for Head of Data at Northwind Analytics": (
            "Head of Data",
            "Northwind Analytics",
        ),
        "Cancelled: Interview for QA Lead": ("QA Lead", None),
        "Updated invitation: new time for your interview": (None, None),
    }
    for subject, (role, company) in cases.items():
        people = people_of("Hi Alex,\n\nSee you soon.\n\nPriya\n", subject, sender=sender)
        assert (people.role, people.company) == (role, company), subject


JORDAN = Address("Jordan Lee", "jordan.lee@brightwave.example")


def test_a_company_read_from_the_domain_is_marked_a_guess() -> None:
    text = "Hi Alex,\n\nThanks for your note. We will be in touch.\n\nBest,\nJordan\n"
    people = people_of(text, "Re: Interview confirmed: Senior Backend Engineer", sender=JORDAN)
    assert people.company == "Brightwave"
    assert people.company_how == "guessed from the domain brightwave.example"
    assert company_is_guess(people.evidence)


def test_a_company_written_out_is_no_guess() -> None:
    signed = (
        "Hi Alex,\n\nSee you Thursday.\n\nBest,\nJordan Lee\n"
        "Recruiting team at Brightwave Robotics\n"
    )
    quoted = (
        "Hi Alex,\n\nThanks, noted.\n\nJordan\n\nOn Mon, Dec 7, 2026, Alex wrote:\n"
        "> Thank you for the interview for the Senior Backend Engineer role at Brightwave "
        "Robotics.\n"
    )
    for text in (signed, quoted):
        people = people_of(text, "Re: Interview", sender=JORDAN)
        assert people.company == "Brightwave Robotics", text
        assert not company_is_guess(people.evidence), people.evidence


def test_the_domain_written_as_it_is_stays_a_guess() -> None:
    text = "Hi Alex,\n\nGreetings from everyone at Brightwave! Talk soon.\n\nJordan\n"
    people = people_of(text, "Re: Interview", sender=JORDAN)
    assert people.company == "Brightwave"
    assert company_is_guess(people.evidence)


def test_an_ats_mailbox_names_a_guessed_company() -> None:
    people = people_of(
        "Thanks for applying.", "Your application", sender=Address("", "initech@myworkday.com")
    )
    assert people.company == "Initech"
    assert company_is_guess(people.evidence)


def test_the_classification_always_says_how_the_company_was_read() -> None:
    # Many cues: the evidence is cut to its strongest lines, the company line stays.
    text = (
        "Hi Alex,\n\nNo decision has been made yet. We are still interviewing, the hiring "
        "manager is still reviewing, we are gathering feedback, the process is taking longer "
        "than expected, apologies for the delay, thank you for your patience, you remain in "
        "consideration, we expect to make a decision soon, we will update you by Friday, "
        "you will hear from us by Monday, and the timeline is expected to hold.\n\nJordan\n"
    )
    message = Message(
        location=None,
        role=FolderRole.INBOX,
        message_id=None,
        in_reply_to=None,
        references=(),
        subject="Update on your application",
        from_=(JORDAN,),
        to=(),
        cc=(),
        reply_to=(),
        date=None,
        text=text,
    )
    result = classify(message, lexicon=LEX)
    assert len(result.evidence) > 12
    assert result.evidence[-1] == "company 'Brightwave' guessed from the domain brightwave.example"
    assert company_is_guess(result.evidence)


def test_a_mailbox_nobody_reads_is_nobody_to_write_to() -> None:
    """A made-up ATS tenant ("recruiting@acme.talentloop.example") is in no list: Auto-Submitted
    (RFC 3834) or the mail's own words say that replies go nowhere."""
    desk = Address("Acme Recruiting", "recruiting@acme.talentloop.example")
    decline = "Dear Alex, we will not be taking your application forward."
    assert people_of(decline, sender=desk, auto_submitted="auto-generated").contacts == ()
    said = "Thanks for applying.\n\nReplies to this address are not read."
    assert people_of(said, sender=desk).contacts == ()
    assert [c.email for c in people_of(decline, sender=desk).contacts] == [desk.email]
    # A person's name on it is someone, whatever sent it.
    jane = Address("Jane Roe", "jane@acme.example")
    found = people_of(decline, sender=jane, auto_submitted="auto-generated").contacts
    assert [c.email for c in found] == [jane.email]
    assert people_of(decline, sender=desk, auto_submitted="no").contacts != ()


def test_mail_sent_to_a_list_is_answered_by_nobody_but_a_named_person() -> None:
    """A webinar's registration or a newsletter (List-Id, List-Unsubscribe, Precedence: bulk;
    RFC 2919, 2369) is nobody to write to, unless a person signs it with their name."""
    events = Address("Data Careers Events", "events@careers-weekly.example")
    text = "You're registered. The calendar invitation is attached."
    base = people_of(text, sender=events)
    assert [c.email for c in base.contacts] == [events.email]
    headers: tuple[dict[str, object], ...] = (
        {"list_id": "<events.careers-weekly.example>"},
        {"list_unsubscribe": True},
        {"precedence": "bulk"},
    )
    for header in headers:
        assert people_of(text, sender=events, **header).contacts == (), header
    jane = Address("Jane Roe", "jane@careers-weekly.example")
    found = people_of(text, sender=jane, precedence="list").contacts
    assert [c.email for c in found] == [jane.email]


def test_a_persons_name_in_the_text_is_not_the_company() -> None:
    """ "Technical interview with Eero Salminen": he is on the calendar, so he is no employer."""
    eero = Contact("Eero Salminen", "eero.salminen@skerrow.example", "interviewer")
    maja = Address("Maja Koval", "maja.koval@skerrow.example")
    text = "Technical interview with Eero Salminen\nThursday 2 April, 13:00-14:00, video"
    people = people_of(text, "Invitation: Technical interview", sender=maja, interviewers=(eero,))
    assert people.company == "Skerrow"  # the domain's guess, not the interviewer
    assert people.company_how.startswith("guessed from")
