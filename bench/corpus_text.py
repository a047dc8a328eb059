"""Wording pools for the labeled corpus generator (bench/make_corpus.py).

Each pool holds several independent phrasings; the generator combines them at random so the
corpus does not repeat one template. {company}, {role}, {name}, {recruiter}, {when}, {by}
and {link} are filled in by the generator.
"""

from __future__ import annotations

COMPANIES = [
    "Acme Robotics",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Hooli",
    "Vandelay Industries",
    "Stark Analytics",
    "Wayne Logistics",
    "Soylent Foods",
    "Tyrell Systems",
    "Cyberdyne Labs",
    "Wonka Confections",
    "Oscorp Bio",
    "Pied Piper",
    "Massive Dynamic",
    "Aperture Science",
    "Blue Sun",
    "Nakatomi Trading",
    "Gringotts Finance",
    "Monarch Solutions",
    "Dunder Paper",
    "Prestige Worldwide",
    "Bluth Homes",
    "Sterling Cooper",
    "Northwind Traders",
    "Contoso",
    "Fabrikam",
    "Tailspin Toys",
    "Adventure Works",
    "Litware",
    "Proseware",
    "Wingtip Travel",
    "Zephyr Energy",
    "Lumen Grid",
    "Quillmark",
    "Brightpath Learning",
    "Halcyon Bank",
    "Copperleaf Studio",
    "Redwood Data",
    "Orbital Freight",
]
ROLES = [
    "Senior Software Engineer",
    "Product Manager",
    "Data Scientist",
    "UX Designer",
    "Backend Engineer",
    "Engineering Manager",
    "Marketing Specialist",
    "Financial Analyst",
    "Site Reliability Engineer",
    "Customer Success Manager",
    "Staff Data Engineer",
    "Frontend Developer",
    "Technical Writer",
    "Sales Development Representative",
    "Machine Learning Engineer",
    "Operations Coordinator",
    "Security Analyst",
    "Head of Design",
    "QA Engineer",
    "Research Scientist",
    "Account Executive",
    "Platform Engineer",
    "Business Analyst",
    "Content Strategist",
]
PEOPLE = [
    "Jane Doe",
    "Priya Patel",
    "Tom Becker",
    "Maria Garcia",
    "Wei Chen",
    "Aisha Khan",
    "Lukas Weber",
    "Sofia Rossi",
    "Daniel Kim",
    "Emma Johnson",
    "Carlos Mendes",
    "Hannah Fischer",
    "Olivia Brown",
    "Noah Wilson",
    "Yuki Tanaka",
    "Fatima Ali",
    "Liam O'Connor",
    "Chloe Martin",
    "Ravi Kumar",
    "Grace Lee",
    "Mateo Silva",
    "Nina Novak",
]
RECRUITER_TITLES = [
    "Senior Recruiter",
    "Technical Recruiter",
    "Talent Acquisition Partner",
    "Recruiting Coordinator",
    "Talent Partner",
    "People Operations",
    "Head of Talent",
    "Sourcer",
    "Recruitment Consultant",
]
GREETINGS = ["Hi {name},", "Hello {name},", "Dear {name},", "Hey {name},", "{name},", "Hi there,"]
SIGNOFFS = [
    "Best regards,",
    "Kind regards,",
    "Best,",
    "Thanks,",
    "Cheers,",
    "Sincerely,",
    "Warm regards,",
    "All the best,",
    "Thank you,",
]

