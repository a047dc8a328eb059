"""Shops, travel and appointments: confirmations and cancellations of other things."""

from __future__ import annotations

from ..model import maker

c = maker("commercial")
f = maker("finance")
a = maker("account")
t = maker("travel")

_SHOP = "{shop} <orders@{shopdom}>"
_BANK = "{bank} <alerts@{bankdom}>"

BASES = [
    c(
        "shp-01",
        "other",
        "receipt",
        "Your {shop} order {order} is confirmed || Order confirmation #{order}",
        """
Thanks for your order, {first}!

Order #{order}
| Wireless earbuds | 1 | {amount} |
| USB-C cable, 2 m | 2 | included |

Estimated delivery: {dlwd}, {dlmd}

[[Track your order|https://{shopdom}/orders/{order}]]

Questions? Visit our help centre.
""",
        frm=_SHOP,
        n=6,
    ),
    c(
        "shp-02",
        "other",
        "receipt",
        "Your parcel is on its way",
        """
Good news, {first}! Your parcel has shipped.

Tracking number: 1Z{jobid}{code}
Carrier: Parcelmoor Express

It should arrive in 2-3 working days. We'll send another update when it's out for
delivery.
""",
        frm="{shop} <shipping@{shopdom}>",
    ),
    c(
        "shp-03",
        "other",
        "receipt",
        "Delivery rescheduled",
        """
Hi {first},

We missed you today! Your delivery has been rescheduled for {dlwd} between 8am and 1pm.

Not going to be home? Choose a safe place or pick up from a nearby locker:
https://{shopdom}/delivery/{token}
""",
        frm="Parcelmoor Deliveries <noreply@parcelmoor.example>",
    ),
    c(
        "shp-04",
        "other",
        "receipt",
        "Your return request was rejected",
        """
Hi {first},

We've reviewed your return request for order #{order}. Unfortunately, we can't accept
this return because the item was returned outside the 30-day return window.

If you think this is a mistake, reply to this email and our support team will take
another look.

{shop} Customer Care
""",
        frm="{shop} Customer Care <support@{shopdom}>",
    ),
    c(
        "shp-05",
        "other",
        "news",
        "An exclusive offer just for you: 30% off",
        """
{first}, this one's just for you.

Take 30% off everything this weekend with code WEEKEND30. Our best offer of the season!

[[Shop now|https://{shopdom}/sale]]

Offer valid until Sunday midnight. Cannot be combined with other offers.
""",
        frm="{shop} <hello@{shopdom}>",
    ),
    c(
        "shp-06",
        "other",
        "news",
        "You left something in your basket",
        """
Still thinking it over?

The items in your basket are waiting for you, but we can't hold them forever.

[[Complete your order|https://{shopdom}/basket]]
""",
        frm="{shop} <hello@{shopdom}>",
    ),
    c(
        "shp-07",
        "other",
        "receipt",
        "Your subscription will renew soon",
        """
Hi {first},

Your annual plan renews on {dlmd} for {amount}. No action is needed if you'd like to
keep your subscription.

To change or cancel your plan, go to Account > Subscription.
""",
        frm="Streambox <billing@streambox.example>",
    ),
    c(
        "shp-08",
        "other",
        "receipt",
        "Your electricity bill is ready",
        """
Hello {first},

Your latest bill is now available.

Amount due: {amount}
Due date: {dldate}

We'll collect this by direct debit, so you don't need to do anything.

[[View bill|https://myaccount.brightgrid.example/bills]]
""",
        frm="Brightgrid Energy <bills@brightgrid.example>",
    ),
    c(
        "shp-09",
        "other",
        "receipt",
        "Booking confirmation - table for 4",
        """
Hi {first},

Your table is confirmed!

Restaurant: Olive & Ash
Date: {wday}, {wmd}
Time: {wt12s}
Guests: 4

Need to make a change? Please give us at least 24 hours' notice.
""",
        frm="Olive & Ash <bookings@oliveash.example>",
        hours=(19, 19.5, 20),
    ),
    c(
        "shp-10",
        "other",
        "receipt",
        "Appointment reminder: {wday} at {wtime}",
        """
This is a reminder of your appointment at Harbour Medical Practice:

{wday} {wdate} at {wtime} with Dr {hname}.

If you can no longer attend, please cancel online or call us so the slot can be offered
to another patient.
""",
        frm="Harbour Medical Practice <noreply@harbourmedical.example>",
    ),
    c(
        "shp-11",
        "other",
        "receipt",
        "Your car service is booked",
        """
Thanks {first}, your car service is booked.

Drop-off: {wday} {wmd}, {wtime}
Service: Annual service + MOT
Estimated cost: {amount}

We'll call you when it's ready for collection.

Northway Motors
""",
        frm="Northway Motors <service@northway.example>",
    ),
    t(
        "trv-01",
        "other",
        "receipt",
        "Your flight has been rescheduled",
        """
Dear {me},

Due to operational reasons, the departure time of your flight has changed.

Flight: NA 2041
Original departure: {oday} {omd}, {ot24}
New departure: {wday} {wmd}, {wt24}

If the new time doesn't suit you, you can change your flight free of charge in Manage
Booking.

Northair
""",
        frm="Northair <bookings@northair.example>",
    ),
    t(
        "trv-02",
        "other",
        "receipt",
        "Booking cancelled: Seaview Hotel",
        """
Hi {first},

Your booking at Seaview Hotel for {wmd} has been cancelled as requested. A refund of
{amount} will be returned to your card within 5-7 business days.

Cancellation number: {code}
""",
        frm="Staybook <reservations@staybook.example>",
    ),
    t(
        "trv-03",
        "other",
        "receipt",
        "Your train tickets",
        """
Hi {first},

Here are your e-tickets.

Outbound: {wday} {wmd}, {wt24} - Central to Harbourside
Seat: Coach C, seat 42

Show the QR code in the attachment on your phone or print it.
""",
        frm="Railway Tickets <tickets@railtix.example>",
        attach="tickets_{order}.pdf",
    ),
    t(
        "trv-04",
        "other",
        "receipt",
        "Confirmed: your ride on {wmd}",
        """
Your ride is scheduled.

Pickup: {wday} at {wt12s}
From: Home
To: Airport, Terminal 2

Your driver will be assigned 15 minutes before pickup.
""",
        frm="Zipride <rides@zipride.example>",
    ),
]
