"""Banks and accounts: declined payments, approvals and one-time codes."""

from __future__ import annotations

from ..model import maker

c = maker("commercial")
f = maker("finance")
a = maker("account")
t = maker("travel")

_SHOP = "{shop} <orders@{shopdom}>"
_BANK = "{bank} <alerts@{bankdom}>"

BASES = [
    f(
        "bnk-01",
        "other",
        "notify",
        "Payment declined",
        """
Hi {first},

A payment of {amount} to ONLINE STORE with your card ending {card4} was declined
because it looked unusual.

If this was you, tap "Yes, it was me" in the app and try again. If not, freeze your card
right away.
""",
        frm=_BANK,
        n=6,
    ),
    f(
        "bnk-02",
        "other",
        "notify",
        "Your statement is ready",
        """
Hello {first},

Your monthly statement for the account ending {card4} is now available in online banking.

For your security, we never include account details in emails. Log in to view it.

{bank}
""",
        frm=_BANK,
    ),
    f(
        "bnk-03",
        "other",
        "notify",
        "Direct debit rejected",
        """
Dear {me},

A direct debit of {amount} to Brightgrid Energy was rejected on {dlmd} due to
insufficient funds. A fee may apply.

Please make sure there's enough money in your account before the payee tries again.

{bank}
""",
        frm=_BANK,
    ),
    f(
        "bnk-04",
        "other",
        "notify",
        "You've received money",
        """
{fname} {flast} sent you {amount}.

Note: "rent share + pizza"

The money is available in your account now.
""",
        frm="{bank} <noreply@{bankdom}>",
    ),
    f(
        "bnk-05",
        "other",
        "notify",
        "Your loan application has been approved",
        """
Dear {first},

Good news! Your application for a personal loan has been approved.

Amount: {amount}0
Term: 36 months

Please sign your loan agreement in online banking within 14 days to receive the funds.

{bank} Lending Team
""",
        frm="{bank} Lending <lending@{bankdom}>",
    ),
    f(
        "bnk-06",
        "other",
        "notify",
        "Credit card application update",
        """
Dear {me},

Thank you for applying for the {bank} Rewards credit card. After careful review, we are
unable to approve your application at this time.

You can find the main reasons for this decision in the letter attached to your online
account. You can request a free copy of your credit report.

{bank} Card Services
""",
        frm="{bank} Card Services <cards@{bankdom}>",
    ),
    f(
        "bnk-07",
        "other",
        "notify",
        "Salary received",
        """
Incoming payment: {amount}
From: PAYROLL
Account ending: {card4}

Your balance has been updated.
""",
        frm=_BANK,
    ),
    a(
        "acc-01",
        "other",
        "notify",
        "Your verification code || {code} is your verification code",
        """
Your verification code is {code}.

This code expires in 10 minutes. If you didn't request it, you can ignore this email -
someone may have typed your email address by mistake.
""",
        frm="Circlet <security@circlet.example>",
        n=6,
    ),
    a(
        "acc-02",
        "other",
        "notify",
        "New sign-in to your account",
        """
Hi {first},

We noticed a new sign-in to your account.

Device: Laptop, Firefox
Location: {city} (approximate)

If this was you, there's nothing you need to do. If not, reset your password now.

[[Review activity|https://accounts.circlet.example/security]]
""",
        frm="Circlet <security@circlet.example>",
    ),
    a(
        "acc-03",
        "other",
        "notify",
        "Reset your password",
        """
Hi {first},

Someone requested a password reset for your {board} account. Click below to choose a new
password. This link expires in 1 hour.

[[Reset password|https://{boarddom}/reset/{token}]]

If you didn't request this, ignore this email.
""",
        frm="{board} <no-reply@{boarddom}>",
    ),
    a(
        "acc-04",
        "other",
        "notify",
        "Welcome to {board}! Confirm your email",
        """
Welcome, {first}!

You're one step away from finding your next job. Please confirm your email address so
employers can reach you.

[[Confirm email|https://{boarddom}/confirm/{token}]]
""",
        frm="{board} <welcome@{boarddom}>",
    ),
    a(
        "acc-05",
        "other",
        "notify",
        "Your candidate account has been created",
        """
Hi {first},

Your candidate account on the {company} careers site has been created. You can now save
jobs, set up alerts and apply faster.

Your username: {me_addr}

This email does not mean you have applied for a job.
""",
        frm="{company} Careers <no-reply@{slug}.careers.example>",
    ),
    a(
        "acc-06",
        "other",
        "notify",
        "Action needed: storage almost full",
        """
Hi {first},

You've used 95% of your storage. When it's full, you won't be able to receive new email.

Free up space or upgrade to get more.

[[Manage storage|https://mail.example/storage]]
""",
        frm="Mail Storage <no-reply@mail.example>",
    ),
]
