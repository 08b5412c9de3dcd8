"""Every real-client sample in ../shared/corpus/vcards reads, with the card counts of its
MANIFEST.tsv, and survives export -> import in vCard 3.0 and 4.0 (and vobject reads the export).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest
import vobject

from netbook.formats.vcard import read_vcards, write_vcards
from tests.conftest import SHARED_CORPUS

pytestmark = pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(), reason="the shared vCard corpus is not beside the project"
)


def manifest() -> list[dict[str, str]]:
    if not SHARED_CORPUS.is_dir():
        return []
    with (SHARED_CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = manifest()
# The l0b0 validator's deliberately invalid vectors, and what netbook makes of each: either it
# reports a problem, or it reads the person anyway (the fault costs the user nothing).
L0B0_INVALID = {
    "continuation_at_start.vcf": "John Doe",
    "dot_at_line_start.vcf": "John Doe",
    "invalid_begin.vcf": "problem",  # BEGIN:VCARDinvalid starts no card
    "invalid_language_value.vcf": "John Doe",
    "invalid_param_name.vcf": "John Doe",
    "invalid_param_value.vcf": "John Doe",
    "invalid_property_foo.vcf": "John Doe",
    "invalid_value_count_wp.vcf": "Forrest Gump",
    "mismatch_group.vcf": "John Doe",
    "missing_end.vcf": "problem",
    "missing_fn.vcf": "Mr John Doe",  # the name made from N, as the book would show it
    "missing_group.vcf": "John Doe",
    "missing_n.vcf": "John Doe",
    "missing_n_value.vcf": "problem",
    "missing_param_value.vcf": "John Doe",
    "missing_photo_param.vcf": "John Doe",
    "missing_properties.vcf": "problem",
    "missing_start.vcf": "problem",
    "missing_version.vcf": "John Ottoman Doe",
}


def rows(invalid: bool) -> list[dict[str, str]]:
    return [
        r
        for r in ROWS
        if (r["source"] == "l0b0-vcard" and Path(r["corpus_file"]).name in L0B0_INVALID) == invalid
    ]


def ids(selected: list[dict[str, str]]) -> list[str]:
    return [r["corpus_file"] for r in selected]


def test_the_manifest_lists_every_file():
    listed = {r["corpus_file"] for r in ROWS}
    present = {str(p.relative_to(SHARED_CORPUS)) for p in SHARED_CORPUS.rglob("*.vcf")}
    assert listed == present
    assert len(listed) > 200


@pytest.mark.parametrize("row", rows(invalid=False), ids=ids(rows(invalid=False)))
def test_file_reads_with_the_manifest_card_count(row):
    result = read_vcards((SHARED_CORPUS / row["corpus_file"]).read_bytes())
    dropped = [p for p in result.problems if p.dropped and p.card is not None]
    group_cards = len(result.group_memberships)
    assert len(result.records) + len(dropped) + group_cards == int(row["cards"])
    assert len(result.positions) == len(result.records)
    if int(row["cards"]) == 0:
        assert result.problems  # the file says why nothing came in


@pytest.mark.parametrize("row", rows(invalid=True), ids=ids(rows(invalid=True)))
def test_invalid_validator_vector_is_reported_or_read_anyway(row):
    result = read_vcards((SHARED_CORPUS / row["corpus_file"]).read_bytes())
    expected = L0B0_INVALID[Path(row["corpus_file"]).name]
    if expected == "problem":
        assert result.problems
        assert all("\n" not in p.message for p in result.problems)
    else:
        assert [r.display_name for r in result.records] == [expected]


def comparable(record):
    data = dataclasses.asdict(record)
    if data["photo"] is not None:
        data["photo"]["thumbnail"] = None
    return data


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_corpus_contact_survives_export_and_import(version):
    checked = 0
    for row in ROWS:
        records = read_vcards((SHARED_CORPUS / row["corpus_file"]).read_bytes()).records
        if not records:
            continue
        text = write_vcards(records, version)
        assert len(list(vobject.readComponents(io.StringIO(text)))) == len(records), row
        back = read_vcards(text.encode("utf-8"))
        assert back.problems == [], row["corpus_file"]
        assert [comparable(r) for r in back.records] == [comparable(r) for r in records], row[
            "corpus_file"
        ]
        checked += len(records)
    assert checked > 200


def test_known_files_read_as_their_clients_meant():
    def read(name):
        return read_vcards((SHARED_CORPUS / name).read_bytes())

    android = read("ez-vcard/io/text/John_Doe_ANDROID.vcf")
    assert len(android.records) == 6
    [photo_warning] = android.problems
    assert (photo_warning.card, photo_warning.dropped) == (5, False)  # truncated base64 photo
    iphone = read("ez-vcard/io/text/John_Doe_IPHONE.vcf").records[0]
    assert iphone.photo is not None
    assert iphone.photo.media_type == "image/jpeg"
    assert [p.label for p in iphone.phones][:3] == ["cell", "home", "work"]
    gmail = read("ez-vcard/io/text/John_Doe_GMAIL.vcf").records[0]
    assert gmail.anniversary == "1975-03-01"
    assert [(r.kind, r.name) for r in gmail.relations] == [("spouse", "Jenny")]
    ownc = read("kcontacts/vcard9.vcf").records[0]
    assert ownc.note.startswith("Длинный комментарий на русском языке")
    kings = read("rcmcarddav/syncHandlerTest/initial/kings.vcf")
    assert kings.records == []
    assert list(kings.group_memberships) == ["Kings"]
    golden = read("rcmcarddav/syncHandlerTest/initial/goldencomp.vcf").records[0]
    assert golden.kind == "organization"
    nobody = read("radicale/contact4-with-bday-no-year.vcf").records[0]
    assert nobody.birthday == "--01-01"
    cjk = read("evolution-data-server/libebook/vcard/5.vcf").records[0]
    assert cjk.display_name == "十城目管理大型知座"
