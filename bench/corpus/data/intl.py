"""Mail in German, French, Dutch and Spanish, as European employers and services send it."""

from __future__ import annotations

from ..model import maker

b = maker("inhouse")
t = maker("ats")
o = maker("commercial")

BASES = [
    t(
        "int-ack-de",
        "acknowledgment",
        "personio",
        "Eingangsbestätigung Ihrer Bewerbung als {role}",
        """
Sehr geehrte/r {me},

vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig
prüfen und uns innerhalb von zwei Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team von {company}
""",
        locale="de",
        by="weeks:2",
    ),
    t(
        "int-rej-de",
        "rejection",
        "personio",
        "Ihre Bewerbung bei {company}",
        """
Hallo {first},

vielen Dank für Deine Bewerbung und die Zeit, die Du Dir für uns genommen hast.

Leider müssen wir Dir mitteilen, dass wir uns fuer andere Kandidat:innen entschieden
haben, deren Profil noch besser zu den Anforderungen der Stelle passt. Diese Entscheidung
ist uns nicht leichtgefallen.

Wir wünschen Dir für Deine berufliche Zukunft alles Gute.

Viele Grüße
{rname}
""",
        locale="de",
    ),
    b(
        "int-conf-de",
        "confirmation",
        "recruiter",
        "Einladung zum Vorstellungsgespräch am {wnum}",
        """
Sehr geehrte/r {me},

wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:

Datum: {wday_de}, {wnum}
Uhrzeit: {wt24} bis {we24} Uhr
Ort: {company}, Hauptstraße 12, {city}, 3. OG

Ihre Gesprächspartner sind {hname} ({htitle}) und {rname} (HR). Bitte bestätigen Sie
uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
{rname}
""",
        locale="de",
        minutes=60,
    ),
    b(
        "int-inv-de",
        "invitation",
        "recruiter_gm",
        "Ihre Bewerbung - Terminabstimmung",
        """
Hallo {first},

danke für Deine Bewerbung als {role}! Wir würden Dich gerne in einem ersten
Videocall (ca. 30 Minuten) kennenlernen.

Wann passt es Dir in der kommenden Woche? Schick mir gerne zwei, drei Terminvorschläge.

Beste Grüße
{rfirst}
""",
        locale="de",
    ),
    t(
        "int-ack-fr",
        "acknowledgment",
        "workable",
        "Votre candidature chez {company}",
        """
Bonjour {first},

Nous vous remercions pour votre candidature au poste de {role}. Nous l'avons bien reçue et
notre équipe l'étudiera avec attention.

Si votre profil correspond a nos attentes, nous reviendrons vers vous dans les
prochaines semaines.

Cordialement,
L'équipe recrutement {company}
""",
        locale="fr",
    ),
    t(
        "int-rej-fr",
        "rejection",
        "smart",
        "Suite à votre candidature - {role}",
        """
Bonjour {first},

Nous vous remercions de l'intérêt que vous portez à {company}.

Après examen attentif de votre candidature, nous sommes au regret de vous informer que
nous ne pouvons pas y donner une suite favorable. Nous conservons toutefois votre profil
dans notre base de données.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Le service recrutement
""",
        locale="fr",
    ),
    b(
        "int-conf-fr",
        "confirmation",
        "recruiter",
        "Confirmation d'entretien - {role}",
        """
Bonjour {first},

Je vous confirme notre entretien le {wday_fr} {wdom} {wmon_fr} à {wt24_fr} ({wtz}), en
visioconférence. Le lien vous sera envoyé la veille.

Bien à vous,
{rname}
""",
        locale="fr",
    ),
    t(
        "int-rej-nl",
        "rejection",
        "recruitee",
        "Je sollicitatie bij {company}",
        """
Hoi {first},

Bedankt voor je sollicitatie op de functie {role} en je interesse in {company}.

We hebben alle sollicitaties zorgvuldig bekeken. Helaas moeten we je laten weten dat we
niet verder gaan met jouw sollicitatie. We hebben gekozen voor kandidaten die beter
aansluiten bij het profiel.

Veel succes met je zoektocht!

Groet,
{rname}
""",
        locale="nl",
    ),
    b(
        "int-inv-nl",
        "invitation",
        "recruiter_gm",
        "Uitnodiging kennismakingsgesprek",
        """
Hoi {first},

Leuk dat je hebt gesolliciteerd! We willen graag kennismaken in een kort videogesprek.
Kun je me laten weten wanneer je volgende week beschikbaar bent?

Groetjes,
{rfirst}
""",
        locale="nl",
    ),
    t(
        "int-ack-es",
        "acknowledgment",
        "smart",
        "Hemos recibido tu candidatura",
        """
Hola {first},

Gracias por tu interés en el puesto de {role} en {company}. Hemos recibido tu candidatura
correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
contacto contigo.

Un saludo,
Equipo de Talento de {company}
""",
        locale="eu",
    ),
    o(
        "int-oth-de",
        "other",
        "notify",
        "Ihr Sicherheitscode",
        """
Hallo {first},

Ihr Bestätigungscode lautet: {code}

Der Code ist 10 Minuten gültig. Falls Sie diese Anmeldung nicht angefordert haben,
ignorieren Sie bitte diese E-Mail.

Ihr {bank} Team
""",
        frm="{bank} <sicherheit@{bankdom}>",
        locale="de",
    ),
    o(
        "int-oth-fr",
        "other",
        "receipt",
        "Votre commande n{deg} {order} a été expédiée",
        """
Bonjour {first},

Bonne nouvelle ! Votre commande n{deg} {order} a été expédiée. Vous la recevrez d'ici
2 à 3 jours ouvrés.

Suivre mon colis : https://{shopdom}/suivi/{token}

Merci pour votre confiance,
{shop}
""",
        frm="{shop} <commandes@{shopdom}>",
        locale="fr",
    ),
    o(
        "int-oth-nl",
        "other",
        "friend",
        "Verjaardag zaterdag",
        """
Hoi {first}!

Zaterdag vier ik mijn verjaardag, vanaf 16:00 bij ons thuis. Kom je ook? Partner en
kinderen zijn natuurlijk ook welkom.

Laat je even weten?
Liefs, {fname}
""",
        frm="{fname} {flast} <{faddr}>",
        locale="nl",
    ),
]
