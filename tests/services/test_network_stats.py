"""Every number of `stats` on a book whose answers are known by hand (network_book.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.model.values import Address, ContactRecord, HowMet, InteractionValue, LabelledValue
from netbook.services import network_stats
from netbook.services.countries import country_code, display_country
from netbook.services.network import Facet, NetworkService
from netbook.store.core_tables import CHUNK
from tests.services.network_book import TODAY, build

REQUIRED = {
    "total",
    "archived",
    "met_in_person",
    "by_channel",
    "by_country",
    "growth",
    "top_introducers",
    "opportunities",
    "dormant",
    "reach_out_due",
    "birthdays_next_30_days",
}


@pytest.fixture
def net(book):
    return build(book)


def test_every_required_key_is_there(net):
    stats = net.network.stats()
    assert set(stats) >= REQUIRED
    assert {"total", "by_kind", "by_outcome"} <= set(stats["opportunities"])


def test_counts(net):
    stats = net.network.stats()
    assert stats["as_of"] == "2026-06-15"
    assert stats["total"] == 6
    assert stats["archived"] == 1
    assert stats["active"] == 5
    assert stats["met_in_person"] == 3  # ann, cat (logged "met"), dan (archived: history)
    assert stats["met_in_person_share"] == 0.5
    assert stats["introduced"] == 5  # everyone but ann; fay by a name not in the book
    assert stats["interactions"] == 6
    assert stats["with_phone"] == 2
    assert stats["dormant"] == 3  # bob, eve, fay
    assert stats["reach_out_due"] == 3  # fay, bob, ann
    assert stats["birthdays_next_30_days"] == 2  # ann, fay (cat's is 30 days away: outside)
    assert stats["anniversaries_next_30_days"] == 1  # bob, today


def test_channels_merge_spellings_and_infer_introductions(net):
    assert net.network.stats()["by_channel"] == {
        "linkedin": 2,
        "blog": 1,
        "event": 1,
        "introduction": 1,
        "twitter": 1,
    }


def test_countries_from_addresses_else_phones(net):
    assert net.network.stats()["by_country"] == {
        "United States": 2,
        "Canada": 1,
        "Germany": 1,
        "United Kingdom": 1,
        "unknown": 1,
    }


def test_growth_is_backfilled_from_how_we_met_and_runs_every_month(net):
    growth = net.network.stats()["growth"]
    assert growth[0] == {"month": "2019-11", "added": 1, "total": 1}  # dan, archived
    assert growth[-1] == {"month": "2026-06", "added": 1, "total": 6}  # fay: 2030 not believed
    assert len(growth) == 80
    added = {g["month"]: g["added"] for g in growth if g["added"]}
    assert added == {
        "2019-11": 1,
        "2020-03": 1,
        "2021-07": 1,
        "2023-02": 1,
        "2023-05": 1,
        "2026-06": 1,
    }
    assert [g["total"] for g in growth] == sorted(g["total"] for g in growth)


def test_growth_of_an_empty_book_is_empty(book):
    stats = NetworkService(book.database).stats(TODAY)
    assert stats["growth"] == []
    assert stats["total"] == 0
    assert stats["by_country"] == {}
    assert stats["met_in_person_share"] == 0.0


def test_growth_reaches_today_even_when_nobody_joined_lately(book):
    book.add(ContactRecord(given_name="Old", how_met=HowMet("event", dt.date(2026, 3, 31))))
    growth = NetworkService(book.database).stats(TODAY)["growth"]
    assert [g["month"] for g in growth] == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert growth[-1] == {"month": "2026-06", "added": 0, "total": 1}


def test_top_introducers(net):
    assert net.network.stats()["top_introducers"] == [
        {"id": net.ann, "name": "Ann Archer", "introduced": 2},
        {"id": net.bob, "name": "Bob Baker", "introduced": 1},
        {"id": net.cat, "name": "Cat Carter", "introduced": 1},
    ]


def test_opportunities(net):
    opp = net.network.stats()["opportunities"]
    assert opp["total"] == 4
    assert opp["by_kind"] == {"client": 1, "job_offer": 1, "partnership": 1, "speaking": 1}
    assert opp["by_outcome"] == {"accepted": 1, "lost": 1, "open": 1, "won": 1}
    assert opp["by_channel"] == {"event": 1, "introduction": 1, "linkedin": 1, "twitter": 1}
    assert opp["by_channel_and_outcome"]["twitter"] == {"open": 1}
    assert [s["id"] for s in opp["by_source"]] == [net.ann, net.bob, net.cat, net.dan]
    assert opp["by_introducer"] == [
        {"id": net.ann, "name": "Ann Archer", "opportunities": 1},
        {"id": net.bob, "name": "Bob Baker", "opportunities": 1},
        {"id": net.cat, "name": "Cat Carter", "opportunities": 1},
    ]


def test_archiving_hides_from_action_lists_but_keeps_history(net):
    before = net.network.stats()
    net.book.archive([net.fay, net.bob])
    after = net.network.stats()
    for key in (
        "total",
        "by_channel",
        "by_country",
        "growth",
        "top_introducers",
        "opportunities",
        "met_in_person",
    ):
        assert after[key] == before[key], key
    assert after["archived"] == 3
    assert after["dormant"] == 1  # eve
    assert after["reach_out_due"] == 1  # ann
    assert after["birthdays_next_30_days"] == 1
    assert after["anniversaries_next_30_days"] == 0


@pytest.mark.parametrize(
    ("facet", "key", "outcome", "expected"),
    [
        (Facet.CHANNEL, "linkedin", None, {"ann", "fay"}),
        (Facet.CHANNEL, "twitter", None, {"bob"}),
        (Facet.CHANNEL, "introduction", None, {"cat"}),
        (Facet.CHANNEL, "unknown", None, set()),
        (Facet.COUNTRY, "United States", None, {"cat", "eve"}),
        (Facet.COUNTRY, "Germany", None, {"ann"}),
        (Facet.COUNTRY, "unknown", None, {"fay"}),
        (Facet.MONTH, "2026-06", None, {"fay"}),
        (Facet.MONTH, "2019-11", None, {"dan"}),
        (Facet.MET_IN_PERSON, "yes", None, {"ann", "cat", "dan"}),
        (Facet.MET_IN_PERSON, "no", None, {"bob", "eve", "fay"}),
        (Facet.OPPORTUNITY_KIND, "client", None, {"bob"}),
        (Facet.OPPORTUNITY_OUTCOME, "open", None, {"bob"}),
        (Facet.OPPORTUNITY_CHANNEL, "introduction", None, {"cat"}),
        (Facet.OPPORTUNITY_CHANNEL, "twitter", "open", {"bob"}),
        (Facet.OPPORTUNITY_CHANNEL, "twitter", "won", set()),
        (Facet.INTRODUCED, "yes", None, {"bob", "cat", "dan", "eve", "fay"}),
        (Facet.HAS_OPPORTUNITY, "yes", None, {"ann", "bob", "cat", "dan"}),
        (Facet.DORMANT, "", None, {"bob", "eve", "fay"}),
        (Facet.REACH_OUT, "", None, {"ann", "bob", "fay"}),
    ],
)
def test_each_bar_stands_for_the_contacts_it_counts(net, facet, key, outcome, expected):
    ids = net.network.contact_ids(facet, key, outcome=outcome)
    assert ids == frozenset(getattr(net, name) for name in expected)


def test_introducer_bar_is_the_people_they_introduced(net):
    assert net.network.contact_ids(Facet.INTRODUCER, str(net.ann)) == {net.bob, net.eve}


def test_bars_and_counts_agree(net):
    stats = net.network.stats()
    for name, n in stats["by_channel"].items():
        assert len(net.network.contact_ids(Facet.CHANNEL, name)) == n
    for name, n in stats["by_country"].items():
        assert len(net.network.contact_ids(Facet.COUNTRY, name)) == n
    for row in stats["growth"]:
        assert len(net.network.contact_ids(Facet.MONTH, row["month"])) == row["added"]


def test_country_vocabulary():
    assert country_code("Deutschland") == "DE"
    assert country_code("  the Netherlands ") == "NL"
    assert country_code("U.S.A.") == "US"
    assert country_code("España") == "ES"
    assert country_code("de") == "DE"
    assert country_code("Atlantis") is None
    assert display_country("Schweiz") == "Switzerland"
    assert display_country("  Atlantis ") == "Atlantis"


def test_countries_prefer_the_preferred_address_and_group_phones_by_country(book):
    book.add_many(
        [
            ContactRecord(
                given_name="A",
                addresses=[Address(country="France"), Address(country="Italia", preferred=True)],
            ),
            ContactRecord(given_name="B", phones=[LabelledValue("+1 416 555 0100")]),  # Toronto
            ContactRecord(given_name="C", phones=[LabelledValue("+1 212 555 0100")]),  # New York
            ContactRecord(
                given_name="D",
                addresses=[Address(country="Atlantis")],
                phones=[LabelledValue("+33 1 23 45 67 89")],
            ),
        ]
    )
    assert NetworkService(book.database).stats(TODAY)["by_country"] == {
        "Atlantis": 1,
        "Canada": 1,
        "Italy": 1,
        "United States": 1,
    }


def test_countries_of_one_address_and_of_several_add_up_alike(book):
    # Contacts with one address are counted from the table, those with several per contact:
    # the same country from either part is one bar, and each bar's contacts are its count.
    def person(name, *countries, preferred=None):
        addresses = [Address(country=c, preferred=i == preferred) for i, c in enumerate(countries)]
        return ContactRecord(given_name=name, addresses=addresses)

    book.add_many(
        [
            person("A", " France "),
            person("B", "France"),
            person("C", "  ", "France"),  # several, only one with a country
            person("D", "Italia", " France", preferred=1),
            person("E", "Deutschland", "Italia"),
            person("F", ""),  # one address, no country: unknown
            person("G", None, None),
        ]
    )
    network = NetworkService(book.database)
    counts = network.stats(TODAY)["by_country"]
    assert counts == {"France": 4, "Germany": 1, "unknown": 2}
    for key, n in counts.items():
        assert len(network.contact_ids(Facet.COUNTRY, key, TODAY)) == n


def test_who_vouched_most_counts_only_received_vouching_and_each_participant(book):
    ann, bob, cy, dee = book.add_many(
        [
            ContactRecord(given_name=name, family_name="Voucher")
            for name in ("Ann", "Bob", "Cy", "Dee")
        ]
    )
    network = NetworkService(book.database)
    day = dt.date(2025, 1, 1)
    network.log_interaction([ann], day, "recommendation")
    network.log_interaction([ann, bob], day, "endorsement")  # one interaction, both count it
    network.log_interaction([bob], day, "endorsement")
    network.log_interaction([cy], day, "recommendation")
    network.log_interaction([cy, dee], day, "endorsement_given")  # given, not received
    network.log_interaction([dee], day, "call")
    assert network.stats(TODAY)["top_vouchers"] == [
        {"id": ann, "name": "Ann Voucher", "vouched": 2, "recommendations": 1, "endorsements": 1},
        {"id": bob, "name": "Bob Voucher", "vouched": 2, "recommendations": 0, "endorsements": 2},
        {"id": cy, "name": "Cy Voucher", "vouched": 1, "recommendations": 1, "endorsements": 0},
    ]


# -- the one pass over the contacts agrees with the numbers asked one by one -----------------

BLANKS = (None, "", "  ", "\t", " \u00a0 ")
CHANNELS = ("LinkedIn", " linkedin ", "LINKEDIN", "Twitter/X", "x", "podcast", "Événement")


def _varied_book(book):
    """Contacts in every combination the numbers tell apart, with interactions."""
    records = []
    for n in range(160):
        record = ContactRecord(given_name=f"P{n}", family_name="Varied", uid=f"urn:uuid:v{n}")
        channel = (BLANKS + CHANNELS)[n % (len(BLANKS) + len(CHANNELS))]
        met_on = (None, dt.date(2018, 1, 31), dt.date(2025, 6, 15), dt.date(2030, 5, 5))[n % 4]
        record.how_met = HowMet(channel, met_on)
        record.introduced_by_name = (None, "", "   ", "Gus from the meetup")[n % 7 % 4]
        if n % 5 == 0:
            record.introduced_by_uid = "urn:uuid:v1"
        record.keep_in_touch_days = (None, 0, 14, 30, 365)[n % 5]
        record.archived = n % 9 == 0
        record.favourite = n % 3 == 0
        record.met_in_person = n % 4 == 1
        record.created_at = dt.datetime(2015, 1, 1) + dt.timedelta(days=37 * n)
        if n % 3:
            kind = ("call", "email", "changed_job", "met", "endorsement")[n % 5]
            day = dt.date(2026, 6, 15) + dt.timedelta(days=(n * 53) % 1400 - 1200)
            record.interactions = [InteractionValue(day, kind)]
        records.append(record)
    book.add_many(records)


@pytest.mark.parametrize(
    "today", [dt.date(2026, 6, 15), dt.date(2024, 2, 29), dt.date(2019, 3, 1), dt.date(2031, 1, 1)]
)
def test_the_contact_pass_agrees_with_each_number_asked_apart(book, today):
    _varied_book(book)
    network = NetworkService(book.database)
    stats = network.stats(today)
    with book.database.reading() as conn:
        assert stats["by_channel"] == network_stats.by_channel(conn)
        assert stats["growth"] == network_stats.growth(conn, today)
    assert stats["reach_out_due"] == len(network.reach_out(today)) > 0
    assert stats["dormant"] == len(network.contact_ids(Facet.DORMANT, "", today)) > 0
    assert stats["introduced"] == len(network.contact_ids(Facet.INTRODUCED, "yes", today))
    met = network.contact_ids(Facet.MET_IN_PERSON, "yes", today)
    assert stats["met_in_person"] == len(met) > 0
    archived = sum(1 for n in range(160) if n % 9 == 0)
    assert (stats["total"], stats["archived"], stats["active"]) == (160, archived, 160 - archived)
    assert stats["favourites"] == sum(1 for n in range(160) if n % 3 == 0 and n % 9)


def test_more_blank_channel_spellings_than_one_query_takes(book):
    # Each contact's channel is blank in its own way (spaces of a different length): more
    # spellings than one IN list holds, so the channels are counted apart.
    count = CHUNK + 3
    book.add_many(
        [
            ContactRecord(
                given_name=f"B{n}",
                how_met=HowMet(" " * (n + 1)),
                introduced_by_name="Gus" if n % 2 else None,
            )
            for n in range(count)
        ]
    )
    network = NetworkService(book.database)
    assert network.stats(TODAY)["by_channel"] == {
        "introduction": count // 2,
        "unknown": count - count // 2,
    }
