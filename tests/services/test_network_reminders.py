"""Keep in touch: the Reach out list, the sidebar view, birthdays and anniversaries."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.model.values import ContactRecord, HowMet
from netbook.services.address_book import ContactFilter, View
from netbook.services.network import Facet, NetworkService
from netbook.services.reminders import (
    BIRTHDAY,
    UPCOMING_DAYS,
    occurrence,
    parse_yearless,
    upcoming,
    upcoming_counts,
)
from tests.services.network_book import TODAY, build

D = dt.date


@pytest.fixture
def net(book):
    return build(book)


def test_reach_out_lists_the_most_overdue_first(net):
    entries = net.network.reach_out()
    assert [(e.name, e.days_overdue) for e in entries] == [
        ("Fay Fox", 352),
        ("Bob Baker", 276),
        ("Ann Archer", 15),
    ]
    assert net.network.reach_out(limit=2) == entries[:2]
    ann = entries[-1]
    assert ann.cadence_days == 30
    assert ann.last_contact == D(2026, 5, 1)
    assert ann.due_on == D(2026, 5, 31)


def test_reach_out_starts_on_the_due_day(net):
    assert [e.name for e in net.network.reach_out(D(2026, 5, 30))] == ["Fay Fox", "Bob Baker"]
    due_today = net.network.reach_out(D(2026, 5, 31))[-1]
    assert (due_today.name, due_today.days_overdue) == ("Ann Archer", 0)


def test_an_interaction_takes_a_contact_off_the_list(net):
    net.network.log_interaction([net.bob, net.fay], TODAY, "call")
    assert [e.name for e in net.network.reach_out()] == ["Ann Archer"]


def test_importer_entries_do_not_count_as_contact(net):
    net.network.log_interaction([net.ann], TODAY, "changed_job", "CTO → CEO")
    assert "Ann Archer" in [e.name for e in net.network.reach_out()]


def test_without_interactions_the_cadence_counts_from_how_we_met_then_from_added(book):
    network = NetworkService(book.database)
    met, added = book.add_many(
        [
            ContactRecord(
                given_name="Met", how_met=HowMet("event", D(2026, 1, 1)), keep_in_touch_days=100
            ),
            ContactRecord(
                given_name="Added",
                created_at=dt.datetime(2026, 2, 1, 23, 59),
                keep_in_touch_days=100,
            ),
        ]
    )
    entries = {e.id: e for e in network.reach_out(D(2026, 6, 1))}
    assert entries[met].due_on == D(2026, 4, 11)
    assert entries[met].last_contact is None
    assert entries[added].due_on == D(2026, 5, 12)
    assert entries[added].days_overdue == 20


def test_reach_out_view_in_the_address_book(book):
    """The sidebar list is measured against the real clock, so this book is built around it."""
    today = dt.date.today()
    network = NetworkService(book.database)
    late, fine, archived, no_cadence = book.add_many(
        [
            ContactRecord(given_name="Late", keep_in_touch_days=7),
            ContactRecord(given_name="Fine", keep_in_touch_days=7),
            ContactRecord(given_name="Archived", keep_in_touch_days=7, archived=True),
            ContactRecord(given_name="Free"),
        ]
    )
    network.log_interaction([late, archived, no_cadence], today - dt.timedelta(days=30), "call")
    network.log_interaction([fine], today - dt.timedelta(days=2), "call")
    assert book.ids(ContactFilter(view=View.REACH_OUT)) == [late]
    assert book.count(ContactFilter(view=View.REACH_OUT)) == 1
    assert [s.display_name for s in book.page(0, 10, ContactFilter(view=View.REACH_OUT))] == [
        "Late"
    ]


def test_upcoming_birthdays_and_anniversaries(net):
    events = net.network.upcoming()
    assert [(e.name, e.kind, e.on, e.days_until, e.years) for e in events] == [
        ("Bob Baker", "anniversary", D(2026, 6, 15), 0, None),
        ("Ann Archer", "birthday", D(2026, 6, 20), 5, 46),
        ("Fay Fox", "birthday", D(2026, 7, 14), 29, 36),
    ]
    assert [e.name for e in net.network.upcoming(days=31)][-1] == "Cat Carter"
    assert net.network.upcoming(days=0) == []


def test_upcoming_wraps_around_the_new_year(book):
    network = NetworkService(book.database)
    book.add_many(
        [
            ContactRecord(given_name="Jan", birthday="1990-01-03"),
            ContactRecord(given_name="Dec", birthday="--12-30"),
        ]
    )
    events = network.upcoming(D(2026, 12, 20))
    assert [(e.name, e.on, e.years) for e in events] == [
        ("Dec", D(2026, 12, 30), None),
        ("Jan", D(2027, 1, 3), 37),
    ]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2027, 2, 20), D(2027, 2, 28)),  # a common year: kept on the 28th
        (D(2028, 2, 20), D(2028, 2, 29)),  # a leap year: on the day
        (D(2027, 2, 28), D(2027, 2, 28)),
    ],
)
def test_leap_day_birthdays(book, today, expected):
    network = NetworkService(book.database)
    book.add(ContactRecord(given_name="Leap", birthday="2000-02-29"))
    events = network.upcoming(today, days=10)
    assert [(e.on, e.years) for e in events] == [(expected, expected.year - 2000)]


def test_leap_day_is_not_counted_twice_or_after_it_passed(book):
    network = NetworkService(book.database)
    book.add(ContactRecord(given_name="Leap", birthday="--02-29"))
    assert network.upcoming(D(2027, 3, 1), days=30) == []
    assert len(network.upcoming(D(2027, 2, 1), days=60)) == 1


def test_unreadable_and_yearless_dates():
    assert parse_yearless("--02-29") == (None, 2, 29)
    assert parse_yearless("1980-06-20") == (1980, 6, 20)
    assert parse_yearless("19800620") is None  # the book keeps dates with dashes
    assert parse_yearless("1604-03-05") == (None, 3, 5)  # Apple's "no year"
    assert parse_yearless("2023-02-29") is None
    assert parse_yearless("--13-01") is None
    assert parse_yearless("soon") is None
    assert parse_yearless(None) is None
    assert occurrence(2, 29, 2027) == D(2027, 2, 28)


def test_archived_contacts_get_no_reminders(net):
    net.book.archive([net.ann])
    assert "Ann Archer" not in [e.name for e in net.network.upcoming()]
    assert "Ann Archer" not in [e.name for e in net.network.reach_out()]


def test_dormant_follows_the_last_touch_rule(book):
    """Last touch = the later of the latest interaction and how we met; the day a contact was
    added counts only when neither is known."""
    network = NetworkService(book.database)
    today = D(2026, 6, 15)
    added_today = dt.datetime(2026, 6, 15, 8, 0)
    old_talk, met_lately, _fresh, imported_silent, old_added = book.add_many(
        [
            ContactRecord(given_name="OldTalk", created_at=added_today),
            ContactRecord(given_name="MetLately", how_met=HowMet("event", D(2026, 1, 1))),
            ContactRecord(given_name="Fresh", created_at=added_today),
            ContactRecord(
                given_name="Silent",
                how_met=HowMet("linkedin", D(2019, 1, 1)),
                created_at=added_today,
            ),
            ContactRecord(given_name="OldAdded", created_at=dt.datetime(2024, 1, 1)),
        ]
    )
    network.log_interaction([old_talk, met_lately], D(2023, 3, 3), "call")
    dormant = network.contact_ids(Facet.DORMANT, "", today)
    assert dormant == {old_talk, imported_silent, old_added}
    assert network.stats(today)["dormant"] == 3
    network.log_interaction([old_added], D(2025, 7, 1), "email")
    assert network.contact_ids(Facet.DORMANT, "", today) == {old_talk, imported_silent}


def test_the_reach_out_view_lists_the_most_overdue_first_with_their_days(book):
    today = dt.date.today()
    for name, ago in (("Ann", 10), ("Bob", 300), ("Cy", 40), ("Dee", 3)):
        book.add(
            ContactRecord(
                given_name=name,
                family_name="Ames",
                how_met=HowMet("event", today - dt.timedelta(days=ago)),
                keep_in_touch_days=7,
            )
        )
    where = ContactFilter(view=View.REACH_OUT)
    rows = book.page(0, 10, where)
    assert [(r.display_name, r.days_overdue) for r in rows] == [
        ("Bob Ames", 293),
        ("Cy Ames", 33),
        ("Ann Ames", 3),
    ]
    assert book.ids(where) == [r.id for r in rows]
    assert book.position(rows[1].id, where) == 1
    assert all(r.days_overdue is None for r in book.page(0, 10))  # other views: no figure


DATES = ("1980-06-20", "--06-16", "2000-02-29", "--02-29", "1604-03-01", "2020-13-01",
         "--12-31", "1990-01-01", "garbage", "--03-01", "2030-07-01", "", None)  # fmt: skip


@pytest.mark.parametrize(
    "today", [D(2026, 6, 15), D(2027, 2, 14), D(2028, 2, 10), D(2026, 12, 20), D(2031, 6, 30)]
)
def test_upcoming_counts_are_the_upcoming_list_counted(book, today):
    book.add_many(
        [
            ContactRecord(
                given_name=f"D{n}",
                birthday=DATES[n % len(DATES)],
                anniversary=DATES[n * 5 % len(DATES)],
                archived=n % 11 == 0,
            )
            for n in range(60)
        ]
    )
    with book.database.reading() as conn:
        events = upcoming(conn, today)
        counts = upcoming_counts(conn, today)
        assert counts == upcoming_counts(conn, today, UPCOMING_DAYS)
        assert upcoming_counts(conn, today, 0) == (0, 0)
    birthdays = sum(1 for event in events if event.kind == BIRTHDAY)
    assert counts == (birthdays, len(events) - birthdays)
    assert sum(counts) > 0
