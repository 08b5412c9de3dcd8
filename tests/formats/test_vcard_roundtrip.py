"""Export -> import gives back the same contact, in vCard 3.0 and 4.0, and vobject reads it.

The records here are what the store can hold: rich ones written by hand (every field, the
awkward characters vCard escapes, photos, yearless dates, extra properties with groups and
parameters) and a few hundred drawn at random from a fixed seed, so a failure is repeatable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
import re

import pytest
import vobject

from netbook.formats.vcard import read_vcards, write_vcards
from netbook.model.values import (
    Address,
    ContactRecord,
    ExtraPropertyValue,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)
from tests.conftest import DATA

VERSIONS = ["3.0", "4.0"]
PHOTO_JPEG = (DATA / "photo.jpg").read_bytes()
PHOTO_PNG = (DATA / "photo.png").read_bytes()

AWKWARD = [
    "plain",
    "comma, semicolon; colon: done",
    "back\\slash and \\n not a newline",
    "two\nlines",
    "Ünïcödé Ελληνικά Кириллица 日本語 한국어 العربية",
    "emoji 🎉 and a long string " + "ß" * 60,
    "quotes \"double\" and 'single'",
    "caret ^ and ^n and ^^",
    "  leading and trailing spaces  ",
]


def comparable(record: ContactRecord) -> dict[str, object]:
    """A record without what the book makes itself (ids, timestamps, thumbnail)."""
    data = dataclasses.asdict(record)
    for key in ("id", "created_at", "updated_at"):
        data.pop(key)
    if data["photo"] is not None:
        data["photo"]["thumbnail"] = None
    return data


def round_trip(records: list[ContactRecord], version: str) -> list[ContactRecord]:
    text = write_vcards(records, version)
    result = read_vcards(text.encode("utf-8"))
    assert result.problems == []
    assert result.positions == list(range(1, len(records) + 1))
    return result.records


def rich_record() -> ContactRecord:
    return ContactRecord(
        uid="urn:uuid:5f0e1c4e-9d3b-4c1a-8f7e-2b6a1d0c9e8f",
        kind="person",
        display_name="Dr. Zoë Ångström-Παπαδοπούλου, PhD",
        prefix="Dr.",
        given_name="Zoë",
        additional_names="Maria, Anna",
        family_name="Ångström-Παπαδοπούλου",
        suffix="PhD",
        nickname='Zo; the "fixer", of things',
        phonetic_given_name="Zo-eh",
        phonetic_family_name="Ong-strum",
        organization="Acme; Labs, Inc.",
        department="R&D, Applied; Research",
        title="Head of \\ Partnerships",
        role="Speaker\nand writer",
        birthday="--02-29",
        anniversary="2001-09-15",
        gender="F;she/her",
        note="Met at the Berlin meetup.\nTalked about CRDTs, SQLite; radio.\n\\o/",
        favourite=True,
        archived=True,
        emails=[
            LabelledValue("zoe@example.com", "work", True),
            LabelledValue("zoe.home@example.org", "home"),
            LabelledValue("z@club.example", "Climbing club, Göteborg"),
            LabelledValue("nolabel@example.net"),
        ],
        phones=[
            LabelledValue("+46 31 123 45 67", "cell", True),
            LabelledValue("+46 31 765 43 21", "work fax"),
            LabelledValue("+1 (617) 555-0100,,123#", "iphone"),
            LabelledValue("0800 123", "Boat; summer only"),
            LabelledValue("112", "other"),
            LabelledValue("113", "pager"),
            LabelledValue("114", "main"),
            LabelledValue("115", "home fax"),
            LabelledValue("116", "fax"),
            LabelledValue("117", "home"),
        ],
        addresses=[
            Address(
                street="Storgatan 1\nLägenhet 4",
                locality="Göteborg",
                region="Västra Götaland",
                postal_code="411 01",
                country="Sverige",
                po_box="Box 12; B",
                extended="c/o Müller, Hof",
                label="home",
                preferred=True,
            ),
            Address(locality="東京", country="日本", label="Summer house"),
        ],
        urls=[
            LabelledValue("https://zoe.example.com/a,b;c?x=1&y=2", "homepage"),
            LabelledValue("https://acme.example.com", "work", True),
        ],
        social_profiles=[
            SocialProfileValue("linkedin", "https://www.linkedin.com/in/zoe"),
            SocialProfileValue("twitter", "https://twitter.com/zoe", "Old account"),
            SocialProfileValue("blog", "https://zoe.example.com/blog"),
        ],
        instant_messages=[
            LabelledValue("zoe.skype", "home", True, "skype"),
            LabelledValue("zoe@jabber.example.org", None, False, "jabber"),
            LabelledValue("12345", "Old ICQ", False, "icq"),
            LabelledValue("+46701234567", "work", False, "signal"),
            LabelledValue("no-service-handle", None, False, None),
        ],
        relations=[
            RelationValue("spouse", name="Björn Ångström"),
            RelationValue("friend", uid="urn:uuid:0b3bf3b1-5c4e-4fa5-9f3b-0d0cda2a5e27"),
            RelationValue("colleague", name="Cole; League", uid="C0LE-UID-1234"),
            RelationValue("mentor", name='Mona "M" Mentor', label="My mentor"),
            RelationValue("manager", uid="bare-uid-without-scheme", label="Boss"),
        ],
        tags=["Clients", "Alumni, MIT", "Conference; 2023", "Пресса"],
        photo=PhotoValue(data=PHOTO_JPEG, media_type="image/jpeg"),
        how_met=HowMet(
            "event",
            dt.date(2019, 5, 4),
            "Berlin; Kreuzberg",
            "Panel on local-first software,\nsat next to each other",
        ),
        introduced_by_uid="urn:uuid:aaaaaaaa-0000-4000-8000-000000000001",
        introduced_by_name="Carmen; the connector",
        met_in_person=True,
        met_in_person_date=dt.date(2019, 5, 4),
        met_in_person_place="Berlin",
        keep_in_touch_days=90,
        interactions=[
            InteractionValue(
                dt.date(2019, 5, 4),
                "met",
                "First met; swapped cards, talked",
                uid="urn:uuid:i-1",
                with_uids=["urn:uuid:x,1", "urn:uuid:x;2"],
            ),
            InteractionValue(dt.date(2020, 1, 2), "call", "", uid=None, with_uids=[]),
        ],
        opportunities=[
            OpportunityValue(
                "job_offer",
                "CTO at Acme, Inc.",
                dt.date(2021, 3, 1),
                "declined",
                "Too far;\ntoo soon",
                "urn:uuid:o-1",
                "urn:uuid:aaaaaaaa-0000-4000-8000-000000000001",
            ),
            OpportunityValue("speaking", "", None, None, None, None, None),
        ],
        extra_properties=[
            ExtraPropertyValue("X-EVOLUTION-FILE-AS", "Ångström\\, Zoë"),
            ExtraPropertyValue(
                "X-CUSTOM",
                "some\\, escaped\\; value\\nwith newline",
                "item9",
                [("TYPE", ["WORK", "VOICE"]), ("X-PARAM", ["a:b;c", "d,e"])],
            ),
            ExtraPropertyValue("X-ABLABEL", "My custom thing", "item9"),
            ExtraPropertyValue("GEO", "37.386013;-122.082932"),
            ExtraPropertyValue("KEY", "bXkga2V5", None, [("ENCODING", ["b"]), ("TYPE", ["PGP"])]),
            ExtraPropertyValue("X-EMPTY", ""),
            ExtraPropertyValue("BDAY", "circa 1800", None, [("VALUE", ["text"])]),
            ExtraPropertyValue("X-NETBOOK-FUTURE", "kept"),
        ],
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_a_rich_record_comes_back_exactly(version):
    record = rich_record()
    [back] = round_trip([record], version)
    assert comparable(back) == comparable(record)
    assert back.photo is not None
    assert back.photo.thumbnail


@pytest.mark.parametrize("version", VERSIONS)
def test_an_organisation_and_a_sparse_record_come_back(version):
    org = ContactRecord(
        uid="org-1",
        kind="organization",
        display_name="Iron Bank",
        organization="Iron Bank",
        photo=PhotoValue(uri="https://example.com/l.png"),
    )
    sparse = ContactRecord(
        uid="only-phone", display_name="+1 555 0100", phones=[LabelledValue("+1 555 0100")]
    )
    dept_only = ContactRecord(
        uid="dept",
        display_name="Sales",
        department="Sales",
        birthday="1980-01-31",
        photo=PhotoValue(PHOTO_PNG, "image/png"),
    )
    records = [org, sparse, dept_only]
    back = round_trip(records, version)
    assert [comparable(r) for r in back] == [comparable(r) for r in records]


@pytest.mark.parametrize("version", VERSIONS)
def test_exported_files_are_read_back_by_vobject(version):
    records = [rich_record(), *random_records(40, seed=3)]
    text = write_vcards(records, version)
    cards = list(vobject.readComponents(io.StringIO(text), allowQP=True))
    assert len(cards) == len(records)
    first = cards[0]
    assert first.fn.value == records[0].display_name
    assert first.uid.value == records[0].uid
    assert first.version.value == version
    note = first.note.value
    assert note == records[0].note


@pytest.mark.parametrize("version", VERSIONS)
def test_output_is_crlf_folded_at_75_octets_and_never_splits_a_character(version):
    text = write_vcards([rich_record(), *random_records(30, seed=5)], version)
    data = text.encode("utf-8")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75
        line.decode("utf-8")  # a fold that split a character would not decode on its own
    assert text.endswith("END:VCARD\r\n")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_card_has_fn_uid_and_version_first(version):
    records = [
        ContactRecord(uid="u1", given_name="Only", family_name="Parts"),
        ContactRecord(uid="u2", emails=[LabelledValue("a@example.com")]),
        ContactRecord(uid="u3", display_name="Named"),
    ]
    text = write_vcards(records, version)
    cards = text.split("BEGIN:VCARD\r\n")[1:]
    assert len(cards) == 3
    for card, fn in zip(cards, ["Only Parts", "a@example.com", "Named"], strict=True):
        assert card.startswith(f"VERSION:{version}\r\n")
        assert f"\r\nFN:{fn}\r\n" in card
        assert "\r\nUID:u" in card


def test_photos_are_base64_in_3_and_data_uris_in_4():
    record = ContactRecord(uid="p", display_name="P", photo=PhotoValue(PHOTO_PNG, "image/png"))
    v3 = write_vcards([record], "3.0")
    v4 = write_vcards([record], "4.0")
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBOR" in v3
    assert "PHOTO:data:image/png;base64,iVBOR" in v4
    remote = ContactRecord(uid="r", display_name="R", photo=PhotoValue(uri="https://x.test/a.jpg"))
    assert "PHOTO;VALUE=uri:https://x.test/a.jpg" in write_vcards([remote], "3.0")
    assert "PHOTO:https://x.test/a.jpg" in write_vcards([remote], "4.0")


def test_labels_are_written_as_types_or_apple_labels():
    record = ContactRecord(
        uid="l",
        display_name="L",
        emails=[
            LabelledValue("w@example.com", "work", True),
            LabelledValue("c@example.com", "Club"),
        ],
    )
    v3 = write_vcards([record], "3.0")
    assert "EMAIL;TYPE=INTERNET,WORK,PREF:w@example.com" in v3
    assert "item1.EMAIL;TYPE=INTERNET:c@example.com\r\nitem1.X-ABLabel:Club\r\n" in v3
    v4 = write_vcards([record], "4.0")
    assert "EMAIL;TYPE=work;PREF=1:w@example.com" in v4


def test_yearless_dates_in_each_version():
    record = ContactRecord(uid="d", display_name="D", birthday="--04-15", anniversary="1999-12-31")
    v3 = write_vcards([record], "3.0")
    assert "BDAY:--04-15" in v3
    assert "X-ANNIVERSARY:1999-12-31" in v3
    v4 = write_vcards([record], "4.0")
    assert "BDAY:--0415" in v4
    assert "ANNIVERSARY:19991231" in v4


def test_unknown_version_is_refused():
    with pytest.raises(ValueError, match=r"3\.0 or 4\.0"):
        write_vcards([], "2.1")


# -- records drawn at random ---------------------------------------------------------------

WORDS = [
    "Anna",
    "Jürgen",
    "O'Brien",
    "São",
    "Łódź",
    "山田",
    "김",
    "Ελένη",
    "Мария",
    "محمد",
    "a,b",
    "c;d",
    "e\\f",
    "g:h",
    "new\nline",
    "^",
    '"q"',
    "tab\tbed",
    "  pad ",
    "x" * 90,
]
LABELS = {
    "email": [None, "work", "home", "other", "Club", "Work"],
    "phone": [
        None,
        "work",
        "home",
        "cell",
        "fax",
        "work fax",
        "home fax",
        "pager",
        "main",
        "iphone",
        "other",
        "Boat, summer",
        "mobile-ish",
    ],
    "plain": [None, "work", "home", "other", "Summer house"],
}


def text(rng: random.Random, words: int = 3) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, words))).strip() or "x"


def maybe(rng: random.Random, value):
    return value if rng.random() < 0.6 else None


def random_date(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28))


def random_record(rng: random.Random, n: int) -> ContactRecord:
    given, family = maybe(rng, text(rng, 2)), maybe(rng, text(rng, 2))
    record = ContactRecord(
        uid=f"urn:uuid:{rng.getrandbits(128):032x}" if rng.random() < 0.8 else f"uid-{n},{n}",
        kind=rng.choice(["person", "person", "organization"]),
        given_name=given,
        family_name=family,
        prefix=maybe(rng, "Dr."),
        additional_names=maybe(rng, text(rng)),
        suffix=maybe(rng, "Jr."),
        nickname=maybe(rng, text(rng)),
        organization=maybe(rng, text(rng)),
        department=maybe(rng, text(rng)),
        title=maybe(rng, text(rng)),
        role=maybe(rng, text(rng)),
        note=maybe(rng, text(rng, 8)),
        gender=maybe(rng, rng.choice(["M", "F", "O", "N", "U", "M;Male", "nonbinary"])),
        birthday=maybe(
            rng,
            rng.choice(
                [
                    random_date(rng).isoformat(),
                    f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                ]
            ),
        ),
        anniversary=maybe(rng, random_date(rng).isoformat()),
        favourite=rng.random() < 0.3,
        archived=rng.random() < 0.1,
    )
    for _ in range(rng.randint(0, 3)):
        record.emails.append(
            LabelledValue(
                f"p{n}.{rng.randint(0, 99)}@example.com",
                rng.choice(LABELS["email"]),
                rng.random() < 0.3,
            )
        )
    for _ in range(rng.randint(0, 3)):
        record.phones.append(
            LabelledValue(
                f"+1 617 555 {rng.randint(0, 9999):04d}",
                rng.choice(LABELS["phone"]),
                rng.random() < 0.3,
            )
        )
    for _ in range(rng.randint(0, 2)):
        record.addresses.append(
            Address(
                street=maybe(rng, text(rng)),
                locality=text(rng),
                region=maybe(rng, text(rng)),
                postal_code=maybe(rng, str(rng.randint(10000, 99999))),
                country=maybe(rng, text(rng)),
                po_box=maybe(rng, text(rng)),
                extended=maybe(rng, text(rng)),
                label=rng.choice(LABELS["plain"]),
                preferred=rng.random() < 0.3,
            )
        )
    for _ in range(rng.randint(0, 2)):
        record.urls.append(
            LabelledValue(
                f"https://example.com/{n}/{rng.randint(0, 9)}?a=1,2",
                rng.choice(LABELS["plain"]),
                rng.random() < 0.2,
            )
        )
    for _ in range(rng.randint(0, 2)):
        record.social_profiles.append(
            SocialProfileValue(
                rng.choice(["linkedin", "twitter", "github", "youtube", "blog", "mastodon"]),
                f"https://social.example/{n}/{rng.randint(0, 99)}",
                maybe(rng, text(rng)),
            )
        )
    for _ in range(rng.randint(0, 2)):
        record.instant_messages.append(
            LabelledValue(
                f"handle{n}.{rng.randint(0, 99)}",
                rng.choice(LABELS["plain"]),
                rng.random() < 0.2,
                rng.choice(["skype", "jabber", "aim", "icq", "telegram", "whatsapp", "matrix"]),
            )
        )
    for _ in range(rng.randint(0, 2)):
        name = maybe(rng, text(rng))
        uid = maybe(rng, rng.choice([f"urn:uuid:{rng.getrandbits(64):016x}", f"bare-{n}"]))
        if name is None and uid is None:
            name = "Someone"
        record.relations.append(
            RelationValue(
                rng.choice(["spouse", "friend", "colleague", "manager", "introduced", "child"]),
                name=name,
                uid=uid,
                label=maybe(rng, rng.choice(["Boss", "Best friend", "work"])),
            )
        )
    record.tags = list(
        dict.fromkeys(rng.sample(["Clients", "Press", "a,b", "c;d", "Ünï"], rng.randint(0, 3)))
    )
    if rng.random() < 0.2:
        record.photo = rng.choice(
            [
                PhotoValue(PHOTO_JPEG, "image/jpeg"),
                PhotoValue(PHOTO_PNG, "image/png"),
                PhotoValue(uri=f"https://example.com/p/{n}.jpg"),
            ]
        )
    if rng.random() < 0.5:
        record.how_met = HowMet(
            maybe(rng, rng.choice(["linkedin", "event", "blog"])),
            maybe(rng, random_date(rng)),
            maybe(rng, text(rng)),
            maybe(rng, text(rng, 6)),
        )
    if rng.random() < 0.3:
        record.introduced_by_uid = maybe(rng, f"urn:uuid:intro-{n}")
        record.introduced_by_name = text(rng)
    if rng.random() < 0.3:
        record.met_in_person = rng.random() < 0.7
        record.met_in_person_date = maybe(rng, random_date(rng))
        record.met_in_person_place = maybe(rng, text(rng))
    if rng.random() < 0.3:
        record.keep_in_touch_days = rng.choice([7, 30, 90, 365])
    for _ in range(rng.randint(0, 3)):
        record.interactions.append(
            InteractionValue(
                random_date(rng),
                rng.choice(["met", "call", "email", "meeting"]),
                text(rng, 5),
                maybe(rng, f"urn:uuid:int-{n}-{rng.randint(0, 999)}"),
                [f"urn:uuid:w{rng.randint(0, 9)}" for _ in range(rng.randint(0, 2))],
            )
        )
    for _ in range(rng.randint(0, 2)):
        record.opportunities.append(
            OpportunityValue(
                rng.choice(["job_offer", "partnership", "interview", "client"]),
                text(rng),
                maybe(rng, random_date(rng)),
                maybe(rng, rng.choice(["won", "lost", "pending"])),
                maybe(rng, text(rng, 5)),
                maybe(rng, f"urn:uuid:opp-{n}"),
                maybe(rng, f"urn:uuid:via-{n}"),
            )
        )
    for i in range(rng.randint(0, 2)):
        record.extra_properties.append(
            ExtraPropertyValue(
                rng.choice(["X-FOO", "X-EVOLUTION-FILE-AS", "GEO", "X-MS-OL-DESIGN"]),
                rng.choice(["plain", "a\\,b\\;c", "x\\ny", ""]),
                maybe(rng, f"group{i}"),
                rng.choice([[], [("TYPE", ["WORK"])], [("X-P", ["a:b", "c"]), ("Y", ["1"])]]),
            )
        )
    record.display_name = record.best_display_name()
    return record


def random_records(count: int, seed: int) -> list[ContactRecord]:
    rng = random.Random(seed)
    return [random_record(rng, n) for n in range(count)]


@pytest.mark.parametrize("version", VERSIONS)
def test_random_records_come_back_exactly(version):
    records = random_records(300, seed=20240601)
    back = round_trip(records, version)
    for before, after in zip(records, back, strict=True):
        assert comparable(after) == comparable(before)


def test_the_story_travels_as_x_netbook_properties():
    text = write_vcards([rich_record()], "3.0")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    # A component holding ; or , is percent-encoded (so that a server re-escaping the value
    # as plain text, as Radicale does, cannot turn it into a separator); docs/vcard.md.
    assert (
        "X-NETBOOK-HOW-MET;X-NETBOOK-ENCODING=PERCENT:event;2019-05-04;Berlin%3B Kreuzberg;"
    ) in unfolded
    assert (
        "X-NETBOOK-INTRODUCED-BY;X-NETBOOK-ENCODING=PERCENT:"
        "urn:uuid:aaaaaaaa-0000-4000-8000-000000000001;Carmen%3B the connector"
    ) in unfolded
    assert "X-NETBOOK-MET-IN-PERSON:TRUE;2019-05-04;Berlin\r\n" in unfolded
    assert "X-NETBOOK-KEEP-IN-TOUCH:90\r\n" in unfolded
    assert "X-NETBOOK-FAVOURITE:TRUE\r\n" in unfolded
    assert "X-NETBOOK-ARCHIVED:TRUE\r\n" in unfolded
    assert (
        "X-NETBOOK-INTERACTION;X-NETBOOK-ENCODING=PERCENT:2019-05-04;met;"
        "First met%3B swapped cards%2C talked;urn:uuid:i-1;urn:uuid:x%2C1,urn:uuid:x%3B2\r\n"
    ) in unfolded
    assert "X-NETBOOK-OPPORTUNITY:speaking;;;;;;\r\n" in unfolded


def test_the_story_written_before_percent_encoding_still_reads():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\n"
        "X-NETBOOK-HOW-MET:event;2019-05-04;Berlin\\; Kreuzberg;50%\r\n"
        "X-NETBOOK-INTERACTION:2019-05-04;met;First met\\, hi;urn:uuid:i-1;u\\,1,u2\r\n"
        "END:VCARD\r\n"
    )
    [record] = read_vcards(text.encode()).records
    assert (record.how_met.place, record.how_met.context) == ("Berlin; Kreuzberg", "50%")
    [met] = record.interactions
    assert (met.summary, met.with_uids) == ("First met, hi", ["u,1", "u2"])


def test_the_story_survives_a_server_that_re_escapes_it_as_text():
    """Radicale keeps X- properties as text: each ; and , of ours comes back escaped."""
    text = write_vcards([rich_record()], "3.0")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    re_escaped = re.sub(
        r"(?m)^(X-NETBOOK-[^:]*):(.*)$",
        lambda m: m.group(1) + ":" + m.group(2).replace(";", "\\;").replace(",", "\\,"),
        unfolded,
    )
    assert "\\;" in re_escaped
    [back] = read_vcards(re_escaped.encode()).records
    [original] = read_vcards(text.encode()).records
    assert back.how_met == original.how_met
    assert back.interactions == original.interactions
    assert back.opportunities == original.opportunities
