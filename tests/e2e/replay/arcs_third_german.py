"""Third story: two German employers writing in German.

Mirabelle Versicherung (Munich) acknowledges through a German ATS, fixes a video interview
by text and asks for a confirmation, asks for salary expectations and a start date, holds a
second round on site and declines in a person's words without ever saying "leider"; Alex
leaves that reply draft unsent. Stadtwerke Ebersheim (a municipal utility) receives an
application by email, confirms receipt, invites weeks later with a date to confirm, names a
selection panel without addresses, promises a decision "bis Ende der KW 14", and is
withdrawn from after the offer elsewhere.
"""

from __future__ import annotations

from datetime import date

from storykit.mail import Person

from replay.clock import at_once, next_morning, status_promised, t, thank_you
from replay.plot import Plot, txt
from replay.third_mail import AUTOMATED, STELLWERK, ats_html, german


def mirabelle(plot: Plot) -> None:
    """Mirabelle Versicherung: ATS, a confirmation, a question, two rounds, a person's no."""
    emp = plot.employer("mirabelle", "Mirabelle Versicherung")
    katrin = Person("Katrin Hoffmann", "k.hoffmann@mirabelle-versicherung.example")
    ralf = Person("Dr. Ralf Neumann", "r.neumann@mirabelle-versicherung.example")
    sabine = Person("Sabine Kr\u00fcger", "s.krueger@mirabelle-versicherung.example")
    ack_text = txt(
        """
        Guten Tag Alex Morgan,

        vielen Dank f\u00fcr Ihre Bewerbung und Ihr Interesse an der Mirabelle
        Versicherung AG. Ihre Unterlagen f\u00fcr die Position Data Engineer (m/w/d),
        Kennziffer MV-2026-031, sind vollst\u00e4ndig bei uns eingegangen.

        Wir pr\u00fcfen Ihre Bewerbung sorgf\u00e4ltig und melden uns in der Regel
        innerhalb von drei Wochen bei Ihnen.

        Mit freundlichen Gr\u00fc\u00dfen
        Ihr Recruiting-Team der Mirabelle Versicherung AG

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese
        Nachricht.
        """
    )
    emp.receive("ack", t(1, 7, 19, 33), Person("Mirabelle Versicherung AG", STELLWERK),
        "Eingangsbest\u00e4tigung Ihrer Bewerbung - Data Engineer (m/w/d)", ack_text,
        html=ats_html(ack_text, brand="Mirabelle Versicherung AG", vendor="Stellwerk HR"),
        headers=AUTOMATED)  # fmt: skip
    invited = emp.receive("invite", t(1, 20, 11, 15), katrin,
        "Einladung zum Kennenlerngespr\u00e4ch - Data Engineer (m/w/d)", txt(
        """
        Guten Tag Alex Morgan,

        vielen Dank f\u00fcr Ihre Bewerbung. Wir m\u00f6chten Sie gerne zu einem ersten
        Gespr\u00e4ch per Videokonferenz (Microsoft Teams) einladen:

        Dienstag, 27. Januar 2026, 14:30 bis 15:30 Uhr

        Ihre Gespr\u00e4chspartner sind Dr. Ralf Neumann (Teamleiter Data Platform) und
        ich. Den Einwahllink erhalten Sie am Vortag.

        Bitte best\u00e4tigen Sie uns kurz den Termin.

        Viele Gr\u00fc\u00dfe
        Katrin Hoffmann
        Personalreferentin | Mirabelle Versicherung AG
        """))  # fmt: skip
    emp.expect_sent("confirm", "confirmation_reply", invited, katrin, at_once(invited.at),
        "Katrin fixes 27 January 14:30-15:30 and asks for a confirmation (\"Bitte "
        "best\u00e4tigen Sie uns kurz den Termin\"): a short confirming reply",
        send_at=t(1, 20, 13, 40), text=txt(
        """
        Guten Tag Frau Hoffmann,

        vielen Dank f\u00fcr die Einladung. Den Termin am Dienstag, 27. Januar, um
        14:30 Uhr best\u00e4tige ich gerne.

        Viele Gr\u00fc\u00dfe
        Alex Morgan
        """))  # fmt: skip
    emp.interview(t(1, 27, 14, 30))
    thanks = emp.expect_sent("thank-you-first", "thank_you", invited, katrin,
        thank_you(t(1, 27, 14, 30), 60),
        "the first interview (14:30-15:30 on 27 January): Katrin interviewed and has an "
        "address; Dr. Neumann's address was not given, so only Katrin gets a thank-you",
        send_at=t(1, 27, 19, 0), text=txt(
        """
        Guten Tag Frau Hoffmann,

        vielen Dank f\u00fcr das angenehme Gespr\u00e4ch heute Nachmittag. Bitte richten
        Sie auch Herrn Dr. Neumann meinen Dank aus. Die Pl\u00e4ne f\u00fcr die neue
        Datenplattform haben mein Interesse an der Stelle noch verst\u00e4rkt.

        Viele Gr\u00fc\u00dfe
        Alex Morgan
        """))  # fmt: skip
    second = emp.receive("salary", t(2, 4, 9, 20), katrin, "Zweites Gespr\u00e4ch - Vorab-Fragen",
        german(txt(
        """
        Guten Tag Alex Morgan,

        wir freuen uns, Ihnen mitteilen zu k\u00f6nnen, dass wir Sie gerne zu einem zweiten
        Gespr\u00e4ch einladen m\u00f6chten.

        Vorab zwei Fragen: K\u00f6nnten Sie uns Ihre Gehaltsvorstellung (Jahresbrutto)
        und Ihren fr\u00fchestm\u00f6glichen Eintrittstermin mitteilen? Den Termin f\u00fcr
        das Gespr\u00e4ch stimmen wir anschlie\u00dfend ab.

        Viele Gr\u00fc\u00dfe
        Katrin Hoffmann
        """), thanks), parent=thanks)  # fmt: skip
    answered = emp.expect_sent("salary-reply", "reply", second, katrin, at_once(second.at),
        "Katrin asks for salary expectations and the earliest start date: a reply",
        send_at=t(2, 4, 12, 0), text=txt(
        """
        Guten Tag Frau Hoffmann,

        vielen Dank, das freut mich sehr! Meine Gehaltsvorstellung liegt bei 85.000 Euro
        brutto im Jahr; fr\u00fchestm\u00f6glich k\u00f6nnte ich zum 1. Mai beginnen.

        Viele Gr\u00fc\u00dfe
        Alex Morgan
        """))  # fmt: skip
    onsite = emp.receive("onsite", t(2, 5, 10, 5), katrin,
        "Zweites Gespr\u00e4ch am 12.02.2026 in M\u00fcnchen", german(txt(
        """
        Guten Tag Alex Morgan,

        vielen Dank f\u00fcr Ihre R\u00fcckmeldung. Das zweite Gespr\u00e4ch findet bei uns
        vor Ort statt:

        Donnerstag, 12.02.2026, 10:00-12:00 Uhr
        Mirabelle Versicherung AG, Theresienh\u00f6he 7, 80339 M\u00fcnchen, Empfang Haus B

        Ihre Gespr\u00e4chspartner: Dr. Ralf Neumann (r.neumann@mirabelle-versicherung.example)
        und Sabine Kr\u00fcger, Leiterin Data & Analytics
        (s.krueger@mirabelle-versicherung.example).

        Die Reisekosten (Bahn, 2. Klasse) erstatten wir Ihnen selbstverst\u00e4ndlich.

        Viele Gr\u00fc\u00dfe
        Katrin Hoffmann
        """), answered), parent=answered)  # fmt: skip
    emp.interview(t(2, 12, 10, 0))
    for who, tag in ((ralf, "neumann"), (sabine, "krueger")):
        emp.expect_sent(f"thank-you-{tag}", "thank_you", onsite, who,
            thank_you(t(2, 12, 10, 0), 120),
            f"{who.name} interviews on site 10:00-12:00 on 12 February and this time the "
            "addresses are given: a thank-you to each",
            also=(second,), send_at=t(2, 12, 15, 30), text=txt(
            """
            Guten Tag,

            vielen Dank f\u00fcr das Gespr\u00e4ch heute Vormittag in M\u00fcnchen und die
            Zeit, die Sie sich genommen haben. Ich habe einen sehr guten Eindruck vom Team
            gewonnen.

            Viele Gr\u00fc\u00dfe
            Alex Morgan
            """))  # fmt: skip
    # A person's no without "leider"; Alex never sends the reply draft.
    no = emp.receive("decline", t(2, 18, 16, 2), katrin,
        "Ihre Bewerbung als Data Engineer (m/w/d)", txt(
        """
        Guten Tag Alex Morgan,

        nochmals herzlichen Dank f\u00fcr die Zeit, die Sie sich f\u00fcr die Gespr\u00e4che
        mit uns genommen haben, und f\u00fcr Ihre Anreise nach M\u00fcnchen.

        Nach sorgf\u00e4ltiger Abw\u00e4gung haben wir uns entschieden, die Position mit
        einer Kandidatin zu besetzen, deren Erfahrung im Versicherungsumfeld unseren
        aktuellen Anforderungen noch etwas n\u00e4her kommt. Diese Entscheidung ist uns
        nicht leichtgefallen.

        F\u00fcr Ihre berufliche Zukunft w\u00fcnschen wir Ihnen alles Gute und viel Erfolg.

        Mit freundlichen Gr\u00fc\u00dfen
        Katrin Hoffmann
        """), closes="decline")  # fmt: skip
    emp.expect(
        "rejection-reply",
        "rejection_reply",
        no,
        katrin,
        next_morning(no.at),
        "Katrin (a person) declines after the second round, in German and without "
        '"leider": a gracious reply the next morning (Alex leaves it unsent)',
    )


