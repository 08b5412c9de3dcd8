"""Build a large, realistic-looking book for the GUI benchmarks (100,000 contacts by default).

The book is written through `AddressBook.add_many` in batches (Core inserts, one transaction per
batch), as an import would write it, so its indexes and FTS rows are the real ones. Names mix
several languages, with accents, so accent-insensitive search has something to do; one contact in
fifty carries a photo so the list's thumbnails are exercised.

    .venv/bin/python benchmarks/generate_book.py [--count N] [--output PATH]

Without --output the book goes to a cached temporary path (reused while it exists), which is
what `gui_startup.py` calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from netbook.model.values import Address, ContactRecord, HowMet, LabelledValue, PhotoValue
from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database

GIVEN = (
    "Maria",
    "Marie",
    "Mario",
    "Marius",
    "Mariana",
    "Marek",
    "Martin",
    "Martina",
    "Max",
    "Maximilian",
    "Mei",
    "Mohammed",
    "Miguel",
    "Ana",
    "Anna",
    "Andrés",
    "Anders",
    "Aoife",
    "Ahmed",
    "Amélie",
    "Alice",
    "Ada",
    "Akira",
    "Aleksandr",
    "Ayşe",
    "Björn",
    "Bruno",
    "Chloé",
    "Carlos",
    "Chen",
    "Dmitri",
    "Daniel",
    "Dagmar",
    "Élodie",
    "Emma",
    "Enzo",
    "Fatima",
    "François",
    "Giulia",
    "Hannah",
    "Hiroshi",
    "Ingrid",
    "Isabel",
    "Jürgen",
    "Jean",
    "José",
    "Julia",
    "Kenji",
    "Kaito",
    "Laura",
    "Léa",
    "Lucas",
    "Łukasz",
    "Noah",
    "Olga",
    "Oscar",
    "Paula",
    "Pedro",
    "Priya",
    "Quentin",
    "Rafael",
    "Ravi",
    "Sofia",
    "Søren",
    "Thomas",
    "Ulrike",
    "Valentina",
    "Wei",
    "Xavier",
    "Yasmin",
    "Yuki",
    "Zoë",
    "Zofia",
)
FAMILY = (
    "Müller",
    "Martin",
    "Martínez",
    "Marino",
    "Moreau",
    "Mbeki",
    "Nakamura",
    "Nguyen",
    "O'Brien",
    "Okafor",
    "Papadopoulos",
    "Petrov",
    "Rossi",
    "Schmidt",
    "Silva",
    "Smith",
    "Sørensen",
    "Tanaka",
    "Van der Berg",
    "Wagner",
    "Wang",
    "Weber",
    "Yilmaz",
    "Zhang",
    "Álvarez",
    "Becker",
    "Bernard",
    "Brown",
    "Dubois",
    "García",
    "Gómez",
    "Hernández",
    "Ivanova",
    "Jensen",
    "Johnson",
    "Kowalski",
    "Larsen",
    "Lefèvre",
    "López",
    "Lindqvist",
    "Kim",
    "Lee",
    "Dupont",
    "Fischer",
    "Fernández",
    "Novak",
    "Horvat",
    "Kovačević",
    "Jankowski",
    "Nieminen",
    "Virtanen",
    "Öztürk",
    "Şahin",
    "Çelik",
    "Eriksson",
    "Nilsson",
    "Andersson",
)
ORGS = (
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Stark Industries",
    "Wayne Enterprises",
    "Hooli",
    "Pied Piper",
    "Vandelay Industries",
    "Soylent",
    "Cyberdyne",
    "Tyrell Corporation",
    "Université de Lyon",
    "Technische Universität München",
    "BBC Radio 4",
    "Mozilla",
    "Red Cross",
    "City Hospital",
    "Freelance",
    "Nordisk Design",
)
TITLES = (
    "Engineer",
    "Senior Engineer",
    "Product Manager",
    "Designer",
    "CTO",
    "CEO",
    "Founder",
    "Researcher",
    "Professor",
    "Journalist",
    "Producer",
    "Recruiter",
    "Consultant",
    "Architect",
    "Data Scientist",
    "Sales Director",
    "Editor",
    "Doctor",
    "Lawyer",
    "Teacher",
)
CITIES = (
    ("Berlin", "Germany"),
    ("München", "Germany"),
    ("Paris", "France"),
    ("Lyon", "France"),
    ("Madrid", "Spain"),
    ("São Paulo", "Brazil"),
    ("Tokyo", "Japan"),
    ("Boston", "USA"),
    ("San Francisco", "USA"),
    ("London", "United Kingdom"),
    ("Dublin", "Ireland"),
    ("København", "Denmark"),
    ("Kraków", "Poland"),
    ("İstanbul", "Turkey"),
    ("Lagos", "Nigeria"),
    ("Bangalore", "India"),
    ("Beijing", "China"),
    ("Toronto", "Canada"),
    ("Zürich", "Switzerland"),
)
CHANNELS = ("linkedin", "twitter", "blog", "group", "event", "introduction", "work", "school")
TAGS = (
    "Clients",
    "Friends",
    "Conference 2024",
    "Press",
    "Investors",
    "Alumni",
    "Family",
    "Mentors",
)
NOTES = (
    "Met at the booth, interested in the API.",
    "Knows everyone in the radio business.",
    "Prefers email over phone.",
    "Follow up about the <b>partnership</b> in spring.",
    "",
)


def _photos(count: int) -> list[bytes]:
    """A few small, distinct PNG portraits (flat colour circles) made with Pillow."""
    from PIL import Image, ImageDraw

    made = []
    for i in range(count):
        image = Image.new(
            "RGB", (96, 96), ((40 + 20 * i) % 200, (90 + 37 * i) % 160, (160 + 13 * i) % 120)
        )
        draw = ImageDraw.Draw(image)
        draw.ellipse((28, 14, 68, 54), fill=(240, 220, 200))
        draw.ellipse((14, 58, 82, 120), fill=(240, 220, 200))
        out = io.BytesIO()
        image.save(out, format="PNG")
        made.append(out.getvalue())
    return made


def make_records(count: int, seed: int = 7, start: int = 0) -> list[ContactRecord]:
    """`count` varied contacts, reproducibly (the same seed gives the same book)."""
    rng = random.Random(seed + start)
    photos = _photos(8)
    today = dt.date(2026, 1, 1)
    records = []
    for n in range(start, start + count):
        given = rng.choice(GIVEN)
        family = rng.choice(FAMILY)
        city, country = rng.choice(CITIES)
        org = rng.choice(ORGS)
        record = ContactRecord(
            given_name=given,
            family_name=family,
            organization=org,
            title=rng.choice(TITLES),
            emails=[LabelledValue(f"{given.lower()}.{n}@example.com", "work")],
            phones=[LabelledValue(f"+1 617 {rng.randrange(200, 999)} {n % 10000:04d}", "cell")],
            addresses=[Address(locality=city, country=country, label="work")],
            how_met=HowMet(
                channel=rng.choice(CHANNELS),
                date=today - dt.timedelta(days=rng.randrange(0, 3650)),
            ),
            note=rng.choice(NOTES) or None,
            tags=[rng.choice(TAGS)] if n % 3 == 0 else [],
            favourite=n % 97 == 0,
            met_in_person=n % 4 == 0,
        )
        if n % 50 == 0:
            record.photo = PhotoValue(data=photos[n % len(photos)], media_type="image/png")
        records.append(record)
    return records


def build_book(path: Path, count: int, batch: int = 5000) -> float:
    """Write `count` contacts to a new book at `path`; returns the seconds it took."""
    if path.exists():
        raise SystemExit(f"{path} exists; remove it first")
    started = time.perf_counter()
    database = open_database(path)
    try:
        book = AddressBook(database)
        for start in range(0, count, batch):
            book.add_many(make_records(min(batch, count - start), start=start))
    finally:
        database.close()
    return time.perf_counter() - started


def cached_book(count: int) -> Path:
    """A book of `count` contacts in the temp folder, built once and reused."""
    folder = Path(tempfile.gettempdir()) / "netbook-bench"
    path = folder / f"book-{count}" / "netbook.sqlite3"
    if not path.exists():
        tmp = path.with_name("building.sqlite3")
        for leftover in tmp.parent.glob("building.sqlite3*"):
            leftover.unlink()
        print(f"building a {count:,}-contact book in {path.parent} ...", file=sys.stderr)
        seconds = build_book(tmp, count)
        print(f"  built in {seconds:.1f} s", file=sys.stderr)
        tmp.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    if args.output:
        seconds = build_book(args.output, args.count)
        print(f"{args.count:,} contacts written to {args.output} in {seconds:.1f} s")
    else:
        print(cached_book(args.count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
