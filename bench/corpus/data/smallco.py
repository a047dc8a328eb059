"""Small companies: the founder or the only manager writes, informally, with typos."""

from __future__ import annotations

from ..model import maker

b = maker("smallco")

BASES = [
    b(
        "sml-inv-01",
        "invitation",
        "founder",
        "hi from {company}",
        """
Hey {first},

{rfirst} here, I'm one of the two founders of {company}. Saw your application come in
last night and honestly it's one of the best we've had. We're tiny (6 people) so
there's no formal process, just a couple of conversations.

Would you be up for a call sometime this week? Send me a couple of times and I'll make
it work.

{rfirst}
""",
    ),
    b(
        "sml-inv-02",
        "invitation",
        "founder",
        "Your application",
        """
hi {first}, thanks for applying! are you free for a quick video chat sometime next week?
Mon-Wed are best for me. let me know

{rfirst}
""",
    ),
    b(
        "sml-inv-03",
        "invitation",
        "founder",
        "{role} @ {company}",
        """
Hello {first},

Thanks a lot for your interest in joining {company}. I'm the CEO and I do all the first
interviews myself.

I'd love to chat for 30 minutes. You can grab a slot in my calendar here:
https://{cdomain}/calendar/{rslug} - or if nothing fits, just reply with what does.

Best,
{rname}
""",
    ),
    b(
        "sml-conf-01",
        "confirmation",
        "founder",
        "Re: hi from {company}",
        """
great, {wday} at {wt12s} then. I'll send a link - we use a plain video call, nothing to
install.

talk soon
{rfirst}
""",
        thread="availability",
        days=(1, 6),
    ),
    b(
        "sml-conf-02",
        "confirmation",
        "founder",
        "Trial day on {wmd}",
        """
Hi {first},

So glad you're up for a trial day with us! As agreed, it's {wday}, {wdate}, from
{wtime} to {wend}. We'll pay you for the day, obviously.

Address: {company}, Unit 4, The Old Print Works, {city}. Ring the bell marked
"{company} - upstairs".

You'll pair with {hfirst} in the morning and present something small to the team at 4.

{rfirst}
""",
        minutes=480,
        hours=(9, 9.5),
    ),
    b(
        "sml-conf-03",
        "confirmation",
        "founder",
        "Tomorrow's chat",
        """
Hi {first} - confirming tomorrow at {wt12s} for the chat with me and my co-founder
{hfirst}. We'll meet at the cafe downstairs from our office, the one with the green
door. I'm bald and will be wearing a yellow jumper, can't miss me.

{rfirst}
""",
        days=(1, 1),
    ),
    b(
        "sml-rej-01",
        "rejection",
        "founder",
        "Re: your application",
        """
Hi {first},

Sorry for taking so long to get back to you. We've had a tough few weeks with funding
and have had to freeze all hiring, including this role. I'm really sorry - you were
genuinely one of our favourite applicants.

If things change in the new year I'll reach out directly.

{rfirst}
""",
        thread="application",
    ),
    b(
        "sml-rej-02",
        "rejection",
        "founder",
        "{company} - thanks",
        """
Hey {first},

Thanks so much for the time you gave us this week. We talked it over as a team and we're
going to go with someone who's done the early-stage thing before, because we really need
that experience right now.

I'm happy to be a reference or intro you to friends who are hiring - just ask.

{rfirst}
""",
    ),
    b(
        "sml-rej-03",
        "rejection",
        "founder",
        "role update",
        """
Hi {first},
quick update, we found someone for the role through a referral so we're closing it.
thanks for applying and sorry it didn't work out this time!
{rfirst}
""",
    ),
    b(
        "sml-offer-01",
        "offer",
        "founder",
        "We'd love you to join!",
        """
{first}!!

We all loved working with you on the trial day. We'd love you to join {company} as our
{role}. I'm thinking {salary} plus 0.5% equity, starting whenever suits you (ideally
around {stmd}).

Let's jump on a call to talk it through - when's good?

{rfirst}
""",
    ),
    b(
        "sml-offer-02",
        "offer",
        "founder",
        "Offer letter",
        """
Hi {first},

As discussed on the phone, please find your offer letter attached. It's pretty simple -
we're a small team - but shout if anything's unclear. If you're happy, sign and send it
back whenever you can.

Really looking forward to working together.

{rname}
""",
        attach="{company} - Offer Letter.pdf",
    ),
    b(
        "sml-stat-01",
        "status_update",
        "founder",
        "small task",
        """
Hey {first},

Thanks for the great chat yesterday! Next step on our side is a small paid task - should
take 2-3 hours. I'll send it over tomorrow; no rush, anytime next week is fine.

{rfirst}
""",
    ),
    b(
        "sml-ack-01",
        "acknowledgment",
        "founder",
        "Re: {role} application",
        """
Thanks {first}! got your application. we're reading everything this weekend and I'll get
back to you early next week.
{rfirst}
""",
        thread="application",
        by="enw",
    ),
    b(
        "sml-resch-01",
        "reschedule",
        "founder",
        "can we move our call?",
        """
Hi {first}, so sorry - I've just realised I have a parents' evening at my kid's school
on {oday}. Could we move our {ot12s} call to {wday} at {wt12s}? Same link. Apologies!!
{rfirst}
""",
        days=(1, 4),
    ),
]
