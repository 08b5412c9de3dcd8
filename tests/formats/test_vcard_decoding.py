"""Bytes to text: encodings, charsets, quoted-printable, line endings and folding.

Each fixture in tests/data/vcards is named after the quirk it carries.
"""

from __future__ import annotations

import pytest

from netbook.formats.vcard import looks_like_vcard, read_vcards
from tests.conftest import DATA

VCARDS = DATA / "vcards"


def read(name: str):
    return read_vcards((VCARDS / name).read_bytes())


@pytest.mark.parametrize(
    "name",
    [
        "utf8_bom.vcf",
        "utf16le_bom.vcf",
        "utf16be_bom.vcf",
        "utf16le_no_bom.vcf",
        "utf16be_no_bom.vcf",
    ],
)
def test_unicode_encodings_with_and_without_bom(name):
    result = read(name)
    [record] = result.records
    assert record.display_name == "Zoë Ångström"
    assert record.family_name == "Ångström"
    assert record.note == "Café ☕ in Göteborg"
    assert record.emails[0].value == "zoe@example.se"
    assert result.problems == []
    assert looks_like_vcard((VCARDS / name).read_bytes())


def test_legacy_windows_1252_without_a_charset():
    [record] = read("windows1252_legacy.vcf").records
    assert record.display_name == "Jürgen Müller"
    assert record.organization == "Müller & Söhne"
    assert record.note == "Costs 5 € \u2013 paid"


def test_charset_shift_jis_raw_and_quoted_printable():
    [record] = read("charset_shift_jis.vcf").records
    assert record.display_name == "山田太郎"
    assert (record.family_name, record.given_name) == ("山田", "太郎")
    assert record.addresses[0].street == "東京都千代田区"
    assert record.addresses[0].label == "home"
    assert record.phones[0].label == "cell"


def test_quoted_printable_soft_breaks_even_inside_a_multibyte_character():
    result = read("quoted_printable_soft_breaks.vcf")
    [record] = result.records
    assert record.addresses[0].locality == "Zürich \u2013 北京 \u2013 ok"
    assert record.note == (
        "Line one\nLine two with a long tail that the writer chose to wrap right here."
    )
    # A value that starts with a soft break right after the colon (Nokia) is read whole.
    [label] = [x for x in record.extra_properties if x.name == "LABEL"]
    assert label.value == "Bahnhofstr. 1\\n8001 Zürich"
    assert result.problems == []


def test_every_line_ending_in_one_file():
    result = read("line_endings_mixed.vcf")
    assert [r.display_name for r in result.records] == ["Carriage Return", "Line Feed", "Only CR"]
    assert result.records[0].emails[0].value == "cr@example.com"
    assert result.problems == []


def test_folding_with_space_and_tab_and_a_fold_inside_a_character():
    [record] = read("folding_space_tab_multibyte.vcf").records
    assert record.display_name == "Giorgos Παπαδόπουλος"
    assert record.note == "folded with a space and then with a tab and done"
    assert record.emails[0].value == "giorgos@example.gr"


def test_lower_case_names_and_version_last():
    [record] = read("lowercase_names.vcf").records
    assert (record.given_name, record.family_name) == ("lower", "case")
    assert (record.organization, record.department) == ("Mozilla", "Thunderbird team")
    assert record.emails[0].label == "home"
    assert record.phones[0].label == "cell"
    assert [x.name for x in record.extra_properties] == ["X-MOZILLA-HTML"]


def test_vcard_2_1_bare_parameters_and_a_photo_folded_with_two_spaces():
    result = read("v21_bare_parameters_photo.vcf")
    [record] = result.records
    assert [(p.value, p.label, p.preferred) for p in record.phones] == [
        ("+1 617 555 0100", "work", True),
        ("+1 617 555 0101", "home fax", False),
    ]
    assert record.emails[0].label == "home"
    assert record.photo is not None
    assert record.photo.data == (DATA / "photo.jpg").read_bytes()
    assert record.photo.media_type == "image/jpeg"
    assert result.problems == []


def test_sniffing():
    assert looks_like_vcard(b"\r\n\r\nbegin:vcard\r\nfn:x\r\nend:vcard\r\n")
    assert looks_like_vcard(b"item1.BEGIN:VCARD\nEND:VCARD")
    assert not looks_like_vcard(b"First Name,Last Name\nAnn,Lee\n")
    assert not looks_like_vcard((VCARDS / "image_renamed.vcf").read_bytes())
    assert not looks_like_vcard(b"")
