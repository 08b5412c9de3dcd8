"""What each vCard dialect's properties become in a ContactRecord."""

from __future__ import annotations

from netbook.formats.vcard import read_vcards
from tests.conftest import DATA

VCARDS = DATA / "vcards"


def read(name: str):
    return read_vcards((VCARDS / name).read_bytes())


def card(text: str):
    """One card from inline text; the test names only the lines that matter."""
    result = read_vcards(
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test Person\r\n" + text + "\r\nEND:VCARD\r\n").encode(
            "utf-8"
        )
    )
    [record] = result.records
    return record, result.problems


def test_apple_item_groups_with_builtin_and_custom_labels():
    [record] = read("apple_item_labels.vcf").records
    assert [(e.value, e.label, e.preferred) for e in record.emails] == [
        ("johnny@example.com", "other", True),
        ("orchard@example.com", "Orchard club", False),
    ]
    assert [(p.value, p.label) for p in record.phones] == [
        ("+1 555 0100", "cell"),
        ("+1 555 0101", "Boat, summer only"),
        ("+1 555 0102", "iphone"),
        ("+1 555 0103", "work fax"),
    ]
    assert record.addresses[0].label == "home"
    assert record.addresses[0].locality == "Cupertino"
    assert (record.urls[0].value, record.urls[0].label) == (
        "https://johnny.example.com",
        "homepage",
    )
    assert record.anniversary == "2004-06-19"
    # A custom date and its label stay together as extra properties; X-ABADR went with ADR.
    extras = [(x.group, x.name, x.value) for x in record.extra_properties]
    assert extras == [("item8", "X-ABDATE", "2010-01-01"), ("item8", "X-ABLABEL", "First orchard")]


def test_social_profiles_and_instant_messaging_in_every_spelling():
    [record] = read("social_and_im.vcf").records
    assert [(s.service, s.value, s.label) for s in record.social_profiles] == [
        ("linkedin", "https://www.linkedin.com/in/samsocial", None),
        ("twitter", "https://twitter.com/samsocial", None),
        ("github", "https://github.com/samsocial", None),
        ("blog", "https://sam.example.org", "Personal blog"),
        ("twitter", "samsocial2", None),
    ]
    assert [(m.service, m.value, m.label, m.preferred) for m in record.instant_messages] == [
        ("skype", "sam.social", "home", True),  # X-SKYPE repeats it: read once
        ("jabber", "sam@jabber.example.org", "Chat", False),
        ("aim", "samaim", "work", False),
        ("telegram", "samgram", None, False),
        ("icq", "12345", None, False),
    ]


def test_related_names_and_relations():
    apple, four = read("related_names.vcf").records
    assert [(r.kind, r.name, r.uid, r.label) for r in apple.relations] == [
        ("spouse", "Ralph Related", None, None),
        ("other", "Mona Mentor", None, "Mentor"),
        ("manager", "Boss Person", None, None),
        ("assistant", "Helpful Assistant", None, None),
    ]
    assert [(r.kind, r.name, r.uid) for r in four.relations] == [
        ("friend", None, "urn:uuid:0b3bf3b1-5c4e-4fa5-9f3b-0d0cda2a5e27"),
        ("colleague", "Cole League", None),
        ("spouse", "Sloppy Writer Name", None),
    ]


def test_anniversary_in_each_client_spelling():
    records = read("anniversary_variants.vcf").records
    assert [r.anniversary for r in records] == [
        "1996-04-15",
        "1997-05-16",
        "1998-06-17",
        "1999-07-18",
        "2000-08-19",
    ]
    assert all(not r.extra_properties for r in records)