REJECTION = [
    "Thank you for taking the time to apply for the {role} position at {company}. After careful "
    "consideration, we have decided to move forward with other candidates whose experience "
    "more closely matches our current needs.",
    "We appreciate your interest in {company}. Unfortunately, we will not be moving forward "
    "with your application for the {role} role at this time.",
    "Thanks again for interviewing with us for the {role} opening. This was a difficult "
    "decision, but we've decided to pursue other candidates for this role.",
    "I wanted to follow up on your application. We regret to inform you that your application "
    "for {role} was not successful on this occasion.",
    "Thank you for your interest in the {role} role. The position has now been filled, so we "
    "won't be progressing your application any further.",
    "After reviewing your background, the hiring team has decided not to proceed with your "
    "candidacy for the {role} position.",
    "I'm sorry to share that we won't be extending an offer for the {role} role. The team was "
    "impressed with your work, but we went with a candidate whose background is a closer match.",
    "Thank you for the time you spent with our team. Unfortunately we are unable to move "
    "forward with your application for {role} at {company}.",
    "We have carefully reviewed your application and regret to let you know that you have not "
    "been selected for the next stage of the process.",
    "We received a large number of strong applications for the {role} position. While your "
    "qualifications are impressive, we have chosen to move ahead with other applicants.",
    "After much deliberation we've decided to offer the role to another candidate.",
    "Your candidacy for {role} is no longer under consideration. We truly appreciate the time "
    "and effort you invested.",
]
REJECTION_TAIL = [
    "We will keep your resume on file and may reach out if a suitable role opens up.",
    "We wish you the best of luck in your job search.",
    "Please don't hesitate to apply for future openings that match your skills.",
    "We encourage you to keep an eye on our careers page.",
    "",
]
INVITATION = [
    "Thanks for applying for the {role} role at {company}! We'd like to invite you to a 30 "
    "minute phone screen with our recruiting team. Please use the link below to pick a time "
    "that works for you:\n\n{link}",
    "I'm {recruiter}, a recruiter at {company}. I came across your profile and think you could "
    "be a great fit for our {role} opening. Would you be available for a quick intro call "
    "this week or next?",
    "The hiring team enjoyed reviewing your application for {role}, and we'd love to move you "
    "forward to the next round: a technical interview with two engineers. Could you share a "
    "few times that work for you over the next week?",
    "We would like to schedule a video interview for the {role} position. Please select a "
    "time slot using our scheduling tool: {link}",
    "Great news: the team would like to continue the conversation! Can you let me know your "
    "availability for a 45-minute call with the hiring manager next week?",
    "Are you available for a call with our engineering lead about the {role} position? Reply "
    "with two or three time slots and I'll send an invite.",
    "We're excited to invite you to the final round of interviews for {role}. What does your "
    "availability look like for the week of the 14th?",
    "Would you be interested in chatting about the {role} role on our team? If so, feel free "
    "to grab any open slot on my calendar: {link}",
    "Following your recent application, we would like to invite you for an interview at our "
    "office. Kindly let us know which days suit you best.",
    "You have been invited to complete the next step, a conversation with {recruiter}. Please "
    "book a slot here: {link}",
]
CONFIRMATION = [
    "Your interview for the {role} position is confirmed for {when}. You will be meeting with "
    "{interviewers}. A calendar invite with the video link is on its way.",
    "Thanks for picking a time! This email confirms your phone screen with {company} on {when}.",
    "Just confirming our call on {when}. I'll call you on the number in your application.",
    "You're all set: your onsite interview is scheduled for {when}. Please arrive 10 minutes "
    "early and ask for {recruiter} at reception.",
    "Great, {when} works for us. I've sent you a calendar invitation, and you'll be speaking "
    "with {interviewers}.",
    "We have booked your technical interview for {when}. The session will last about an hour.",
    "Looking forward to speaking with you on {when}! Here are the details: Zoom link below.",
]
CONFIRM_ASK = [
    "Please confirm that this time works for you.",
    "Could you reply to confirm you can attend?",
    "Let me know if this time still works.",
    "",
    "",
]
RESCHEDULE = [
    "Unfortunately our hiring manager has a conflict, so we need to reschedule your interview. "
    "The new time is {when}.",
    "Quick heads-up: your interview for {role} has been moved to {when}. Apologies for the "
    "inconvenience.",
    "Something came up on our side and we'd like to push our call to {when}, if that works.",
    "Your interview has been rescheduled to {when}. Everything else stays the same.",
    "Due to a scheduling conflict, we have moved your panel interview to {when}.",
]
CANCELLATION = [
    "I'm sorry, but we need to cancel your interview scheduled for tomorrow. I'll be in touch "
    "soon about next steps.",
    "Your interview for the {role} position on {day} has been cancelled. We apologize for the "
    "late notice.",
    "Due to an unexpected emergency, {interviewer} has to cancel our call this week. We will "
    "reach out shortly to find a new slot.",
    "Please note that the phone screen planned for {day} will no longer take place, as the "
    "hiring manager is out sick. We'll follow up with options.",
]
OFFER = [
    "On behalf of {company}, I am delighted to offer you the position of {role}! Your offer "
    "letter with the compensation details is attached.",
    "Congratulations! We're thrilled to extend you an offer to join {company} as our {role}. "
    "Please review the attached letter and let us know by the end of the week.",
    "I have great news: the team would like to make you an offer for the {role} role. I'd love "
    "to walk you through the details on a call tomorrow.",
    "We are pleased to formally offer you employment with {company}. The proposed start date "
    "is the first of next month, with a base salary of $145,000.",
    "It's my pleasure to share that you got the job! Attached is your written offer; please "
    "sign and return it within five business days.",
]
ACKNOWLEDGMENT = [
    "Thank you for applying for the {role} role at {company}. We have received your "
    "application and our team will review it shortly.",
    "This is to let you know that your application for {role} has been successfully "
    "submitted. If your experience matches what we are looking for, we will contact you.",
    "We've received your application for {role}. Due to the high volume of applications, it "
    "may take a few weeks before you hear from us.",
    "Thanks for your interest in {company}! Your application is now with our recruiting team, "
    "who will carefully review your qualifications.",
    "We confirm receipt of your application for the position of {role}. You can track the "
    "status of your application in your candidate profile.",
    "Thank you for submitting your application. Our recruiters are reviewing it and will be "
    "in touch if there is a fit.",
]
STATUS = [
    "I wanted to give you a quick update: we're still interviewing a few candidates for the "
    "{role} role and expect to make a final decision {by}.",
    "Thank you for your patience. The process is taking a little longer than expected, but "
    "we will get back to you {by}.",
    "We haven't forgotten about you! No decision has been made yet; the hiring manager is "
    "still gathering feedback from the panel. You should hear from us {by}.",
    "Just a short note to say you are still under consideration for {role}. We plan to share "
    "an update {by}.",
    "We have not yet reached a final decision on the {role} position. I'll follow up with you "
    "{by}.",
]
BY_FORMS = ["by Friday", "by the end of next week", "within two weeks"]

