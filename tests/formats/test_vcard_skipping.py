"""Cards skipped for a known fingerprint, read after all, are read exactly as without skipping.

For every vCard sample: read whole; read again knowing the fingerprint of every card read
without a problem (those, and only those, are then skipped); the skipped cards read afterwards
give the same records, positions, fingerprints and problems as the first reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netbook.formats.parsed import UnreadableFileError
from netbook.formats.vcard.stream import read_all

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted([*(DATA / "vcards").glob("*.vcf"), *(DATA / "import").glob("*.vcf")])
SAMPLES.append(Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_skipped_cards_read_later_read_as_before(sample):
    data = sample.read_bytes()
    try:
        whole = read_all([data])
    except UnreadableFileError:
        return  # not a vCard file at all: nothing to skip (tests/formats cover the message)
    assert len(whole.fingerprints) == len(whole.records)
    troubled = {p.card for p in whole.problems}
    # What an import would keep: the fingerprints of the cards read without a problem.
    clean = [(n, f) for n, f in zip(whole.positions, whole.fingerprints, strict=True)]
    clean = [(n, f) for n, f in clean if n not in troubled]
    skipping = read_all([data], known={f for _, f in clean})
    expected = [n for n, _ in clean]
    assert [s.number for s in skipping.skipped] == expected
    assert sorted([*skipping.positions, *expected]) == whole.positions
    if not skipping.skipped:
        return
    assert skipping.read_skipped is not None
    late = skipping.read_skipped([s.number for s in skipping.skipped])
    by_position = dict(zip(whole.positions, whole.records, strict=True))
    assert late.positions == expected
    assert late.records == [by_position[n] for n in expected]
    fingerprint_of = dict(zip(whole.positions, whole.fingerprints, strict=True))
    assert late.fingerprints == [fingerprint_of[n] for n in expected]
    assert [s.fingerprint for s in skipping.skipped] == late.fingerprints
    assert late.problems == []
    assert skipping.group_memberships == whole.group_memberships
