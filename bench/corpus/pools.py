"""Made-up organisations, people and roles the slots are filled from (no real names)."""

from __future__ import annotations

# (name, domain stem); the domain is <stem>.example
COMPANIES: tuple[tuple[str, str], ...] = (
    ("Brightwell Analytics", "brightwell"),
    ("Northpass Logistics", "northpass"),
    ("Quillstone Software", "quillstone"),
    ("Meridale Payments", "meridale"),
    ("Tallgrass Energy Systems", "tallgrass-energy"),
    ("Copperleaf Media", "copperleaf"),
    ("Bluefen Robotics", "bluefen"),
    ("Orchard Lane Retail", "orchardlane"),
    ("Kestrelpoint Health", "kestrelpoint"),
    ("Lumenvale Insurance", "lumenvale"),
    ("Driftwood Interactive", "driftwood-games"),
    ("Saltmarsh Bio", "saltmarsh"),
    ("Ironbark Build Group", "ironbark"),
    ("Veradin Freight", "veradin"),
    ("Pinecrest Capital Partners", "pinecrest-cp"),
    ("Wrenfield Labs", "wrenfield"),
    ("Amberline Travel", "amberline"),
    ("Cobaltway Security", "cobaltway"),
    ("Stillwater Apparel Co.", "stillwater-apparel"),
    ("Halcyon Data Works", "halcyondata"),
    ("Ferrous & Finch", "ferrousfinch"),
    ("Glassbrook Systems", "glassbrook"),
    ("Marlowe Foods", "marlowefoods"),
    ("Oakhurst Telecom", "oakhurst"),
    ("Petrichor Climate", "petrichor"),
    ("Redmantle Aerospace", "redmantle"),
    ("Silverbirch Learning", "silverbirch"),
    ("Thistledown Home", "thistledown"),
    ("Umberfield Pharma", "umberfield"),
    ("Vantor Mobility", "vantor"),
    ("Westerly Cloud", "westerlycloud"),
    ("Yarrowby Insights", "yarrowby"),
    ("Zephyrline Networks", "zephyrline"),
    ("Canopy & Crane", "canopycrane"),
    ("Fathom Ledger", "fathomledger"),
    ("Gristmill Energy", "gristmill"),
    ("Heronsgate Bank", "heronsgate"),
    ("Juniper Row Studios", "juniperrow"),
    ("Larkspur Logistics", "larkspur"),
    ("Mosswood Hospitality", "mosswood"),
    ("Nettlefield Engineering", "nettlefield"),
    ("Oxbow Analytics", "oxbow"),
    ("Quarry Street Partners", "quarrystreet"),
    ("Rookery Games", "rookery"),
    ("Sablecrest Retail Group", "sablecrest"),
    ("Tidewater Robotics", "tidewater"),
    ("Brambleton Consumer Goods", "brambleton"),
    ("Cindervale Semiconductors", "cindervale"),
)

SMALLCOS: tuple[tuple[str, str], ...] = (
    ("Fernhill Coffee Roasters", "fernhillcoffee"),
    ("Tinkerbox Studio", "tinkerbox"),
    ("Loomwork", "loomwork"),
    ("Pixel & Plow", "pixelplow"),
    ("Gablewise", "gablewise"),
    ("Hatchling Health", "hatchling"),
    ("Nimbleleaf", "nimbleleaf"),
    ("Oddfellow Robotics", "oddfellow"),
    ("Sprocketly", "sprocketly"),
    ("Waxwing Audio", "waxwing"),
)

AGENCIES: tuple[tuple[str, str], ...] = (
    ("Talentbridge Partners", "talentbridge"),
    ("Keystone Search Group", "keystonesearch"),
    ("Northstar Staffing", "northstarstaffing"),
    ("Apex Field Recruitment", "apexfield"),
    ("Greyfield Associates", "greyfield"),
    ("Clearpath Talent", "clearpath-talent"),
    ("Harbourline Recruitment", "harbourline"),
    ("Brook & Vale Executive Search", "brookvale"),
)

