"""Every way a search's page and count are read gives what one plain query gives.

A book of 3,000 generated contacts (benchmarks/generate_book.py: varied names, accents,
companies, cities, tags, photos), some of them archived, is searched for one-, two- and
longer prefixes, several words and phone digits, in each live order and through several
filters. The expected list is one plain SQL query per case (every match of the FTS index,
filtered and sorted whole); the book's pages, first page, count and positions must equal its
slices. The plan constants are forced each way (always probe, a window too small to probe a
page, never probe, always walk, always collect), so every plan and every fallback answers.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from netbook.services import address_book, search_plan
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.contact_list import ListOrder, SortKey
from netbook.store.opening import open_database
from netbook.store.search_index import match_expression

ROOT = Path(__file__).resolve().parents[2]
SIZE = 3000
QUERIES = (
    "a", "b", "c", "e", "m", "s", "j", "5", "z",
    "ma", "an", "bo", "ex",
    "mar", "maria", "boston", "acme", "jürg", "JURG", "müller", "nakamura", "exa",
    "ana lyon", "ma e", "617", "555", "zzz", "engineer berlin",
)  # fmt: skip
ORDERS = (
    ListOrder(),
    ListOrder(descending=True),
    ListOrder(SortKey.ADDED),
    ListOrder(SortKey.ADDED, descending=True),
)
PAGE = 64
PROBE = "contact.id = contact_fts.rowid"  # in the SQL of a page that probes
OFFSETS = (0, 64, 128, 192, 960, 2900)
# (MIN_PROBE_SHARE, PROBE_COST_IN_MATCHES, PROBE_WINDOW_PER_ROW, INDEXED_PREFIX,
# _WALK_THRESHOLD): each plan forced. A book this small never probes as chosen (its sets are
# cheap); with a probe's cost scaled to its size it chooses as a 100,000-contact book would.
PLANS = {
    "as chosen": None,
    "as chosen at 100,000 contacts": (None, 400 * SIZE // 100_000, None, None, None),
    "always probe (prefixes of up to 3 letters)": (0.0, 0, 10_000, None, None),
    "probe window of the page alone, any prefix": (0.0, 0, 1, 99, None),
    "never probe, always walk": (2.0, None, None, None, 0),
    "never probe, always collect": (2.0, None, None, None, 10**9),
}
PROBING_PLANS = (
    "as chosen at 100,000 contacts",
    "always probe (prefixes of up to 3 letters)",
    "probe window of the page alone, any prefix",
)


def _generate_book_module():
    spec = importlib.util.spec_from_file_location(
        "generate_book", ROOT / "benchmarks" / "generate_book.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The path of the generated book: 3,000 contacts, every 23rd one archived."""
    path = tmp_path_factory.mktemp("search-plans") / "netbook.sqlite3"
    records = _generate_book_module().make_records(SIZE)
    database = open_database(path)
    try:
        book = AddressBook(database)
        ids = book.add_many(records)
        book.archive(ids[::23])
    finally:
        database.close()
    return path


@pytest.fixture
def searched(generated):
    database = open_database(generated)
    yield AddressBook(database), sqlite3.connect(generated)
    database.close()


def _force(monkeypatch, plan):
    if plan is None:
        return
    share, cost, window, prefix, walk = plan
    if share is not None:
        monkeypatch.setattr(search_plan, "MIN_PROBE_SHARE", share)
    if cost is not None:
        monkeypatch.setattr(search_plan, "PROBE_COST_IN_MATCHES", cost)
    if window is not None:
        monkeypatch.setattr(search_plan, "PROBE_WINDOW_PER_ROW", window)
    if prefix is not None:
        monkeypatch.setattr(search_plan, "INDEXED_PREFIX", prefix)
    if walk is not None:
        monkeypatch.setattr(address_book, "_WALK_THRESHOLD", walk)


def _plain(raw: sqlite3.Connection, where: ContactFilter, order: ListOrder) -> list[int]:
    """The list `where` selects, by one query that reads every match and sorts them all."""
    conditions = {
        View.ALL: "archived_at IS NULL",
        View.FAVOURITES: "archived_at IS NULL AND favourite = 1",
        View.ARCHIVED: "archived_at IS NOT NULL",
        View.EVERYONE: "1",
    }[where.view]
    params: list[object] = []
    match = match_expression(where.query)
    if match is None:
        return []
    conditions += " AND id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"
    params.append(match)
    if where.tag_id is not None:
        conditions += " AND id IN (SELECT contact_id FROM contact_tag WHERE tag_id = ?)"
        params.append(where.tag_id)
    key = "sort_key" if order.key is SortKey.NAME else "created_at"
    way = " DESC" if order.descending else ""
    sql = f"SELECT id FROM contact WHERE {conditions} ORDER BY {key}{way}, id{way}"
    return [row[0] for row in raw.execute(sql, params)]


