"""The window's first paint read with sqlite3 (services/first_page.py) is the services' own.

The SQL it sends is captured from the services as they run it (so it cannot drift from its one
source), and on real books, with the orders and columns the window restores from its settings,
its first pages, counts and tag counts are the services' answers, before and after the
services are loaded; any other book or list goes to the services.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from netbook.model.values import LabelledValue, PhotoValue
from netbook.services import first_page_sql
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.first_page import StartingBook
from netbook.services.importer import Importer
from netbook.services.list_order import ListColumn, ListOrder, SortKey
from netbook.store.errors import BookLockedError, StoreError
from netbook.store.lock import COMMAND, BookLock
from netbook.store.migrate import alembic_config
from tests.conftest import person

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-book.vcf"
BLOCK = 64  # the list model's block: the first paint reads one
ORDERS = [
    ListOrder(),
    ListOrder(SortKey.NAME, descending=True),
    ListOrder(SortKey.ADDED),
    ListOrder(SortKey.ADDED, descending=True),
]
SERVED = sorted(first_page_sql.COLUMNS, key=list(ListColumn).index)
# Every set of the optional columns the first page reads itself.
COLUMN_SETS = [
    frozenset(chosen)
    for n in range(len(SERVED) + 1)
    for chosen in itertools.combinations(SERVED, n)
]
ARCHIVED = ContactFilter(view=View.ARCHIVED)


def many_people(book: AddressBook) -> None:
    """300 people (several pages): repeated names and added times (ties go by id), photos,
    favourites, tags, and archived people carrying tags (which the counts leave out)."""
    start = dt.datetime(2025, 3, 1, 9, 30)
    ids = book.add_many(
        [
            person(
                f"Given{i % 40:02d}",
                f"Family{i % 7}",
                organization=f"Company {i % 5}" if i % 3 else None,
                title="Engineer" if i % 4 == 0 else None,
                created_at=start + dt.timedelta(hours=i // 3),
                emails=[
                    LabelledValue(f"p{i}@home.example", "home"),
                    LabelledValue(f"p{i}@work.example", "work", preferred=i % 2 == 0),
                ][: 1 + i % 2],
                phones=[LabelledValue(f"+1 617 555 {i:04d}", "cell")] if i % 3 else [],
                photo=(
                    PhotoValue(data=b"\x89PNG photo", media_type="image/png", thumbnail=b"png")
                    if i % 9 == 0
                    else None
                ),
                tags=[f"Tag {i % 6}"] + (["Rare"] if i % 50 == 0 else []),
            )
            for i in range(300)
        ]
    )
    book.set_favourite(ids[::11], True)
    book.archive(ids[::17])


def sample_book(book: AddressBook) -> None:
    report = Importer(book).run([SAMPLE])
    assert report.problem_count == 0
    ids = book.ids()
    book.archive(ids[:3])
    book.set_favourite(ids[3:8], True)


BOOKS = {"empty": lambda book: None, "many": many_people, "sample": sample_book}


@pytest.fixture(params=sorted(BOOKS))
def filled(request, book: AddressBook) -> AddressBook:
    BOOKS[request.param](book)
    return book


def test_the_sql_is_the_services_own(book: AddressBook):
    many_people(book)
    sent: list[tuple[str, object]] = []
    event.listen(
        book.database.engine,
        "before_cursor_execute",
        lambda _conn, _cursor, statement, params, _context, _many: sent.append((statement, params)),
    )
    assert set(ORDERS) == first_page_sql.ORDERS
    for order, columns in itertools.product(ORDERS, COLUMN_SETS):
        sent.clear()
        rows = book.listing(ContactFilter(), order, columns).page(0, BLOCK)
        expected = [first_page_sql.page(order, columns, BLOCK, 0)]
        if ListColumn.TAGS in columns:
            expected.append((first_page_sql.tags_of(BLOCK), tuple(r.id for r in rows)))
        assert sent == expected, f"services/first_page_sql.py: {sent!r}"
    sent.clear()
    book.count()
    book.count(ARCHIVED)
    book.tags()
    assert [s for s, _ in sent] == [
        first_page_sql.COUNT_ACTIVE,
        first_page_sql.COUNT_ARCHIVED,
        first_page_sql.ARCHIVED_TAG_LINKS,
        first_page_sql.TAG_LINKS,
    ], f"services/first_page_sql.py: {sent!r}"


@pytest.mark.parametrize(
    "columns",
    [frozenset(), frozenset({ListColumn.COMPANY}), frozenset(first_page_sql.COLUMNS)]
    + [frozenset({column}) for column in SERVED],
    ids=lambda columns: "+".join(sorted(c.value for c in columns)) or "none",
)
@pytest.mark.parametrize("order", ORDERS)
def test_the_first_paint_reads_what_the_services_read(filled, db_path, order, columns):
    with StartingBook.open(db_path) as starting:
        assert starting is not None
        listing = starting.listing(ContactFilter(), order, columns)
        pages = [listing.page(offset, BLOCK) for offset in (0, BLOCK, 4 * BLOCK)]
        counts = (listing.count(), starting.count(), starting.count(ARCHIVED))
        tags = starting.tags()
        assert not starting.loaded  # all of it without the services
    theirs = filled.listing(ContactFilter(), order, columns)
    assert pages == [theirs.page(offset, BLOCK) for offset in (0, BLOCK, 4 * BLOCK)]
    assert counts == (theirs.count(), filled.count(), filled.count(ARCHIVED))
    assert tags == filled.tags()


def test_once_the_services_are_loaded_they_answer(book: AddressBook, db_path):
    many_people(book)
    with StartingBook.open(db_path) as starting:
        assert starting is not None
        order = ListOrder(SortKey.ADDED, descending=True)
        listing = starting.listing(ContactFilter(), order)
        first = listing.page(0, BLOCK)
        services = starting.services()
        assert starting.loaded
        assert starting.services() is services  # built once
        theirs = book.listing(ContactFilter(), order)
        assert listing.page(0, BLOCK) == first == theirs.page(0, BLOCK)
        assert listing.page(BLOCK, BLOCK) == theirs.page(BLOCK, BLOCK)
        assert listing.ids() == theirs.ids()
        assert listing.position(first[5].id) == 5
        assert starting.tags() == book.tags()
        # What the first paint does not read is the real book's.
        assert starting.get(first[0].id) == book.get(first[0].id)
        assert starting.thumbnail(first[0].id) == book.thumbnail(first[0].id)


@pytest.mark.parametrize(
    ("where", "order", "columns"),
    [
        (ContactFilter(view=View.FAVOURITES), ListOrder(), frozenset()),
        (ContactFilter(query="given0"), ListOrder(), frozenset()),
        (ContactFilter(), ListOrder(SortKey.COMPANY), frozenset()),
        (ContactFilter(), ListOrder(), frozenset({ListColumn.EMAIL, ListColumn.LAST_CONTACT})),
        (ContactFilter(), ListOrder(SortKey.ADDED), frozenset({ListColumn.NEXT_REACH_OUT})),
    ],
)
def test_any_other_list_is_the_services(book: AddressBook, db_path, where, order, columns):
    many_people(book)
    with StartingBook.open(db_path) as starting:
        assert starting is not None
        listing = starting.listing(where, order, columns)
        assert starting.loaded
        theirs = book.listing(where, order, columns)
        assert listing.page(0, BLOCK) == theirs.page(0, BLOCK)
        assert listing.count() == theirs.count()


def test_the_starting_book_holds_the_window_lock_until_closed(book: AddressBook, db_path):
    starting = StartingBook.open(db_path)
    assert starting is not None
    with pytest.raises(BookLockedError):
        BookLock(db_path, COMMAND).acquire()
    starting.services()  # the services take the lock over
    with pytest.raises(BookLockedError):
        BookLock(db_path, COMMAND).acquire()
    starting.close()
    with BookLock(db_path, COMMAND):
        pass


def test_a_book_spoilt_after_the_first_page_keeps_its_error_and_the_window_lock(
    book: AddressBook, db_path
):
    book.database.close()
    starting = StartingBook.open(db_path)
    assert starting is not None
    for sidecar in db_path.parent.glob(db_path.name + "-*"):
        sidecar.unlink()
    db_path.write_bytes(b"overwritten by another program " * 200)  # while the window reads it
    for _ in range(2):  # the same error each time the window asks, not "closed"
        with pytest.raises(StoreError) as raised:
            starting.services()
        assert str(db_path) in str(raised.value)
    with pytest.raises(BookLockedError):  # the window is still open on the book
        BookLock(db_path, COMMAND).acquire()
    starting.close()
    with BookLock(db_path, COMMAND):
        pass


def test_a_new_an_old_or_a_foreign_book_is_left_to_application_open(tmp_path: Path):
    assert StartingBook.open(tmp_path / "new" / "netbook.sqlite3") is None
    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        from alembic import command

        command.upgrade(config, "0001")
    engine.dispose()
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"not a database at all, just words" * 10)
    for path in (old, foreign):
        assert StartingBook.open(path) is None
        with BookLock(path, COMMAND):  # and the lock was let go
            pass
