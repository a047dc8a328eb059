"""Community groups and mailing lists."""

from __future__ import annotations

from ..model import maker

p = maker("personal")
c = maker("community")

_FRIEND = "{fname} {flast} <{faddr}>"

BASES = [
    c(
        "com-01",
        "other",
        "list",
        "[Riverside Runners] Sunday long run - route change",
        """
Hi all,

Because of the bridge works, Sunday's long run will start from the boathouse instead of
the park gates. Same time (8:00), same pace groups.

New members always welcome - just turn up!

{fname}
Riverside Runners committee
""",
        frm="{fname} {flast} via Riverside Runners <runners@lists.riverside.example>",
    ),
    c(
        "com-02",
        "other",
        "list",
        "[Data Meetup] Call for speakers - spring edition",
        """
Hi everyone,

We're putting together the spring meetup and need speakers! 20-minute talks on anything
data related. Submit your idea by replying to this thread.

Also: several sponsors are hiring and will have a table at the event, so bring your CV if
you're looking.

Cheers,
{fname} (organiser)
""",
        frm="{fname} {flast} <datameetup@lists.meetup-city.example>",
    ),
    c(
        "com-03",
        "other",
        "list",
        "Neighbourhood digest: lost cat, road works, free sofa",
        """
Today's posts from your neighbourhood:

- Lost: grey tabby cat near Elm Road, answers to "Biscuit"
- Road works on Mill Lane from Monday, expect delays
- Free sofa, good condition, collection only
- Recommendation wanted: reliable electrician

Reply to any post on the website.
""",
        frm="Neighbourhood Digest <digest@neighbours.example>",
    ),
    c(
        "com-04",
        "other",
        "list",
        "Choir rehearsal moved to Thursday",
        """
Dear singers,

This week's rehearsal is moved to Thursday at 7pm because the hall is booked on
Wednesday. Please bring your scores for the spring concert.

See you there,
{fname}
""",
        frm="{fname} {flast} <choir@community-hall.example>",
    ),
    c(
        "com-05",
        "other",
        "list",
        "[Alumni] Careers evening - register now",
        """
Dear alumni,

Our annual careers evening is back! Meet graduates working across industry, the public
sector and research. Employers attending include {company} and {company2}.

Registration is free but required: https://alumni.example/careers-evening

Alumni Relations Office
""",
        frm="Alumni Relations <alumni@alumni.example>",
    ),
    c(
        "com-06",
        "other",
        "list",
        "School newsletter - week 6",
        """
Dear parents and carers,

- Parent-teacher interviews: please book your 10-minute slot via the school app
- Non-uniform day on Friday (bring a coin for charity)
- Reminder: the car park is for staff only

Thank you,
The Head Teacher
""",
        frm="Oakfield Primary School <office@oakfield-primary.example>",
    ),
    c(
        "com-07",
        "other",
        "list",
        "[Job seekers circle] This week's meeting",
        """
Hi all,

Our weekly job seekers circle meets on Wednesday at the library, 6pm. Topic: salary
negotiation. {fname} will share how she negotiated her offer last month.

Bring questions! All welcome, whether you're just starting out or months into the search.

{fname2}
""",
        frm="{fname2} via Job Seekers Circle <circle@lists.library.example>",
    ),
]
