"""Uniting lists across many merges: each value once, in the order first seen, the first
spelling kept, whether or not a long list remembers its items' keys."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random

from netbook.model.text import email_key
from netbook.model.values import Address, ContactRecord, LabelledValue
from netbook.services.merging import REMEMBERED_FROM, merge_into, unite


def _email(value: str) -> LabelledValue:
    return LabelledValue(value)


def _key(value: LabelledValue) -> str:
    return email_key(value.value)


def _reference(batches: list[list[LabelledValue]]) -> list[str]:
    """What uniting the batches one after another must give: each key once, first wins."""
    seen: dict[str, str] = {}
    for batch in batches:
        for item in batch:
            seen.setdefault(email_key(item.value), item.value)
    return list(seen.values())


def test_many_unions_keep_order_and_the_first_spelling():
    rng = random.Random(7)
    names = [f"person{i}@example.com" for i in range(40)]
    batches = [
        [_email(rng.choice([n, n.upper(), f" {n} "])) for n in rng.sample(names, 5)]
        for _ in range(60)
    ]
    united: list[LabelledValue] = []
    for batch in batches:
        united = unite(united, batch, _key)
    assert [v.value for v in united] == _reference(batches)
    assert len(united) == 40 > REMEMBERED_FROM


def test_a_union_leaves_its_input_unchanged_and_usable_again():
    first = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM + 2)], _key)
    second = unite(first, [_email("b@x.example")], _key)
    # `first` handed its remembered keys to `second`; uniting it again still sees its items.
    again = unite(first, [_email("A0@x.example"), _email("c@x.example")], _key)
    assert [v.value for v in first] == [f"a{i}@x.example" for i in range(REMEMBERED_FROM + 2)]
    assert [v.value for v in second][-1] == "b@x.example"
    assert [v.value for v in again][-1] == "c@x.example"
    assert len(again) == len(first) + 1


def test_a_list_changed_in_place_forgets_its_keys():
    long = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM)], _key)
    long.append(_email("late@x.example"))
    assert [v.value for v in unite(long, [_email("LATE@x.example")], _key)][-1] == (
        "late@x.example"
    )
    removed = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM)], _key)
    del removed[0]
    assert [v.value for v in unite(removed, [_email("a0@x.example")], _key)][-1] == ("a0@x.example")
    replaced = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM)], _key)
    replaced[0] = _email("new@x.example")
    assert [v.value for v in unite(replaced, [_email("a0@x.example")], _key)][-1] == (
        "a0@x.example"
    )


def test_another_key_function_keys_the_list_again():
    long = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM)], _key)
    by_value = unite(long, [_email("A1@x.example")], lambda v: v.value)
    assert [v.value for v in by_value][-1] == "A1@x.example"  # another key: another value


def test_rows_of_one_person_merged_one_by_one_hold_each_value_once():
    """Like a file whose rows share a phone: each merge adds emails, keeps the first ones."""
    rows = [
        ContactRecord(
            given_name=f"Ann {i}",
            emails=[_email(f"ann{i}@example.com"), _email(f"ANN{i - 1}@example.com")],
            phones=[LabelledValue("+1 201 555 0100"), LabelledValue(f"+1 201 555 {i:04d}")],
            addresses=[Address(locality="Zürich", country="Switzerland")],
            tags=["Clients" if i == 1 else "clients", f"Batch {i % 3}"],
        )
        for i in range(1, 30)
    ]
    merged = rows[0]
    for row in rows[1:]:
        merged = merge_into(merged, row)
    assert [e.value for e in merged.emails] == _reference([r.emails for r in rows])
    assert [p.value for p in merged.phones] == ["+1 201 555 0100"] + [
        f"+1 201 555 {i:04d}" for i in range(1, 30)
    ]
    assert len(merged.addresses) == 1
    assert merged.tags == ["Clients", "Batch 1", "Batch 2", "Batch 0"]
    assert merged.given_name == "Ann 29"  # the later row's single values win
    assert rows[0].emails == [_email("ann1@example.com"), _email("ANN0@example.com")]


def test_copies_made_elsewhere_are_keyed_afresh():
    long = unite([], [_email(f"a{i}@x.example") for i in range(REMEMBERED_FROM)], _key)
    for copied in (copy.copy(long), copy.deepcopy(long), pickle.loads(pickle.dumps(long))):
        assert [v.value for v in unite(copied, [_email("A1@x.example")], _key)] == [
            v.value for v in long
        ]
    record = dataclasses.asdict(merge_into(ContactRecord(emails=long), ContactRecord()))
    assert [e["value"] for e in record["emails"]] == [v.value for v in long]