# --- hard negatives ---------------------------------------------------------------------
ALERTS = [
    "Jobs you may be interested in\n\n{role} - {company} - Remote\n{role2} - {company2} - "
    "Berlin\n\nEasy Apply\n\nSee all jobs",
    "Based on your profile, we found 12 new jobs for you.\n\n{role} at {company}\nApply now\n\n"
    "{role2} at {company2}\nApply now",
    "Your job alert for '{role}' has 8 new results.\n\n* {company}: {role} (Hybrid)\n* "
    "{company2}: {role2}\n\nManage your job alerts",
    "Top jobs picked for you this week. Recruiters at {company} are hiring for {role}. Be an "
    "early applicant!",
    "Salary insights: {role} roles pay $120k-$160k. Companies hiring now: {company}, {company2}.",
]
NEWSLETTERS = [
    "This week in careers: how to answer 'we've decided to move forward with other candidates' "
    "emails with grace, and why you should always send a thank-you note after an interview.",
    "{company} announces plans to hire 500 engineers in 2025. The company said it is still "
    "reviewing its office strategy and expects to make a decision by the end of the quarter.",
    "Interview tips: 7 questions to ask at the end of your interview. Plus: what to do when a "
    "recruiter says 'unfortunately the position has been filled'.",
    "Product update: we're delighted to offer you 20% off your next month of Premium. "
    "Stand out to recruiters and get insights on every job you apply to.",
    "Webinar invitation: Would you be available to join our live session on salary "
    "negotiation next Thursday? Register now, seats are limited.",
    "{company} layoffs: the company confirmed that several teams will be restructured, and "
    "the hiring freeze remains in place.",
]
RECEIPTS = [
    "Thank you for your order! Your receipt for order number 4471-{n} is below. Total: "
    "$42.17. Your package has been shipped.",
    "Your subscription has been renewed. Invoice number INV-{n}. Amount charged: $9.99.",
    "Your ride on Tuesday evening: $18.40. Thanks for riding with us.",
    "Your appointment with Dr. Miller is confirmed for next Monday at 10:00 AM. Reply C to "
    "confirm or R to reschedule.",
]
PERSONAL = [
    "Hey! How did the interview go yesterday? Fingers crossed for you. Are you free for dinner "
    "on Friday?",
    "Mom told me you had an interview at {company} this week, congrats on getting that far! "
    "Let's catch up soon.",
    "Can you send me the photos from the weekend? Also, good luck with your job search, I'm "
    "sure something will come through.",
    "I had my second interview today and I think it went ok. They said they'd decide by next "
    "week. Anyway, want to grab coffee Saturday?",
    "Reminder: book club is moved to Thursday this week. Bring snacks!",
    "The landlord said the plumber will come by on Wednesday between 9 and 12. Can you be home?",
]
NOTIFICATIONS = [
    "[{company}/api] Pull request #{n} was merged. 3 files changed.",
    "Your password was changed. If this wasn't you, please contact support.",
    "Someone viewed your profile. See who's looking: recruiters and hiring managers.",
    "Your weekly storage report: 82% used.",
]

# Subject lines per label; {c} company, {r} role, {day} weekday the message was sent.
SUBJECTS = {
    "rejection": [
        "Your application to {c}",
        "{r} at {c}",
        "Update on your application",
        "{c} | {r}",
        "Regarding your application for {r}",
        "Thank you from {c}",
        "{r} \u2013 {c}",
    ],
    "invitation": [
        "Interview invitation: {r}",
        "Next steps with {c}",
        "{c} | {r}",
        "Let's chat about {r} at {c}",
        "Schedule your interview",
        "Invitation to interview with {c}",
        "{r} opportunity",
    ],
    "confirmation": [
        "Interview confirmed: {r}",
        "Your interview with {c}",
        "Re: Availability",
        "Interview details \u2013 {c}",
        "{c} phone screen",
    ],
    "reschedule": [
        "Change of time: interview with {c}",
        "Rescheduled: {r} interview",
        "Re: {r} interview",
        "Updated interview time",
    ],
    "cancellation": [
        "Interview cancelled \u2013 {c}",
        "Re: {r} interview",
        "Our call on {day}",
        "{c} interview",
    ],
    "offer": [
        "Offer letter \u2013 {r}",
        "Great news from {c}!",
        "Your offer from {c}",
        "{c} offer",
    ],
    "acknowledgment": [
        "Thank you for applying to {c}",
        "Application received: {r}",
        "{c}: We've received your application",
        "Your application for {r}",
        "{r} at {c} - application confirmation",
    ],
    "status_update": [
        "Update on your {c} application",
        "Re: {r} interview",
        "{c} \u2013 quick update",
        "Following up on {r}",
    ],
}
