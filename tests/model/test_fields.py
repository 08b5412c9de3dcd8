"""Every single value declared in model/fields.py is carried by every layer.

A field declared there and forgotten by one layer (a column, the record, the row mapping, a
merge, the search index, JSON, CSV, vCard) fails here by name. Each field gets a value of its
own, so a layer that mixes two fields up fails too.
"""

from __future__ import annotations

import dataclasses

import pytest

from netbook.formats.csv.export import write_csv
from netbook.formats.csv.google import COLUMNS_BY_FIELD
from netbook.formats.csv.outlook import COLUMN_OF_FIELD
from netbook.formats.csv.reading import read_csv
from netbook.formats.json_export import contact_to_json
from netbook.formats.vcard import read_vcards, write_vcards
from netbook.model.fields import SCALAR_FIELDS, SCALAR_GROUPS, SCALAR_NAMES
from netbook.model.tables import Contact
from netbook.model.values import ContactRecord
from netbook.services.incoming_merge import FIELDS, merge_incoming
from netbook.services.merging import merge_into

# Values a field must hold to be one; every other field gets text naming it.
_VALUES = {
    "kind": "organization",
    "birthday": "1980-04-12",
    "anniversary": "2005-06-30",
    "gender": "F",
    "sort_as": "Ongstrom,Zoe",
}
# What Google's CSV layout has no column for (docs/csv.md): the kind follows from the names,
# the display name is written only when it is not the name parts, the anniversary is an event.
_NOT_IN_GOOGLE_CSV = {"kind", "display_name", "role", "anniversary", "gender", "sort_as"}
# Outlook's layout has the same gaps, its dates and note are read apart.
_NOT_IN_OUTLOOK_CSV = _NOT_IN_GOOGLE_CSV | {"birthday", "note"}


def _value(name: str) -> str:
    return _VALUES.get(name, f"{name} value")


def full_record() -> ContactRecord:
    return ContactRecord(uid="fields-1", **{name: _value(name) for name in SCALAR_NAMES})


def _scalars(record: ContactRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in SCALAR_NAMES}


def test_every_field_is_a_column_and_an_attribute_of_the_record():
    columns = set(Contact.__table__.columns.keys())
    attributes = {f.name for f in dataclasses.fields(ContactRecord)}
    assert [n for n in SCALAR_NAMES if n not in columns] == []
    assert [n for n in SCALAR_NAMES if n not in attributes] == []
    assert len(set(SCALAR_NAMES)) == len(SCALAR_NAMES)


def test_the_store_writes_and_reads_every_field(book):
    contact_id = book.add(full_record())
    stored = book.get(contact_id)
    assert stored is not None
    assert _scalars(stored) == _scalars(full_record())


def test_search_finds_every_searched_field(book):
    contact_id = book.add(full_record())
    for field in SCALAR_FIELDS:
        if field.search is not None:
            word = _value(field.name).split()[0].split(",")[0]
            assert contact_id in [s.id for s in book.search(word)], field.name


def test_json_carries_every_field():
    data = contact_to_json(full_record())
    assert {name: data[name] for name in SCALAR_NAMES} == _scalars(full_record())


def test_vcard_carries_every_field_in_both_versions():
    for version in ("3.0", "4.0"):
        read = read_vcards(write_vcards([full_record()], version).encode()).records
        assert _scalars(read[0]) == _scalars(full_record()), version


def test_google_csv_carries_every_field_its_layout_has():
    carried = [n for n in SCALAR_NAMES if n not in _NOT_IN_GOOGLE_CSV]
    assert [n for n in carried if n not in COLUMNS_BY_FIELD] == []
    read = read_csv(write_csv([full_record()])).records[0]
    assert {n: getattr(read, n) for n in carried} == {n: _value(n) for n in carried}


def test_outlook_csv_reads_every_field_its_layout_has():
    carried = {n for n in SCALAR_NAMES if n not in _NOT_IN_OUTLOOK_CSV}
    assert carried == set(COLUMN_OF_FIELD)


def test_a_later_card_gives_every_field_in_a_merge():
    merged = merge_into(ContactRecord(), full_record())
    replaced = {f.name for f in SCALAR_FIELDS if f.group is not None}
    assert {n: getattr(merged, n) for n in replaced} == {n: _value(n) for n in replaced}


@pytest.mark.parametrize("group", [g for g, _ in SCALAR_GROUPS])
def test_a_file_may_change_every_group_when_taken(group):
    book = ContactRecord(**{n: f"book {n}" for n in SCALAR_NAMES if n not in _VALUES})
    outcome = merge_incoming(book, full_record(), take=lambda name: name == group)
    names = dict(SCALAR_GROUPS)[group]
    assert group in FIELDS
    assert {n: getattr(outcome.record, n) for n in names} == {n: _value(n) for n in names}