def _assert_same_list(book: AddressBook, where: ContactFilter, order: ListOrder, want):
    label = (where, order)
    rows, total = book.first_page(PAGE, where, order)
    assert [r.id for r in rows] == want[:PAGE], label
    assert total == len(want), label
    assert book.count(where) == len(want), label
    for offset in OFFSETS:
        assert [r.id for r in book.page(offset, PAGE, where, order)] == want[offset:][:PAGE], (
            label,
            offset,
        )
    listing = book.listing(where, order)
    assert [r.id for r in listing.first_page(PAGE)[0]] == want[:PAGE], label
    # Near the top a broad search's position counts the contacts above one by one, further
    # down from the search's set: rows on both sides of that window, and the ends.
    window = address_book._POSITION_WINDOW
    rows = {0, 1, window - 1, window, window + 1, len(want) // 2, len(want) - 1}
    for row in sorted(r for r in rows if 0 <= r < len(want)):
        assert book.position(want[row], where, order) == row, (label, row)


@pytest.mark.parametrize("plan", PLANS)
def test_a_whole_book_search_reads_what_a_plain_query_reads(searched, monkeypatch, plan):
    book, raw = searched
    _force(monkeypatch, PLANS[plan])
    statements: list[str] = []
    event.listen(
        book.database.engine,
        "before_cursor_execute",
        lambda _conn, _cursor, sql, *_rest: statements.append(sql),
    )
    broad = 0
    for query in QUERIES:
        where = ContactFilter(query=query)
        for order in ORDERS:
            want = _plain(raw, where, order)
            broad += len(want) > SIZE // 2
            _assert_same_list(book, where, order, want)
    assert broad > 0  # some searches match most of the book (the probed ones by default)
    # A position tests one contact, and the few above it, with the probe's look: not a page.
    pages = [sql for sql in statements if "LIMIT" in sql and "WHERE contact.id = ?" not in sql]
    probed = [sql for sql in pages if PROBE in sql]
    with_set = [sql for sql in statements if "IN (SELECT rowid" in sql]
    assert bool(probed) == (plan in PROBING_PLANS)
    assert with_set  # later pages (and fallbacks) build the set


@pytest.mark.parametrize("plan", ["as chosen", "never probe, always walk"])
def test_a_filtered_search_reads_what_a_plain_query_reads(searched, monkeypatch, plan):
    book, raw = searched
    _force(monkeypatch, PLANS[plan])
    (tag_id,) = raw.execute("SELECT id FROM tag ORDER BY id LIMIT 1").fetchone()
    filters = (
        {"view": View.FAVOURITES},
        {"view": View.ARCHIVED},
        {"view": View.EVERYONE},
        {"tag_id": tag_id},
    )
    for query in ("a", "ma", "maria", "boston", "5"):
        for extra in filters:
            where = ContactFilter(query=query, **extra)
            for order in ORDERS[:2]:
                _assert_same_list(book, where, order, _plain(raw, where, order))


def test_the_whole_list_is_counted_without_its_archived(searched):
    book, raw = searched
    (active,) = raw.execute("SELECT count(*) FROM contact WHERE archived_at IS NULL").fetchone()
    assert book.count(ContactFilter()) == active
    rows, total = book.first_page(PAGE)
    assert total == active
    assert len(rows) == PAGE


def test_probing_is_chosen_only_for_broad_searches_of_indexed_prefixes():
    size = 100_000
    assert search_plan.probes_pay('"m"*', 57_000, size, 64)
    assert search_plan.probes_pay('"m"* "ab"*', 51_000, size, 64)
    assert not search_plan.probes_pay('"m"*', 43_000, size, 64)  # not broad enough for 64 rows
    assert search_plan.probes_pay('"5"*', 43_000, size, 19)  # but for a screenful
    assert not search_plan.probes_pay('"l"*', 35_000, size, 19)  # the window would be short
    assert not search_plan.probes_pay('"m"*', 1_800, 3_000, 19)  # a small book's set is cheap
    assert not search_plan.probes_pay('"mari"*', 90_000, size, 64)  # no prefix doclist
    assert not search_plan.probes_pay('"m"*', 57_000, size, 320)  # too far down
    assert not search_plan.probes_pay('"m"*', 0, 0, 64)  # an empty book
    assert search_plan.INDEXED_PREFIX == 3  # store/search_index.py: prefix = '1 2 3'