def ebersheim(plot: Plot) -> None:
    """Stadtwerke Ebersheim: an emailed application, a slow public-sector process."""
    emp = plot.employer("ebersheim", "Stadtwerke Ebersheim")
    office = Person("Stadtwerke Ebersheim - Personal", "bewerbung@stadtwerke-ebersheim.example")
    albers = Person("Monika Albers", "m.albers@stadtwerke-ebersheim.example")
    applied = emp.send("application", t(2, 9, 20, 15), office,
        "Bewerbung als Dateningenieur (m/w/d), Kennziffer 2026-014", txt(
        """
        Sehr geehrte Damen und Herren,

        hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Dateningenieur (m/w/d),
        Kennziffer 2026-014. Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """))  # fmt: skip
    emp.receive("receipt", t(2, 11, 10, 40), albers,
        "AW: Bewerbung als Dateningenieur (m/w/d), Kennziffer 2026-014", german(txt(
        """
        Sehr geehrte Bewerberin, sehr geehrter Bewerber,

        hiermit best\u00e4tigen wir den Eingang Ihrer Bewerbungsunterlagen. Das
        Auswahlverfahren wird voraussichtlich einige Wochen in Anspruch nehmen. Wir bitten
        um Ihr Verst\u00e4ndnis.

        Mit freundlichen Gr\u00fc\u00dfen
        Im Auftrag
        Monika Albers
        Personalabteilung | Stadtwerke Ebersheim GmbH
        """), applied), parent=applied)  # fmt: skip
    invited = emp.receive("invite", t(3, 9, 14, 20), albers,
        "Einladung zum Vorstellungsgespr\u00e4ch - Kennziffer 2026-014", txt(
        """
        Sehr geehrte/r Alex Morgan,

        wir freuen uns, Sie zu einem Vorstellungsgespr\u00e4ch einladen zu k\u00f6nnen:

        am Montag, den 23.03.2026, um 9:30 Uhr
        Dauer: ca. 60 Minuten
        Ort: Verwaltungsgeb\u00e4ude, Am Wasserwerk 3, Raum 2.14

        Der Auswahlkommission geh\u00f6ren Herr Dr. Uwe Schlegel (Bereichsleiter IT),
        Frau Petra Kaminski (Betriebsrat) und die Gleichstellungsbeauftragte an.

        Bitte best\u00e4tigen Sie uns den Termin bis zum 16.03.2026 per E-Mail.

        Mit freundlichen Gr\u00fc\u00dfen
        Im Auftrag
        Monika Albers
        """))  # fmt: skip
    emp.expect_sent("confirm", "confirmation_reply", invited, albers, at_once(invited.at),
        "the invitation fixes Monday 23.03.2026, 9:30 Uhr, and asks for a confirmation by "
        "e-mail: a short confirming reply",
        send_at=t(3, 9, 16, 45), text=txt(
        """
        Sehr geehrte Frau Albers,

        vielen Dank f\u00fcr die Einladung. Den Termin am Montag, 23.03.2026, um 9:30 Uhr
        best\u00e4tige ich gerne.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """))  # fmt: skip
    emp.interview(t(3, 23, 9, 30))
    thanked = emp.expect_sent("thank-you", "thank_you", invited, albers,
        thank_you(t(3, 23, 9, 30), 60),
        "the panel of 23 March (9:30, about an hour) is named without addresses: the "
        "thank-you goes to the contact, Frau Albers",
        send_at=t(3, 23, 14, 0), text=txt(
        """
        Sehr geehrte Frau Albers,

        vielen Dank f\u00fcr das Gespr\u00e4ch heute Vormittag. Bitte geben Sie meinen Dank
        auch an Herrn Dr. Schlegel und die weiteren Mitglieder der Kommission weiter.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """))  # fmt: skip
    later = emp.receive("kw14", t(3, 23, 15, 10), albers,
        "AW: Einladung zum Vorstellungsgespr\u00e4ch - Kennziffer 2026-014", german(txt(
        """
        Sehr geehrte/r Alex Morgan,

        vielen Dank f\u00fcr Ihre Nachricht und das freundliche Gespr\u00e4ch. Es finden in
        dieser Woche noch weitere Gespr\u00e4che statt. Wir werden Ihnen unsere
        Entscheidung voraussichtlich bis Ende der KW 14 mitteilen.

        Mit freundlichen Gr\u00fc\u00dfen
        Im Auftrag
        Monika Albers
        """), thanked), parent=thanked)  # fmt: skip
    emp.promise(date(2026, 4, 3))
    checked = emp.expect_sent("status-check", "status_check", later, albers,
        status_promised(date(2026, 4, 3)),
        "\"bis Ende der KW 14\" is Friday 3 April; nothing came: a status check two working "
        "days later",
        send_at=t(4, 7, 13, 20), text=txt(
        """
        Sehr geehrte Frau Albers,

        ich wollte mich freundlich erkundigen, ob es zur Stelle mit der Kennziffer
        2026-014 bereits eine Entscheidung gibt. Ich bin weiterhin sehr interessiert.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """))  # fmt: skip
    gone = emp.send("withdraw", t(4, 9, 10, 30), albers,
        "Re: AW: Einladung zum Vorstellungsgespr\u00e4ch - Kennziffer 2026-014", txt(
        """
        Sehr geehrte Frau Albers,

        inzwischen habe ich ein anderes Angebot angenommen und ziehe meine Bewerbung
        daher zur\u00fcck. Vielen Dank f\u00fcr das Interesse und das angenehme Gespr\u00e4ch.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """), parent=checked, closes="withdrawal")  # fmt: skip
    emp.receive("withdrawn", t(4, 14, 9, 0), albers,
        "AW: Einladung zum Vorstellungsgespr\u00e4ch - Kennziffer 2026-014", german(txt(
        """
        Sehr geehrte/r Alex Morgan,

        wir best\u00e4tigen den R\u00fcckzug Ihrer Bewerbung. Ihre Unterlagen werden gem\u00e4\u00df
        den datenschutzrechtlichen Bestimmungen nach sechs Monaten gel\u00f6scht.

        Wir w\u00fcnschen Ihnen f\u00fcr Ihren weiteren Berufsweg alles Gute.

        Mit freundlichen Gr\u00fc\u00dfen
        Im Auftrag
        Monika Albers
        """), gone), parent=gone)  # fmt: skip
