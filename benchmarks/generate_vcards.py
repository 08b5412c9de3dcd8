"""Generate a large, realistic vCard 3.0 file for import benchmarks.

The cards look like what phones and mail clients export: Apple/Google-style `itemN.` groups with
`X-ABLabel`, several emails and phones per person, postal addresses, escaped notes, categories,
social profiles, IM handles, yearless birthdays, names in several scripts (so folding meets
multibyte characters) and a small share of base64 photos. The output is deterministic for a
given seed, and it is plain vCard 3.0 that vobject itself parses, so both parsers get the same
work.

    .venv/bin/python benchmarks/generate_vcards.py 10000 /tmp/cards.vcf
"""

from __future__ import annotations

import argparse
import base64
import io
import random
import uuid
from pathlib import Path

GIVEN = [
    "Anna",
    "Jürgen",
    "Zoë",
    "François",
    "Åsa",
    "Mateus",
    "Łukasz",
    "Siobhán",
    "Ngozi",
    "Hiroshi",
    "Priya",
    "Olu",
    "Carmen",
    "Dmitri",
    "Elif",
    "Kwame",
    "Ingrid",
    "Tomás",
    "Алексей",
    "Мария",
    "Γιώργος",
    "Ελένη",
    "明",
    "美咲",
    "서연",
    "محمد",
    "فاطمة",
    "Noa",
]
FAMILY = [
    "Müller",
    "García",
    "O'Brien",
    "Nakamura",
    "Okafor",
    "Kowalski",
    "Dubois",
    "Silva",
    "Andersson",
    "Rossi",
    "Nguyen",
    "Smith",
    "Petrov",
    "Иванова",
    "Παπαδόπουλος",
    "山田",
    "김",
    "الحسن",
    "Fernández-López",
    "van der Berg",
    "Ó Súilleabháin",
    "Øster",
]
COMPANIES = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella, Inc.",
    "Stark Industries",
    "Wayne Enterprises",
    "Tyrell Corp",
    "Müller & Söhne GmbH",
    "株式会社サンプル",
]
TITLES = [
    "Engineer",
    "CTO",
    "Product Manager",
    "Recruiter",
    "Journalist",
    "Designer",
    "Sales; EMEA",
    "Head of Partnerships",
    "Researcher",
]
CITIES = [
    ("Berlin", "", "10115", "Germany"),
    ("Boston", "MA", "02110", "USA"),
    ("Lyon", "", "69002", "France"),
    ("東京", "東京都", "100-0001", "日本"),
    ("São Paulo", "SP", "01000-000", "Brasil"),
    ("Lagos", "", "100001", "Nigeria"),
]
TAGS = ["Clients", "Conference 2023", "Friends", "Press", "Investors", "Alumni, MIT"]
NOTES = [
    "Met at the Berlin meetup; talked about Rust, SQLite and\nlocal-first apps.",
    "Introduced by Carmen. Follow up about the radio interview, next spring.",
    "Prefers email over phone calls.\nTwo kids; loves climbing.",
    "Wrote a great blog post on CRDTs: https://example.com/crdt",
]
SERVICES = ["linkedin", "twitter", "github", "facebook", "youtube"]


