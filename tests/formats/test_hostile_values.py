"""Values in untrusted files that are well formed but absurd: each is dropped with a warning."""

from __future__ import annotations

import pytest

from netbook.formats.csv.story import StoryValueError, apply_story_field
from netbook.formats.vcard import read_vcards
from netbook.model.values import ContactRecord


def _card(*lines: str) -> bytes:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n{body}END:VCARD\r\n".encode()


def test_a_keep_in_touch_cadence_beyond_any_lifetime_is_dropped_with_a_warning():
    # A number SQLite cannot store used to abort the whole import with OverflowError.
    result = read_vcards(_card("X-NETBOOK-KEEP-IN-TOUCH:99999999999999999999"))
    [record] = result.records
    assert record.keep_in_touch_days is None
    [problem] = result.problems
    assert problem.card == 1
    assert "keep-in-touch" in problem.message


def test_negative_and_reasonable_cadences():
    assert read_vcards(_card("X-NETBOOK-KEEP-IN-TOUCH:-5")).records[0].keep_in_touch_days is None
    assert read_vcards(_card("X-NETBOOK-KEEP-IN-TOUCH:90")).records[0].keep_in_touch_days == 90


def test_a_csv_cadence_beyond_any_lifetime_is_refused_in_words():
    record = ContactRecord()
    with pytest.raises(StoryValueError, match="not between 1 and 36500 days"):
        apply_story_field(record, "netbook: keep in touch every (days)", "9" * 30)
    assert record.keep_in_touch_days is None
