"""The match keys an import remembers for the records it will insert."""

from __future__ import annotations

from netbook.model.values import ContactRecord, LabelledValue, SocialProfileValue
from netbook.services.import_keys import MatchKeys, merged_keys, record_keys, remember
from netbook.services.merging import merge_into


def _tables(keys: MatchKeys) -> dict[str, dict[object, int]]:
    return {kind: dict(getattr(keys, kind)) for kind in MatchKeys.__slots__}


def test_a_merged_record_remembers_what_all_its_keys_would():
    """Remembering `merged_keys` gives the tables remembering every key of the merged record
    gives: the pending record's own keys are in them already."""
    pending = ContactRecord(
        uid="urn:uuid:pending",
        given_name="Ann",
        family_name="Lee",
        emails=[LabelledValue("ann@acme.example"), LabelledValue("ANN@home.example ")],
        phones=[LabelledValue("+1 617 555 0134")],
    )
    incoming = ContactRecord(
        given_name="Ann",
        family_name="Lee-Smith",
        organization="Zenith",
        emails=[LabelledValue("ann@home.example"), LabelledValue("ann@zenith.example")],
        phones=[LabelledValue("+1 (617) 555-0134"), LabelledValue("+44 20 7946 0412")],
        social_profiles=[SocialProfileValue("linkedin", "https://linkedin.com/in/ann")],
    )
    keys = MatchKeys()
    remember(keys, {"email": ["someone@else.example"]}, 3)  # another record's key
    remember(keys, record_keys(pending), 0)
    every_key, only_new = MatchKeys(), MatchKeys()
    for table in (every_key, only_new):
        for kind, values in _tables(keys).items():
            getattr(table, kind).update(values)
    merged = merge_into(pending, incoming)
    remember(every_key, record_keys(merged), 0)
    remember(only_new, merged_keys(merged, record_keys(incoming)), 0)
    assert _tables(only_new) == _tables(every_key)
    assert only_new.name_org == {("ann lee-smith", "zenith"): 0}
    assert only_new.social == {"linkedin.com/in/ann": 0}