def _fold(line: str) -> str:
    """Fold at 75 characters (counting characters keeps multibyte sequences whole)."""
    if len(line) <= 75:
        return line + "\r\n"
    parts = [line[:75]]
    rest = line[75:]
    while rest:
        parts.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(parts) + "\r\n"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _photo(rng: random.Random) -> str:
    from PIL import Image  # only the generator needs Pillow

    image = Image.new("RGB", (96, 96), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    return base64.b64encode(out.getvalue()).decode("ascii")


SYLLABLES = [
    "ka",
    "ro",
    "len",
    "mi",
    "sa",
    "to",
    "vel",
    "na",
    "ri",
    "do",
    "bar",
    "lu",
    "ne",
    "sto",
    "fa",
    "gi",
    "hal",
    "mo",
    "tre",
    "wen",
    "zi",
    "pol",
]


def _unique_surname(i: int) -> str:
    """A pronounceable name part unique to card `i`, so the importer never merges two cards."""
    parts = []
    for _ in range(3):
        i, digit = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    while i:
        i, digit = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    return "".join(parts).capitalize()


def card(i: int, rng: random.Random, photo: str | None) -> str:
    given = rng.choice(GIVEN)
    family = f"{rng.choice(FAMILY)}-{_unique_surname(i)}"
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"FN:{_escape(given)} {_escape(family)}",
    ]
    if rng.random() < 0.7:
        lines.append(f"ORG:{_escape(rng.choice(COMPANIES))};Department {i % 7}")
    if rng.random() < 0.5:
        lines.append(f"TITLE:{_escape(rng.choice(TITLES))}")
    handle = f"{given}.{family}{i}".lower().replace(" ", "").replace("'", "")
    ascii_handle = handle.encode("ascii", "ignore").decode() or f"person{i}"
    lines.append(f"EMAIL;type=INTERNET;type=WORK;type=pref:{ascii_handle}@example.com")
    for _ in range(rng.randrange(0, 3)):
        kind = rng.choice(["HOME", "WORK"])
        lines.append(
            f"EMAIL;type=INTERNET;type={kind}:{ascii_handle}.{rng.randrange(999)}@mail.example"
        )
    group = 0
    for n in range(rng.randrange(1, 4)):
        kind = rng.choice(
            [
                "CELL;type=VOICE;type=pref",
                "HOME;type=VOICE",
                "WORK;type=VOICE",
                "IPHONE;type=CELL",
                "WORK;type=FAX",
            ]
        )
        # Numbers unique per person (the importer matches people by phone number).
        lines.append(f"TEL;type={kind}:+1 ({201 + n * 100 + i // 10000}) 555-{i % 10000:04d}")
    if rng.random() < 0.4:
        city, region, code, country = rng.choice(CITIES)
        group += 1
        lines.append(
            f"item{group}.ADR;type=HOME;type=pref:;;{rng.randrange(1, 200)} Main Street"
            f"\\nApt {rng.randrange(1, 40)};{_escape(city)};{_escape(region)};{code};"
            f"{_escape(country)}"
        )
        lines.append(f"item{group}.X-ABADR:us")
    if rng.random() < 0.25:
        group += 1
        lines.append(f"item{group}.URL;type=pref:https\\://blog.example.com/{ascii_handle}")
        lines.append(f"item{group}.X-ABLabel:_$!<HomePage>!$_")
    if rng.random() < 0.1:
        group += 1
        lines.append(f"item{group}.EMAIL;type=INTERNET:{ascii_handle}@club.example")
        lines.append(f"item{group}.X-ABLabel:Climbing club")
    if rng.random() < 0.3:
        if rng.random() < 0.3:
            lines.append(
                f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{rng.randrange(1, 13):02d}-"
                f"{rng.randrange(1, 29):02d}"
            )
        else:
            lines.append(
                f"BDAY;value=date:{rng.randrange(1950, 2005)}-{rng.randrange(1, 13):02d}-"
                f"{rng.randrange(1, 29):02d}"
            )
    if rng.random() < 0.2:
        service = rng.choice(SERVICES)
        lines.append(f"X-SOCIALPROFILE;type={service}:https://{service}.com/{ascii_handle}")
    if rng.random() < 0.1:
        lines.append(f"IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:{ascii_handle}")
    if rng.random() < 0.3:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in rng.sample(TAGS, 2)))
    if rng.random() < 0.3:
        lines.append(f"NOTE:{_escape(rng.choice(NOTES))}")
    if photo is not None:
        lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}")
    lines.append(f"UID:{uuid.UUID(int=rng.getrandbits(128))}")
    lines.append("REV:2024-01-15T10:00:00Z")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def generate(count: int, seed: int = 7, photo_every: int = 20) -> bytes:
    """`count` cards as UTF-8 bytes; every `photo_every`-th card carries a small JPEG (0: none)."""
    rng = random.Random(seed)
    photos = [_photo(rng) for _ in range(8)] if photo_every else []
    out = []
    for i in range(count):
        photo = photos[i % len(photos)] if photo_every and i % photo_every == 0 else None
        out.append(card(i, rng, photo))
    return "".join(out).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--photo-every", type=int, default=20)
    args = parser.parse_args()
    args.output.write_bytes(generate(args.count, args.seed, args.photo_every))


if __name__ == "__main__":
    main()