def test_birthdays_with_and_without_a_year():
    result = read("birthdays_without_year.vcf")
    by_name = {r.display_name: r for r in result.records}
    assert by_name["Four Yearless"].birthday == "--04-15"
    assert by_name["Google Yearless"].birthday == "--04-16"
    assert by_name["Apple Yearless"].birthday == "--04-17"
    assert by_name["CardBook Yearless"].birthday == "--04-18"
    assert by_name["Full Date Time"].birthday == "1980-04-19"
    assert by_name["Leap Day"].birthday == "--02-29"
    # An impossible date drops only that field, with a warning naming card and line.
    impossible = by_name["Impossible Date"]
    assert impossible.birthday is None
    assert impossible.emails[0].value == "impossible@example.com"
    [problem] = result.problems
    assert (problem.card, problem.line, problem.dropped) == (6, 29, False)
    assert "1980-02-30" in problem.message
    # A text birthday is valid vCard 4.0 that netbook cannot hold as a date: kept as it is.
    text = by_name["Text Birthday"]
    assert text.birthday is None
    assert [(x.name, x.value, x.params) for x in text.extra_properties] == [
        ("BDAY", "circa 1800", [("VALUE", ["text"])])
    ]


def test_categories_become_tags_once_each():
    [record] = read("categories_tags.vcf").records
    assert record.tags == ["Clients", "Conference 2023", "Alumni, MIT", "Press"]


def test_apple_group_cards_become_tags_not_people():
    result = read("apple_group_card.vcf")
    assert [r.display_name for r in result.records] == ["Arya Stark", "Jon Snow"]
    assert result.positions == [1, 3]
    arya, jon = result.records
    assert arya.tags == ["Friends of the Night's Watch"]
    assert jon.tags == ["Four Group"]
    members = result.group_memberships["Friends of the Night's Watch"]
    # Both spellings of each member, so the importer finds people already in the book.
    assert "9e1c1cf8-51f8-42b1-9314-44e34a7d148f" in members
    assert "urn:uuid:9e1c1cf8-51f8-42b1-9314-44e34a7d148f" in members
    assert result.group_memberships["Four Group"] == [
        "urn:uuid:11111111-2222-3333-4444-555555555555",
        "11111111-2222-3333-4444-555555555555",
    ]


def test_company_cards_are_organisations():
    golden, bank = read("show_as_company.vcf").records
    assert (golden.kind, golden.organization, golden.department) == (
        "organization",
        "The Golden Company",
        "Sellswords",
    )
    assert (bank.kind, bank.display_name) == ("organization", "Iron Bank")


def test_photos_in_every_encoding_and_remote_ones_never_fetched():
    result = read("photos.vcf")
    by_name = {r.display_name: r for r in result.records}
    jpeg = (DATA / "photo.jpg").read_bytes()
    png = (DATA / "photo.png").read_bytes()
    assert by_name["Encoding B"].photo.data == jpeg
    assert by_name["Encoding B"].photo.thumbnail  # made while reading
    assert (
        by_name["Apple Bare Base64"].photo.data,
        by_name["Apple Bare Base64"].photo.media_type,
    ) == (png, "image/png")
    assert by_name["Data URI"].photo.data == png
    remote = by_name["Remote Photo"]
    assert remote.photo.uri == "https://example.com/photos/remote.jpg"
    assert remote.photo.data is None
    assert [(x.name, x.value) for x in remote.extra_properties] == [
        ("LOGO", "https://example.com/logo.svg")
    ]
    # Broken photos drop only the photo, each with a warning.
    assert by_name["Broken Base64"].photo is None
    assert by_name["Not An Image"].photo is None
    warnings = {p.card: p for p in result.problems}
    assert set(warnings) == {5, 6}
    assert "base64" in warnings[5].message
    assert not warnings[5].dropped
    assert "not a readable image" in warnings[6].message
    assert "<_io" not in warnings[6].message
    two = by_name["Two Photos"]
    assert two.photo.data == png
    assert [(x.name, x.value) for x in two.extra_properties] == [
        ("PHOTO", "https://example.com/second.jpg")
    ]


def test_properties_netbook_does_not_model_are_kept_verbatim():
    [record] = read("extras_verbatim.vcf").records
    extras = [(x.group, x.name, x.params, x.value) for x in record.extra_properties]
    assert extras == [
        (None, "X-EVOLUTION-FILE-AS", [], "Ordinary\\, Extra"),
        (
            "item9",
            "X-CUSTOM",
            [("TYPE", ["WORK", "VOICE"]), ("X-PARAM", ["a:b;c"])],
            "some\\, escaped\\; value\\nwith newline",
        ),
        ("item9", "X-ABLABEL", [], "My custom thing"),
        (None, "GEO", [], "37.386013;-122.082932"),
        (None, "KEY", [("ENCODING", ["b"]), ("TYPE", ["PGP"])], "bXkga2V5"),
        (None, "X-MAIDENNAME", [], "Born Extra"),
        (None, "LABEL", [("TYPE", ["WORK"])], "1 Main St.\\nSpringfield"),
        (None, "X-NETBOOK-FUTURE-THING", [], "kept as it is"),
    ]


