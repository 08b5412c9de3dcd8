"""The sample book as the app loads it: dated as if written today, and obeying the app's rules."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.model.vocabulary import IMPORTED_KINDS, INTERACTION_KINDS, MET, NOT_CONTACT_KINDS
from netbook.services.address_book import ContactFilter, View
from netbook.services.application import Application, Origin
from netbook.services.sample_book import WRITTEN_ON, sample_file, sample_text

# The day it was written, today, and later: the network must look the same. (Within a year of
# the real today: a contact with no how-we-met date is as old as its import, which is now.)
DAYS = [WRITTEN_ON, dt.date.today(), dt.date.today() + dt.timedelta(days=300)]


def _loaded(tmp_path, today: dt.date) -> Application:
    app = Application.open(tmp_path / f"book-{today}.sqlite3", Origin.COMMAND_LINE, writer=True)
    with sample_file(today) as path:
        assert path.name == "sample-book.vcf"  # the import's label names the sample
        report = app.importer().run([path])
    assert report.problem_count == 0, [p.message for f in report.files for p in f.problems]
    assert not path.exists()  # the dated copy is gone once imported
    return app


def _liveliness(app: Application, today: dt.date) -> dict[str, object]:
    stats = app.network.stats(today)
    overdue = [e.days_overdue for e in app.network.reach_out(today)]
    return {
        "active": stats["active"],
        "dormant": stats["dormant"],
        "reach_out_due": stats["reach_out_due"],
        "most_overdue": max(overdue),
        "interactions": stats["interactions"],
        "met_in_person": stats["met_in_person"],
    }


def test_the_network_looks_as_lively_whatever_the_date(tmp_path):
    seen = []
    for today in DAYS:
        app = _loaded(tmp_path, today)
        with app:
            seen.append(_liveliness(app, today))
    assert seen[0] == seen[1] == seen[2]
    first = seen[0]
    assert 0 < int(first["dormant"]) < int(first["active"])  # some, never nearly everyone
    assert int(first["most_overdue"]) < 2 * 365


def test_only_story_dates_move(tmp_path):
    later = WRITTEN_ON + dt.timedelta(days=400)
    app = _loaded(tmp_path, later)
    with app:
        [maya] = app.book.search("Maya Lindqvist")
        record = app.book.get(maya.id)
        assert record.birthday == "1984-01-05"  # a day of the year stays put
        assert record.how_met.date == dt.date(2016, 4, 12) + dt.timedelta(days=400)
        assert record.met_in_person_date == dt.date(2016, 9, 20) + dt.timedelta(days=400)
        own = {i.summary: i.occurred_on for i in record.interactions}
        assert own["Planning the autumn season"] == dt.date(2025, 4, 2) + dt.timedelta(days=400)


def test_written_on_gives_back_the_file_as_committed():
    text = sample_text(WRITTEN_ON)
    assert "X-NETBOOK-INTERACTION:2025-04-02;call;Planning the autumn season;" in text
    assert text.count("BEGIN:VCARD") == 48


@pytest.fixture
def loaded(tmp_path):
    app = _loaded(tmp_path, dt.date.today())
    with app:
        yield app


def _everyone(app: Application) -> list[int]:
    return app.book.ids() + app.book.ids(ContactFilter(view=View.ARCHIVED))


def test_every_interaction_kind_is_one_the_app_offers_or_records(loaded):
    kinds = {
        e.kind for contact_id in _everyone(loaded) for e in loaded.network.timeline(contact_id)
    }
    # the Log dialog's, and those an import records (a job change, a LinkedIn recommendation)
    assert kinds <= set(INTERACTION_KINDS) | set(NOT_CONTACT_KINDS) | set(IMPORTED_KINDS)
    assert len(kinds) >= 6


def test_whoever_has_met_someone_is_met_in_person(loaded):
    """A "met" interaction marks every participant as met in person (as logging one does)."""
    checked = 0
    for contact_id in _everyone(loaded):
        if any(e.kind == MET for e in loaded.network.timeline(contact_id)):
            record = loaded.book.get(contact_id)
            assert record.met_in_person, record.best_display_name()
            checked += 1
    assert checked >= 10
