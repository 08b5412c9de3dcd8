"""Generated inputs for the benchmarks, made once per work folder and reused by every run.

Realistic, deterministic for a size: vCards from generate_vcards.py (non-ASCII names, several
emails and phones, notes, a photo on 5 % of the cards), Google Contacts CSV rows in Google's
current header, and LinkedIn `Connections.csv` rows with its notes preamble.

`google-csv` repeats its phone numbers every 10,000 rows, so from 10,000 rows on the import
merges each later row into an earlier contact (100,000 rows make 10,000 contacts: the cost of
merging rows of one file). `google-csv-distinct` is the same file with a phone number of its
own on every row (100,000 rows make 100,000 contacts: the cost of storing them).
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from generate_vcards import FAMILY, GIVEN, generate

# Google's current export header, as the project's own fixture has it.
GOOGLE_SAMPLE = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "csv" / "google_current.csv"
)
COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella, Inc.", "Müller & Söhne GmbH"]
TITLES = ["Senior Engineer", "CTO", "Head of Sales", "Product Manager", "Researcher"]


def _google_csv(size: int, *, distinct_phones: bool = False) -> bytes:
    rng = random.Random(11)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    with GOOGLE_SAMPLE.open(encoding="utf-8-sig", newline="") as sample:
        header = next(csv.reader(sample))
    writer.writerow(header)
    column = {name: i for i, name in enumerate(header)}
    for i in range(size):
        row = [""] * len(header)
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}-{i}"

        def put(name: str, value: str, row: list[str] = row) -> None:
            if name in column:
                row[column[name]] = value

        put("First Name", given)
        put("Last Name", family)
        put("Organization Name", rng.choice(COMPANIES))
        put("Organization Title", rng.choice(TITLES))
        put("Notes", "Met at the meetup.\nLikes climbing." if i % 3 == 0 else "")
        put("Labels", "* myContacts ::: Clients")
        put("E-mail 1 - Label", "* Work")
        put("E-mail 1 - Value", f"person{i}@example.com")
        put("E-mail 2 - Label", "Home")
        put("E-mail 2 - Value", f"p{i}@mail.example ::: p{i}@other.example")
        # The exchange counts the ten-thousands down from 555 when the phones are distinct.
        exchange = 555 - i // 10000 if distinct_phones else 555
        put("Phone 1 - Label", "Mobile")
        put("Phone 1 - Value", f"+1 201 {exchange} {i % 10000:04d}")
        put("Phone 2 - Label", "Work")
        put("Phone 2 - Value", f"+1 301 {exchange} {i % 10000:04d}")
        put("Address 1 - Label", "Home")
        put("Address 1 - City", "Zürich")
        put("Address 1 - Country", "Switzerland")
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _linkedin_csv(size: int) -> bytes:
    rng = random.Random(13)
    out = io.StringIO()
    out.write(
        'Notes:\r\n"When exporting your connection data, you may notice that some of the '
        'email addresses are missing."\r\n\r\n'
    )
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    for i in range(size):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}-{i}"
        writer.writerow(
            [
                given,
                family,
                f"https://www.linkedin.com/in/person-{i:06d}",
                f"person{i}@example.com" if i % 4 == 0 else "",
                rng.choice(COMPANIES),
                rng.choice(TITLES),
                f"{rng.randrange(1, 29)} Mar {rng.randrange(2008, 2025)}",
            ]
        )
    return out.getvalue().encode("utf-8")


MAKERS = {
    "vcards": ("vcf", lambda size: generate(size, photo_every=20)),
    "google-csv": ("csv", _google_csv),
    "google-csv-distinct": ("csv", lambda size: _google_csv(size, distinct_phones=True)),
    "linkedin-csv": ("csv", _linkedin_csv),
}


def make_corpus(kind: str, size: int, folder: Path) -> Path:
    """The `kind` file of `size` entries in `folder`, generated on first use."""
    suffix, make = MAKERS[kind]
    path = folder / f"{kind}-{size}.{suffix}"
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.write_bytes(make(size))
        partial.replace(path)
    return path
