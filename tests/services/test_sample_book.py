"""The sample book ships with netbook and exercises every network view and number."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from netbook.services.address_book import ContactFilter, View
from netbook.services.importer import Importer
from netbook.services.network import Facet, NetworkService
from netbook.services.opportunities import OPPORTUNITY_KINDS, OUTCOMES

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-book.vcf"
# The file is fixed and the calendar is not: the numbers are checked as of a few dates.
AS_OF = [dt.date(2026, 6, 15), dt.date(2027, 1, 2), dt.date(2029, 9, 30)]


@pytest.fixture
def sample(book):
    report = Importer(book).run([SAMPLE])
    assert report.problem_count == 0, [p.message for f in report.files for p in f.problems]
    return book, NetworkService(book.database)


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_sample_book", ROOT / "tools" / "make_sample_book.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _without_prodid(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("PRODID:")]


def test_the_committed_file_is_what_the_script_writes():
    written = _generator().render()
    assert _without_prodid(SAMPLE.read_text(encoding="utf-8")) == _without_prodid(written)


def test_imports_forty_people_and_more(sample):
    book, network = sample
    stats = network.stats(AS_OF[0])
    assert stats["total"] >= 40
    assert stats["archived"] == 2
    assert book.count() == stats["total"] - 2  # archived: hidden from the list
    assert book.count(ContactFilter(view=View.ARCHIVED)) == 2
    assert stats["with_photo"] >= 3
    assert stats["favourites"] >= 2
    assert stats["tags"] >= 4


def test_every_channel_and_several_countries(sample):
    _, network = sample
    stats = network.stats(AS_OF[0])
    assert {
        "linkedin",
        "twitter",
        "blog",
        "group",
        "event",
        "conference",
        "introduction",
        "work",
        "school",
        "other",
        "unknown",
    } <= set(stats["by_channel"])
    countries = set(stats["by_country"])
    assert {
        "Sweden",
        "Germany",
        "Japan",
        "India",
        "Brazil",
        "Nigeria",
        "United States",
    } <= countries
    # known only from a phone number
    assert {"Canada", "United Kingdom", "France", "Australia", "Ireland"} <= countries


def test_growth_spans_years(sample):
    _, network = sample
    growth = network.stats(AS_OF[0])["growth"]
    assert growth[0]["month"] <= "2012-09"
    assert growth[-1]["total"] >= 40
    assert len({g["month"][:4] for g in growth if g["added"]}) >= 10


def test_introductions_form_chains(sample):
    book, network = sample
    [yui] = book.search("Yui Tanaka")
    chain = [p.name for p in network.introduction_chain(yui.id)]
    assert chain == ["Kenji Sato", "Hannah Becker", "Jonas Weber", "Maya Lindqvist"]
    top = network.stats(AS_OF[0])["top_introducers"]
    assert top[0]["name"] == "Maya Lindqvist"
    assert top[0]["introduced"] >= 4
    assert len(top) >= 5


def test_opportunities_of_every_kind_and_outcome(sample):
    _, network = sample
    opp = network.stats(AS_OF[0])["opportunities"]
    assert set(OPPORTUNITY_KINDS) <= set(opp["by_kind"])
    assert set(OUTCOMES) <= set(opp["by_outcome"])
    assert opp["by_introducer"]


def test_met_in_person_and_interactions(sample):
    book, network = sample
    stats = network.stats(AS_OF[0])
    assert 0 < stats["met_in_person"] < stats["total"]
    assert stats["interactions"] >= 20
    [maya] = book.search("Maya Lindqvist")
    timeline = network.timeline(maya.id)
    assert any(len(entry.participants) >= 3 for entry in timeline)  # a shared dinner


@pytest.mark.parametrize("today", AS_OF)
def test_reminders_are_never_empty(sample, today):
    _, network = sample
    stats = network.stats(today)
    assert stats["reach_out_due"] > 0
    assert stats["dormant"] > 0
    assert stats["birthdays_next_30_days"] >= 2
    assert network.reach_out(today)
    assert network.upcoming(today)


def test_any_thirty_days_hold_two_birthdays(sample):
    _, network = sample
    day = dt.date(2027, 1, 1)
    while day.year == 2027:
        birthdays = [e for e in network.upcoming(day) if e.kind == "birthday"]
        assert len(birthdays) >= 2, day
        day += dt.timedelta(days=5)
    leap = [e for e in network.upcoming(dt.date(2028, 2, 20)) if e.on == dt.date(2028, 2, 29)]
    assert [e.years for e in leap] == [40]


def test_reach_out_view_and_who_can_introduce(sample):
    book, network = sample
    assert book.count(ContactFilter(view=View.REACH_OUT)) > 0  # measured against today
    found = network.who_can_introduce("Bergmann", today=AS_OF[0])
    assert [c.name for c in found[:4]] == [
        "Jonas Weber",
        "Hannah Becker",
        "Julia Hoffmann",
        "Maya Lindqvist",
    ]
    assert found[3].reasons == ("introduced you to Jonas Weber (Bergmann Health)",)
    assert any("introduced you to" in r for c in found for r in c.reasons)
    assert network.who_can_introduce("Philips", today=AS_OF[0])[0].reasons == (
        "used to work at Philips Nova",
    )


def test_dashboard_filters_find_people(sample):
    _, network = sample
    assert network.contact_ids(Facet.CHANNEL, "linkedin", AS_OF[0])
    assert network.contact_ids(Facet.COUNTRY, "Ireland", AS_OF[0])
    assert network.contact_ids(Facet.DORMANT, "", AS_OF[0])
    assert network.contact_ids(Facet.OPPORTUNITY_OUTCOME, "open", AS_OF[0])