UNIVERSITIES: tuple[tuple[str, str], ...] = (
    ("University of Eastmoor", "eastmoor.ac"),
    ("Harrowgate University", "harrowgate.edu"),
    ("Lakeshore Institute of Technology", "lakeshore-tech.edu"),
    ("Westbrook State University", "westbrook-state.edu"),
    ("Halden Institute for Marine Science", "halden-ims.org"),
    ("Corbridge College", "corbridge.edu"),
    ("Technische Hochschule Rheinfeld", "th-rheinfeld.de"),
)

PUBLIC: tuple[tuple[str, str], ...] = (
    ("Department for Regional Transport", "drt.gov"),
    ("City of Millbrook", "millbrook.gov"),
    ("Ashford County Council", "ashford-county.gov"),
    ("Office for Statistical Services", "oss.gov"),
    ("State Water Resources Agency", "swra.gov"),
    ("Ministry of Housing and Communities", "mhc.gov"),
)

HEALTH: tuple[tuple[str, str], ...] = (
    ("Riverside General Hospital", "riverside-general.org"),
    ("St. Brennan's Medical Center", "stbrennans.org"),
    ("Northvale Health Partners", "northvalehealth.org"),
    ("Eastgate Community Hospital", "eastgate-hospital.org"),
)

NGOS: tuple[tuple[str, str], ...] = (
    ("Open Harbor Foundation", "openharbor.org"),
    ("Clean Rivers Trust", "cleanrivers.org"),
    ("Children's Literacy Alliance", "literacyalliance.org"),
)

ROLES: dict[str, tuple[str, ...]] = {
    "corp": (
        "Senior Software Engineer",
        "Data Analyst",
        "Product Designer",
        "Backend Engineer (Python)",
        "Marketing Manager",
        "Customer Success Manager",
        "Financial Analyst",
        "DevOps Engineer",
        "Product Manager",
        "Operations Coordinator",
        "Machine Learning Engineer",
        "Account Executive",
        "UX Researcher",
        "HR Business Partner",
        "Frontend Developer",
        "Supply Chain Planner",
        "Data Engineer",
        "Technical Writer",
        "QA Engineer",
        "Business Intelligence Developer",
    ),
    "academic": (
        "Postdoctoral Research Associate",
        "Lecturer in Computer Science",
        "Research Software Engineer",
        "Assistant Professor of Data Science",
        "Lab Manager",
        "Research Assistant (Marine Ecology)",
        "Teaching Fellow in Statistics",
    ),
    "public": (
        "Policy Analyst",
        "Senior Data Officer",
        "Transport Planner",
        "IT Service Desk Analyst",
        "Project Officer",
        "GIS Specialist",
        "Procurement Officer",
    ),
    "health": (
        "Clinical Data Coordinator",
        "Registered Nurse - Cardiology",
        "Health Informatics Analyst",
        "Medical Secretary",
        "Pharmacy Technician",
    ),
    "ngo": (
        "Programme Officer",
        "Fundraising Coordinator",
        "Grants Manager",
        "Volunteer Coordinator",
        "Policy and Advocacy Officer",
    ),
}

FIRST: tuple[str, ...] = (
    "Alicia", "Ben", "Chiara", "Darnell", "Elif", "Farid", "Grace", "Hiroshi", "Ines",
    "Jonas", "Keisha", "Liam", "Mei", "Nadia", "Owen", "Paula", "Rafael", "Sana", "Tobias",
    "Uma", "Victor", "Wendy", "Xavier", "Yusuf", "Zoe", "Marta", "Greg", "Anika", "Colm",
    "Dana", "Emeka", "Freya", "Gustavo", "Helen", "Ivan", "Julia", "Kwame", "Lena", "Marcus",
    "Noor", "Oksana", "Pieter", "Rosa", "Stefan", "Tamsin", "Aiden", "Bea", "Cormac",
)  # fmt: skip