def test_names_org_and_escapes():
    record, problems = card(
        "N:Doe;John;Quentin,Q;Mr,Dr;Esq.\r\nORG:Example;Dept;Sub;Office\r\n"
        "NICKNAME:Johnny,Dr Q\r\nNOTE:a\\,b\\;c\\nd\\\\e \\: C:\\Users\r\n"
        "TITLE:Boss\r\nTITLE:Second title"
    )
    assert (
        record.family_name,
        record.given_name,
        record.additional_names,
        record.prefix,
        record.suffix,
    ) == ("Doe", "John", "Quentin,Q", "Mr,Dr", "Esq.")
    assert (record.organization, record.department) == ("Example", "Dept, Sub, Office")
    assert record.nickname == "Johnny, Dr Q"
    assert record.note == "a,b;c\nd\\e : C:\\Users"
    assert record.title == "Boss"
    assert [(x.name, x.value) for x in record.extra_properties] == [("TITLE", "Second title")]
    assert problems == []


def test_types_preference_and_uri_values():
    record, _ = card(
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-555-555-5555\r\n'
        "EMAIL;TYPE=INTERNET;TYPE=PREF;TYPE=WORK:a@example.com\r\n"
        "URL:https\\://example.com/a\r\nADR;TYPE=WORK,POSTAL,PARCEL:;;1 St;Town;;1;X"
    )
    assert (record.phones[0].value, record.phones[0].label, record.phones[0].preferred) == (
        "+1-555-555-5555",
        "work",
        True,
    )
    assert (record.emails[0].label, record.emails[0].preferred) == ("work", True)
    assert record.urls[0].value == "https://example.com/a"
    assert record.addresses[0].label == "work"


def test_an_apple_url_escaped_again_by_a_server_reads_as_the_url():
    # Apple's `https\://`, after a server that does not know that escape escaped its
    # backslash (Radicale does), is still Apple's URL, not one holding a backslash.
    record, _ = card("URL;TYPE=pref:https\\\\://blog.example.com/ann\\:8080")
    assert record.urls[0].value == "https://blog.example.com/ann:8080"


def test_gender_uid_kind_and_empty_values():
    record, problems = card(
        "UID:abc-123\r\nX-GENDER:Male\r\nKIND:individual\r\nEMAIL:\r\n"
        "TEL;TYPE=HOME:\r\nADR;TYPE=HOME:;;;;;;\r\nNOTE:"
    )
    assert record.uid == "abc-123"
    assert record.gender == "Male"
    assert record.kind == "person"
    assert (record.emails, record.phones, record.addresses, record.note) == ([], [], [], None)
    assert problems == []
    four, _ = card("GENDER:F;woman\r\nANNIVERSARY:--0601")
    assert (four.gender, four.anniversary) == ("F;woman", "--06-01")


def test_a_card_without_fn_gets_the_name_the_book_would_show():
    result = read_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n")
    assert result.records[0].display_name == "Ann Lee"


def test_x_netbook_properties_with_bad_values_drop_only_themselves():
    record, problems = card(
        "X-NETBOOK-KEEP-IN-TOUCH:often\r\n"
        "X-NETBOOK-INTERACTION:2020-13-01;call;x;;\r\n"
        "X-NETBOOK-INTERACTION:2020-12-01;call;ok;;\r\n"
        "X-NETBOOK-HOW-MET:linkedin;;;"
    )
    assert record.keep_in_touch_days is None
    assert [i.summary for i in record.interactions] == ["ok"]
    assert record.how_met.channel == "linkedin"
    assert [p.line for p in problems] == [4, 5]
    assert all(not p.dropped for p in problems)
