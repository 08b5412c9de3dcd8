"""Write resources/sample-book.vcf: an invented network that exercises every view and number.

Run `.venv/bin/python tools/make_sample_book.py` after changing the cast below; the output is
deterministic (fixed UIDs, dates and pictures), and tests/services/test_sample_book.py checks
that the committed file is what this script writes.

Everyone here is invented. Addresses use real-looking streets with made-up house numbers;
phone numbers come from ranges reserved for fiction where a country has one (North America
555-01xx, the UK's 020 7946 0xxx, France's 01 99 00 xx xx, Australia's 0491 570 xxx,
Ireland's 020 91x xxxx); contacts elsewhere have an address but no phone. Email addresses
use the reserved example.com/.net/.org domains.

What the book exercises, by design:
- channels: LinkedIn, Twitter/X, blog, online group, event, conference, introduction, work,
  school, other, and two contacts with no channel recorded;
- countries from addresses (Sweden, Germany, Netherlands, Spain, Italy, Brazil, India, Japan,
  Nigeria, USA) and from phone numbers only (Canada, United Kingdom, France, Australia,
  Ireland);
- how-we-met dates from 2012 to 2025, so the growth curve spans years;
- introductions in chains (Maya -> Jonas -> Hannah -> Kenji -> Yui) and an introducer known
  only by name;
- met in person with dates and places, interactions (some shared by several contacts, one
  job change recorded by an import), opportunities of every kind and every outcome;
- keep-in-touch cadences whose last contact is in 2024-2025, so the Reach out list is never
  empty; the app moves every story date forward by the days since the file's "today"
  (services/sample_book.py, WRITTEN_ON) when it loads the sample, so it stays as lively;
- only interaction kinds the app offers (or records itself, a job change), and a "met"
  interaction marks its participants as met in person, as logging one in the app does;
- birthdays every 14 days through the year, so any 30-day window, whatever today is, holds
  at least two (one is on 29 February);
- two archived contacts (hidden from lists, still counted in the history), favourites,
  tags, relations, and six small generated photos.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from netbook.formats.vcard import write_vcards
from netbook.model.text import fold
from netbook.model.values import (
    Address,
    ContactRecord,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.model.vocabulary import IMPORTED_KINDS, INTERACTION_KINDS, MET, NOT_CONTACT_KINDS

OUT = Path(__file__).resolve().parents[1] / "resources" / "sample-book.vcf"
D = dt.date
BIRTHDAY_SPACING_DAYS = 14


def uid(slug: str) -> str:
    """A fixed UID per person or event, so the file is the same on every run."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'https://netbook.example/sample/{slug}')}"