LAST: tuple[str, ...] = (
    "Abernathy", "Bauer", "Castillo", "Dubois", "Eriksen", "Fontaine", "Garcia", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "O'Connell", "Patel",
    "Quinn", "Rossi", "Schneider", "Thompson", "Usman", "Van Dijk", "Whitfield", "Yilmaz",
    "Zhang", "Mensah", "Delgado", "Brennan", "Okoro", "Hartley", "Novak", "Sato", "Lowe",
    "Achterberg", "Ferreira", "Gallagher", "Holm", "Iqbal", "Kaur", "Marchetti",
)  # fmt: skip

# The mailbox owner (the job seeker): name and address.
APPLICANTS: tuple[tuple[str, str], ...] = (
    ("Jordan Reyes", "jordan.reyes@mailbox.example"),
    ("Priya Natarajan", "priya.n@postbox.example"),
    ("Tom Becker", "tbecker@inbox.example"),
    ("Amara Okafor", "amara.okafor@mailbox.example"),
    ("Lukas Meier", "lukas.meier@post.example"),
    ("Sofia Marino", "sofia.marino@inbox.example"),
    ("Daniel Kim", "dkim@mailbox.example"),
    ("Hannah Fischer", "hannah.fischer@postbox.example"),
    ("Mateo Silva", "mateo.silva@inbox.example"),
    ("Ruth Adeyemi", "ruth.adeyemi@mailbox.example"),
)

RECRUITER_TITLES: tuple[str, ...] = (
    "Talent Acquisition Partner",
    "Senior Technical Recruiter",
    "Recruiting Coordinator",
    "People & Talent Lead",
    "Recruiter",
    "Talent Partner, EMEA",
    "Head of Talent",
    "HR Generalist",
    "Engineering Manager",
    "Director of Data",
)

SHOPS: tuple[tuple[str, str], ...] = (
    ("Parcelmoor", "parcelmoor"),
    ("Hearth & Home Supply", "hearthhome"),
    ("Bookmoth", "bookmoth"),
    ("Trailhead Outfitters", "trailhead-outfitters"),
    ("Basketry Market", "basketry"),
    ("Spindle Electronics", "spindle"),
)

BANKS: tuple[tuple[str, str], ...] = (
    ("Harbourside Bank", "harboursidebank"),
    ("Firstmark Credit Union", "firstmarkcu"),
    ("Tallyfort", "tallyfort"),
    ("Alder Savings", "aldersavings"),
)

BOARDS: tuple[tuple[str, str], ...] = (
    ("Jobwren", "jobwren"),
    ("Careerlark", "careerlark"),
    ("Worknook", "worknook"),
    ("Hireloft", "hireloft"),
)

# Offices by time zone, so an address never contradicts the zone a time is written in.
CITIES: dict[str, tuple[str, ...]] = {
    "America/New_York": ("New York, NY", "Boston, MA", "Philadelphia, PA"),
    "America/Chicago": ("Chicago, IL", "Austin, TX", "Minneapolis, MN"),
    "America/Denver": ("Denver, CO", "Salt Lake City, UT", "Boulder, CO"),
    "America/Los_Angeles": ("Seattle, WA", "San Diego, CA", "Portland, OR"),
    "America/Toronto": ("Toronto, ON", "Ottawa, ON"),
    "America/Vancouver": ("Vancouver, BC", "Victoria, BC"),
    "Europe/London": ("London", "Manchester", "Bristol", "Leeds", "Edinburgh"),
    "Europe/Berlin": ("Berlin", "Munich", "Hamburg", "Cologne"),
    "Europe/Amsterdam": ("Amsterdam", "Rotterdam", "Utrecht"),
    "Europe/Paris": ("Paris", "Lyon", "Toulouse"),
    "Europe/Madrid": ("Madrid", "Barcelona", "Valencia"),
    "Europe/Vienna": ("Vienna", "Graz"),
    "Australia/Sydney": ("Sydney NSW", "Melbourne VIC", "Canberra ACT"),
}