def avatar(seed: int) -> bytes:
    """A small head-and-shoulders portrait in flat colours (a PNG of 96x96 pixels)."""
    background = (
        (70 + 47 * seed) % 200 + 30,
        (120 + 71 * seed) % 170 + 40,
        (90 + 29 * seed) % 160 + 60,
    )
    skin = ((230, 200, 170), (200, 150, 110), (150, 100, 70), (245, 215, 190))[seed % 4]
    shirt = ((40, 60, 120), (120, 40, 60), (30, 100, 80), (90, 90, 90))[seed % 4]
    image = Image.new("RGB", (96, 96), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((14, 62, 82, 130), fill=shirt)
    draw.ellipse((30, 18, 66, 58), fill=skin)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


@dataclass
class Person:
    """One member of the cast, in the few words the table below needs."""

    slug: str
    given: str
    family: str
    org: str | None = None
    title: str | None = None
    channel: str | None = None
    met_on: dt.date | None = None
    place: str | None = None
    context: str | None = None
    address: Address | None = None
    phone: str | None = None
    introducer: str | None = None  # slug
    introducer_name: str | None = None  # someone not in the book
    in_person: dt.date | None = None
    in_person_place: str | None = None
    cadence: int | None = None
    tags: list[str] = field(default_factory=list)
    favourite: bool = False
    archived: bool = False
    photo: int | None = None
    anniversary: str | None = None
    birth_year: int | None = None  # None: the birthday is known without a year
    relations: list[RelationValue] = field(default_factory=list)
    profile: str | None = None  # "linkedin", "twitter", "blog"


def addr(street: str, city: str, postal: str, country: str, region: str | None = None) -> Address:
    return Address(
        street=street,
        locality=city,
        region=region,
        postal_code=postal,
        country=country,
        label="work",
    )


CAST = [
    Person(
        "maya",
        "Maya",
        "Lindqvist",
        "Northwind Radio",
        "Senior Producer",
        "twitter",
        D(2016, 4, 12),
        context="Replied to her thread on community radio",
        address=addr("Sveavägen 212", "Stockholm", "113 59", "Sweden"),
        in_person=D(2016, 9, 20),
        in_person_place="Radio Days, Stockholm",
        cadence=91,
        tags=["Press", "Mentors"],
        favourite=True,
        photo=0,
        birth_year=1984,
        relations=[RelationValue("spouse", name="Erik Lindqvist")],
        profile="twitter",
    ),
    Person(
        "jonas",
        "Jonas",
        "Weber",
        "Bergmann Health",
        "Head of Product",
        "introduction",
        D(2017, 3, 8),
        introducer="maya",
        address=addr("Torstraße 140", "Berlin", "10119", "Germany"),
        in_person=D(2017, 5, 4),
        in_person_place="Berlin",
        cadence=91,
        tags=["Clients"],
        photo=1,
        birth_year=1981,
        profile="linkedin",
    ),
    Person(
        "hannah",
        "Hannah",
        "Becker",
        "Bergmann Health",
        "Product Lead",
        None,
        D(2018, 1, 22),
        introducer="jonas",
        address=addr("Rosenthaler Straße 51", "Berlin", "10178", "Germany"),
        in_person=D(2018, 6, 14),
        in_person_place="Bergmann Health office",
        cadence=182,
        relations=[RelationValue("colleague", uid=uid("jonas"), name="Jonas Weber")],
        birth_year=1990,
        profile="linkedin",
    ),
    Person(
        "kenji",
        "Kenji",
        "Sato",
        "Kumo Studio",
        "Founder",
        "introduction",
        D(2019, 7, 1),
        introducer="hannah",
        address=addr("2-14-7 Jingumae", "Tokyo", "150-0001", "Japan"),
        tags=["Investors"],
        photo=2,
        birth_year=None,
        profile="linkedin",
    ),
    Person(
        "yui",
        "Yui",
        "Tanaka",
        "Kumo Studio",
        "Designer",
        "introduction",
        D(2021, 11, 3),
        introducer="kenji",
        address=addr("1-9-3 Nakameguro", "Tokyo", "153-0061", "Japan"),
        birth_year=1995,
    ),
    Person(
        "aisha",
        "Aisha",
        "Khan",
        "Open Circle",
        "Community Director",
        "introduction",
        D(2017, 10, 2),
        introducer="maya",
        phone="+44 20 7946 0412",
        cadence=30,
        in_person=D(2018, 2, 1),
        in_person_place="London",
        tags=["Mentors"],
        favourite=True,
        photo=3,
        birth_year=1987,
        profile="twitter",
    ),
    Person(
        "omar",
        "Omar",
        "Haddad",
        "Haddad & Co",
        "Owner",
        "introduction",
        D(2020, 2, 17),
        introducer="aisha",
        phone="+44 20 7946 0178",
        cadence=182,
        tags=["Clients"],
        birth_year=1979,
    ),
    Person(
        "grace",
        "Grace",
        "O'Neill",
        "Dublin Tech Week",
        "Programme Chair",
        "introduction",
        D(2022, 5, 9),
        introducer="aisha",
        phone="+353 20 913 1457",
        birth_year=None,
    ),
    Person(
        "ravi",
        "Ravi",
        "Menon",
        "Tessellate Analytics",
        "CEO",
        "introduction",
        D(2018, 8, 30),
        introducer="maya",
        address=addr("14 Residency Road", "Bengaluru", "560025", "India", "Karnataka"),
        in_person=D(2019, 1, 15),
        in_person_place="Bengaluru",
        cadence=91,
        relations=[RelationValue("manager", uid=uid("arjun"), name="Arjun Das")],
        birth_year=1976,
        profile="linkedin",
    ),
    Person(
        "priya",
        "Priya",
        "Raman",
        "Tessellate Analytics",
        "Data Scientist",
        "introduction",
        D(2020, 6, 18),
        introducer="ravi",
        address=addr("27 Brigade Road", "Bengaluru", "560001", "India", "Karnataka"),
        tags=["Clients"],
        birth_year=1992,
    ),
    Person(
        "arjun",
        "Arjun",
        "Das",
        "Tessellate Analytics",
        "Engineering Manager",
        "introduction",
        D(2020, 6, 20),
        introducer="ravi",
        address=addr("5 Cunningham Road", "Bengaluru", "560052", "India", "Karnataka"),
    ),
    Person(
        "lucia",
        "Lucía",
        "Ortega",
        "Mirador Media",
        "Partnerships",
        "introduction",
        D(2019, 3, 25),
        introducer="maya",
        address=addr("Calle de Fuencarral 98", "Madrid", "28004", "Spain"),
        in_person=D(2019, 6, 6),
        in_person_place="Madrid",
        birth_year=1985,
    ),
    Person(
        "pieter",
        "Pieter",
        "de Vries",
        "Northwind Radio",
        "Design Lead",
        "introduction",
        D(2018, 11, 12),
        introducer="jonas",
        address=addr("Prinsengracht 488", "Amsterdam", "1017 KH", "Netherlands"),
        birth_year=1988,
    ),
    Person(
        "daniel",
        "Daniel",
        "Okafor",
        "Lagos Makers",
        "Founder",
        "event",
        D(2015, 11, 20),
        place="Lagos Startup Week",
        context="Sat next to each other at the opening talk",
        address=addr("17 Admiralty Way", "Lagos", "106104", "Nigeria"),
        in_person=D(2015, 11, 20),
        in_person_place="Lagos Startup Week",
        cadence=182,
        tags=["Friends"],
        favourite=True,
        photo=4,
        birth_year=1983,
        profile="linkedin",
    ),
    Person(
        "chloe",
        "Chloé",
        "Martin",
        "Atelier Martin",
        "Brand Strategist",
        "introduction",
        D(2023, 9, 14),
        introducer="daniel",
        phone="+33 1 99 00 27 41",
        cadence=30,
        tags=["Clients"],
        birth_year=1991,
    ),
    Person(
        "samuel",
        "Samuel",
        "Adeyemi",
        "Lagos Makers",
        "Programme Manager",
        "introduction",
        D(2021, 4, 7),
        introducer="daniel",
        address=addr("8 Ozumba Mbadiwe Avenue", "Lagos", "106104", "Nigeria"),
        birth_year=1994,
    ),
    Person(
        "sofia",
        "Sofia",
        "Rossi",
        "DevFest Milano",
        "Organiser",
        "conference",
        D(2019, 10, 5),
        place="DevFest Milano",
        address=addr("Via Tortona 31", "Milano", "20144", "Italy"),
        in_person=D(2019, 10, 5),
        in_person_place="DevFest Milano",
        cadence=365,
        tags=["Conference 2024"],
        birth_year=1986,
    ),
    Person(
        "marco",
        "Marco",
        "Bianchi",
        "Studio Bianchi",
        "Architect",
        "introduction",
        D(2022, 10, 8),
        introducer="sofia",
        address=addr("Corso Buenos Aires 77", "Milano", "20124", "Italy"),
    ),
    Person(
        "tomas",
        "Tomás",
        "Ferreira",
        "Lumen Labs",
        "CTO",
        "linkedin",
        D(2017, 2, 3),
        address=addr("Rua Augusta 1508", "São Paulo", "01304-001", "Brazil", "SP"),
        birth_year=1980,
        profile="linkedin",
    ),
    Person(
        "beatriz",
        "Beatriz",
        "Lima",
        "Lumen Labs",
        "Head of Growth",
        "linkedin",
        D(2020, 9, 29),
        address=addr("Avenida Paulista 2202", "São Paulo", "01310-300", "Brazil", "SP"),
        birth_year=1989,
    ),
    Person(
        "emily",
        "Emily",
        "Carter",
        "Harbor & Finch",
        "Partner",
        "linkedin",
        D(2014, 6, 11),
        address=addr("210 Atlantic Avenue", "Boston", "02110", "USA", "MA"),
        phone="+1 617 555 0142",
        cadence=91,
        birth_year=1975,
        profile="linkedin",
    ),
    Person(
        "noah",
        "Noah",
        "Brooks",
        "Harbor & Finch",
        "Associate",
        "linkedin",
        D(2021, 1, 19),
        phone="+1 617 555 0187",
        birth_year=1996,
    ),
    Person(
        "olivia",
        "Olivia",
        "Chen",
        "Maple Robotics",
        "VP Engineering",
        "blog",
        D(2018, 3, 3),
        context="Commented on my post about on-call rotations",
        phone="+1 416 555 0123",
        in_person=D(2022, 9, 12),
        in_person_place="Toronto",
        cadence=182,
        photo=5,
        birth_year=1985,
        profile="blog",
    ),
    Person(
        "liam",
        "Liam",
        "Walsh",
        None,
        "Writer",
        "blog",
        D(2020, 12, 1),
        phone="+353 20 913 1788",
        birth_year=1990,
        profile="blog",
    ),
    Person(
        "isla",
        "Isla",
        "MacLeod",
        "Tidewater Games",
        "Producer",
        "blog",
        D(2023, 2, 14),
        phone="+44 20 7946 0655",
    ),
    Person(
        "jack",
        "Jack",
        "Nguyen",
        "Southern Cross Energy",
        "Analyst",
        "group",
        D(2019, 5, 21),
        context="Python Melbourne meetup group",
        phone="+61 491 570 156",
        birth_year=1993,
    ),
    Person(
        "zoe",
        "Zoë",
        "Dubois",
        "Les Ateliers Numériques",
        "Teacher",
        "group",
        D(2021, 8, 9),
        context="Online group on accessible design",
        phone="+33 1 99 00 63 12",
        birth_year=1987,
    ),
    Person(
        "ben",
        "Ben",
        "Fischer",
        "Rheinwerk Solar",
        "Engineer",
        "group",
        D(2022, 3, 28),
        address=addr("Ehrenstraße 43", "Köln", "50672", "Germany"),
    ),
    Person(
        "ana",
        "Ana",
        "Souza",
        "Instituto Aurora",
        "Researcher",
        "event",
        D(2018, 4, 19),
        place="Rio Data Summit",
        address=addr(
            "Rua Voluntários da Pátria 190", "Rio de Janeiro", "22270-010", "Brazil", "RJ"
        ),
        in_person=D(2018, 4, 19),
        in_person_place="Rio Data Summit",
        birth_year=1982,
    ),
    Person(
        "felix",
        "Felix",
        "Schmidt",
        "Kiez Ventures",
        "Investor",
        "event",
        D(2023, 6, 22),
        place="Tech Open Air, Berlin",
        address=addr("Schlesische Straße 28", "Berlin", "10997", "Germany"),
        in_person=D(2023, 6, 22),
        in_person_place="Tech Open Air, Berlin",
        cadence=91,
        tags=["Investors"],
        birth_year=1978,
    ),
    Person(
        "mei",
        "Mei",
        "Wong",
        "Harbourview Capital",
        "Associate",
        "event",
        D(2024, 3, 7),
        place="FinTech Week",
        phone="+61 491 570 389",
    ),
    Person(
        "lars",
        "Lars",
        "Jensen",
        "Fjord Systems",
        "Architect",
        "conference",
        D(2016, 10, 14),
        place="GOTO Copenhagen",
        phone="+44 20 7946 0934",
        in_person=D(2016, 10, 14),
        in_person_place="GOTO Copenhagen",
        birth_year=1977,
    ),
    Person(
        "nina",
        "Nina",
        "Kowalczyk",
        "Vistula Cloud",
        "SRE",
        "conference",
        D(2024, 10, 1),
        place="SREcon EMEA",
        address=addr("Prinsengracht 263", "Amsterdam", "1016 GV", "Netherlands"),
        in_person=D(2024, 10, 1),
        in_person_place="SREcon EMEA, Dublin",
        birth_year=1992,
    ),
    Person(
        "carlos",
        "Carlos",
        "Mendes",
        "Atlântico Foods",
        "Operations",
        "work",
        D(2012, 9, 3),
        context="We worked together on the logistics project",
        address=addr(
            "Avenida Brigadeiro Faria Lima 3477", "São Paulo", "04538-133", "Brazil", "SP"
        ),
        birth_year=1974,
    ),
    Person(
        "julia",
        "Julia",
        "Hoffmann",
        "Bergmann Health",
        "Legal Counsel",
        "work",
        D(2013, 2, 11),
        address=addr("Kastanienallee 12", "Berlin", "10435", "Germany"),
        birth_year=1980,
    ),
    Person(
        "ethan",
        "Ethan",
        "Park",
        "Cedar Health",
        "Physician",
        "school",
        D(2012, 9, 1),
        context="University room-mate",
        phone="+1 212 555 0176",
        tags=["Friends"],
        birth_year=1986,
    ),
    Person(
        "sara",
        "Sara",
        "Nilsson",
        "Lund University",
        "Lecturer",
        "school",
        D(2013, 8, 26),
        address=addr("Sandgatan 6", "Lund", "223 50", "Sweden"),
        tags=["Alumni"],
        birth_year=1985,
        anniversary="2015-06-20",
    ),
    Person(
        "amara",
        "Amara",
        "Eze",
        "Radio Lagos",
        "Presenter",
        "other",
        D(2020, 3, 16),
        context="Neighbour at the co-working space",
        phone="+1 415 555 0139",
        introducer_name="Dr. Ellen Park",
        tags=["Press"],
        birth_year=1991,
    ),
    Person(
        "hugo",
        "Hugo",
        "Lambert",
        None,
        None,
        None,
        None,
        phone="+33 1 99 00 88 05",
        birth_year=None,
    ),
    Person(
        "rosa",
        "Rosa",
        "Jiménez",
        "Mirador Media",
        "Editor",
        "linkedin",
        D(2015, 5, 5),
        address=addr("Carrer de Mallorca 214", "Barcelona", "08008", "Spain"),
        birth_year=1983,
        anniversary="--09-12",
    ),
    Person(
        "david",
        "David",
        "Levi",
        "Harbor & Finch",
        "Counsel",
        "linkedin",
        D(2016, 1, 28),
        phone="+1 617 555 0163",
        birth_year=1979,
    ),
    Person(
        "kofi",
        "Kofi",
        "Mensah",
        "Lagos Makers",
        "Mentor",
        "linkedin",
        D(2017, 7, 17),
        address=addr("22 Awolowo Road", "Lagos", "106104", "Nigeria"),
    ),
    Person(
        "elena",
        "Elena",
        "Petrova",
        "Vistula Cloud",
        "Product Manager",
        "linkedin",
        D(2022, 12, 5),
        address=addr("Nieuwe Herengracht 11", "Amsterdam", "1011 RK", "Netherlands"),
        birth_year=1990,
    ),
    Person(
        "matteo",
        "Matteo",
        "Greco",
        "DevFest Milano",
        "Volunteer",
        "linkedin",
        D(2025, 2, 10),
        address=addr("Via Solferino 40", "Milano", "20121", "Italy"),
    ),
    Person(
        "ingrid",
        "Ingrid",
        "Berg",
        "Northwind Radio",
        "Host",
        "twitter",
        D(2019, 9, 9),
        address=addr("Götgatan 78", "Stockholm", "118 30", "Sweden"),
        birth_year=1982,
        anniversary="2010-08-21",
    ),
    Person(
        "victor",
        "Victor",
        "Hale",
        "Old Mill Press",
        "Editor",
        "work",
        D(2012, 5, 14),
        phone="+1 212 555 0114",
        archived=True,
    ),
    Person(
        "greta",
        "Greta",
        "Lund",
        "Fjord Systems",
        "Recruiter",
        "linkedin",
        D(2014, 2, 27),
        phone="+44 20 7946 0267",
        archived=True,
    ),
    Person(
        "acme",
        "",
        "",
        "Harbor & Finch",
        None,
        None,
        D(2014, 6, 11),
        address=addr("210 Atlantic Avenue", "Boston", "02110", "USA", "MA"),
    ),
]

INTERACTIONS: list[tuple[str, list[str], dt.date, str, str]] = [
    # (first participant, others, date, kind, summary)
    ("maya", [], D(2025, 4, 2), "call", "Planning the autumn season"),
    ("maya", ["jonas", "hannah"], D(2024, 11, 20), "meeting", "Dinner in Berlin"),
    ("maya", [], D(2020, 11, 5), "meeting", "Recorded the Northwind Morning interview"),
    ("jonas", [], D(2025, 1, 15), "email", "Intro to the new product team"),
    ("hannah", [], D(2024, 6, 3), "video", "Roadmap review"),
    ("kenji", [], D(2024, 2, 12), "video", "Podcast prep"),
    ("kenji", ["yui"], D(2023, 4, 18), "met", "Studio visit in Tokyo"),
    ("aisha", [], D(2025, 8, 28), "message", "Open Circle meetup dates"),
    ("aisha", ["omar", "grace"], D(2025, 3, 12), "event", "Open Circle spring social"),
    ("omar", [], D(2024, 1, 9), "call", "Website launch debrief"),
    ("ravi", [], D(2025, 2, 20), "call", "Quarterly catch-up"),
    ("ravi", ["priya", "arjun"], D(2023, 7, 11), "met", "Team lunch in Bengaluru"),
    ("priya", [], D(2024, 7, 30), "email", "Data audit proposal"),
    ("lucia", [], D(2023, 5, 16), "meeting", "Distribution talks"),
    ("daniel", [], D(2025, 6, 1), "call", "Workshop series planning"),
    ("daniel", ["samuel"], D(2023, 3, 8), "met", "Mentoring programme kick-off"),
    ("chloe", [], D(2025, 1, 21), "meeting", "Brand refresh workshop"),
    ("sofia", [], D(2022, 10, 21), "met", "Keynote at DevFest Milano"),
    ("emily", [], D(2024, 12, 4), "email", "Year-end check-in"),
    ("olivia", [], D(2025, 5, 19), "video", "On-call tooling chat"),
    ("felix", [], D(2024, 9, 25), "meeting", "Coffee at the Kiez Ventures office"),
    ("tomas", [], D(2019, 5, 2), "call", "Talked about the Head of Engineering role"),
    ("lars", [], D(2021, 3, 3), "email", "Shared slides from GOTO"),
    ("jack", [], D(2022, 8, 17), "message", "Meetup talk feedback"),
    ("sara", ["ethan"], D(2023, 9, 2), "met", "Reunion weekend"),
    ("ingrid", ["maya", "pieter"], D(2025, 7, 7), "meeting", "Northwind summer party"),
    (
        "pieter",
        [],
        D(2022, 1, 10),
        "changed_job",
        "Senior Designer at Philips Nova → Design Lead at Northwind Radio",
    ),
    # What a LinkedIn archive brings in: who vouched for you (recommendations, endorsements).
    (
        "maya",
        [],
        D(2021, 2, 10),
        "recommendation",
        "recommended you: The producer every show needs",
    ),
    ("maya", [], D(2020, 12, 1), "endorsement", "endorsed you for Radio production"),
    ("maya", [], D(2020, 12, 2), "endorsement", "endorsed you for Storytelling"),
    ("daniel", [], D(2022, 7, 1), "recommendation", "recommended you: A generous workshop partner"),
    ("hannah", [], D(2021, 4, 2), "endorsement", "endorsed you for Product strategy"),
    ("tomas", [], D(2018, 6, 1), "endorsement", "endorsed you for Python"),
]

OPPORTUNITIES: list[tuple[str, str, str, dt.date, str | None, str | None]] = [
    # (from, kind, title, date, outcome, via introducer)
    ("tomas", "job_offer", "Head of Engineering at Lumen Labs", D(2019, 5, 10), "declined", None),
    (
        "hannah",
        "job_offer",
        "Product lead role at Bergmann Health",
        D(2021, 3, 1),
        "accepted",
        "jonas",
    ),
    ("daniel", "partnership", "Joint workshop series", D(2022, 6, 15), "won", None),
    ("lucia", "partnership", "Distribution partnership", D(2023, 6, 30), "lost", "maya"),
    ("maya", "interview", "Radio interview on Northwind Morning", D(2020, 11, 5), "won", None),
    ("kenji", "interview", "Kumo Studio podcast interview", D(2024, 2, 20), None, "hannah"),
    ("sofia", "speaking", "Keynote at DevFest Milano", D(2022, 10, 21), "accepted", None),
    ("grace", "speaking", "Panel at Dublin Tech Week", D(2025, 4, 24), "open", "aisha"),
    ("omar", "client", "Website rebuild for Haddad & Co", D(2021, 9, 6), "won", "aisha"),
    ("priya", "client", "Data audit for Tessellate", D(2024, 8, 12), "lost", "ravi"),
    ("chloe", "client", "Brand refresh for Atelier Martin", D(2025, 1, 28), "open", "daniel"),
    ("samuel", "other", "Mentoring programme", D(2023, 3, 8), "accepted", "daniel"),
    ("aisha", "referral", "Referred Omar to the Haddad & Co rebuild", D(2021, 8, 20), "won", None),
    ("emily", "client", "Contract review retainer", D(2016, 2, 1), "won", None),
]


def birthdays(people: list[Person]) -> dict[str, str]:
    """Every active person with a birth year (or a yearless birthday) gets one, 14 days apart
    through the year from 5 January, so any 30 days hold at least two."""
    wanted = [
        p
        for p in people
        if not p.archived
        and p.given
        and (p.birth_year is not None or p.slug in {"kenji", "grace", "hugo"})
    ]
    needed = -(-365 // BIRTHDAY_SPACING_DAYS) + 1  # 27: the last one wraps past 5 January
    if len(wanted) < needed:
        raise SystemExit(f"only {len(wanted)} people to give birthdays to; {needed} needed")
    wanted = wanted[:needed]
    found: dict[str, str] = {}
    start = D(2001, 1, 5)  # a common year: the spacing is counted on it
    for n, person in enumerate(wanted):
        day = start + dt.timedelta(days=BIRTHDAY_SPACING_DAYS * n)
        month_day = f"{day.month:02d}-{day.day:02d}"
        if month_day == "03-02":
            month_day = "02-29"  # one leap-day birthday (1988 was a leap year)
            found[person.slug] = f"1988-{month_day}"
            continue
        year = person.birth_year
        found[person.slug] = f"{year}-{month_day}" if year else f"--{month_day}"
    return found


def record(person: Person, birthday: str | None, photos: dict[int, bytes]) -> ContactRecord:
    email_domain = "example.com" if person.org else "example.net"
    is_org = not person.given
    name = (person.org or "") if is_org else f"{person.given}.{person.family}"
    local = "".join(ch for ch in fold(name) if ch.isalnum() or ch == ".") or person.slug
    rec = ContactRecord(
        uid=uid(person.slug),
        kind="organization" if is_org else "person",
        given_name=person.given or None,
        family_name=person.family or None,
        display_name=(person.org or "") if is_org else "",
        organization=person.org,
        title=person.title,
        birthday=birthday,
        anniversary=person.anniversary,
        favourite=person.favourite,
        archived=person.archived,
        emails=[LabelledValue(f"{local}@{email_domain}", "work")],
        phones=[LabelledValue(person.phone, "work")] if person.phone else [],
        addresses=[person.address] if person.address else [],
        tags=list(person.tags),
        how_met=HowMet(person.channel, person.met_on, person.place, person.context),
        introduced_by_uid=uid(person.introducer) if person.introducer else None,
        introduced_by_name=person.introducer_name,
        met_in_person=person.in_person is not None,
        met_in_person_date=person.in_person,
        met_in_person_place=person.in_person_place,
        keep_in_touch_days=person.cadence,
        relations=list(person.relations),
    )
    handle = f"{person.given}{person.family}".lower().replace(" ", "").replace("'", "")
    if person.profile == "linkedin":
        rec.social_profiles.append(
            SocialProfileValue("linkedin", f"https://www.linkedin.com/in/{handle}-example")
        )
    elif person.profile == "twitter":
        rec.social_profiles.append(SocialProfileValue("twitter", f"https://x.com/{handle}_ex"))
    elif person.profile == "blog":
        rec.urls.append(LabelledValue(f"https://{handle}.example.org/blog", "blog"))
    if person.photo is not None:
        rec.photo = PhotoValue(data=photos[person.photo], media_type="image/png")
    return rec


def build() -> list[ContactRecord]:
    """The cast as records, with their interactions and opportunities."""
    by_slug = {p.slug: p for p in CAST}
    photos = {n: avatar(n) for n in {p.photo for p in CAST if p.photo is not None}}
    days = birthdays(CAST)
    records = {p.slug: record(p, days.get(p.slug), photos) for p in CAST}
    for number, (first, others, when, kind, summary) in enumerate(INTERACTIONS):
        if kind not in (*INTERACTION_KINDS, *NOT_CONTACT_KINDS, *IMPORTED_KINDS):
            raise SystemExit(f"interaction kind {kind!r} is not one the app offers or records")
        if kind == MET:  # as the Log dialog does: meeting marks everyone met in person
            for slug in (first, *others):
                if not records[slug].met_in_person:
                    records[slug].met_in_person = True
                    records[slug].met_in_person_date = when
        records[first].interactions.append(
            InteractionValue(
                occurred_on=when,
                kind=kind,
                summary=summary,
                uid=uid(f"interaction-{number}"),
                with_uids=[uid(o) for o in others],
            )
        )
    for number, (source, kind, title, when, outcome, via) in enumerate(OPPORTUNITIES):
        records[source].opportunities.append(
            OpportunityValue(
                kind=kind,
                title=title,
                occurred_on=when,
                outcome=outcome,
                uid=uid(f"opportunity-{number}"),
                introducer_uid=uid(via) if via else None,
            )
        )
    missing = {p.introducer for p in CAST if p.introducer and p.introducer not in by_slug}
    if missing:
        raise SystemExit(f"unknown introducers: {sorted(missing)}")
    return [records[p.slug] for p in CAST]


def render() -> str:
    return write_vcards(build(), "3.0")


def main() -> int:
    text = render()
    OUT.write_bytes(text.encode("utf-8"))
    print(f"wrote {len(CAST)} contacts to {OUT} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
