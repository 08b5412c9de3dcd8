"""The list model pages rows from a real book: Qt's model tester, blocks, filters, thumbnails."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap

from netbook.model.values import ContactRecord, HowMet, PhotoValue
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.ui.contacts.list_model import (
    ContactIdRole,
    ContactListModel,
    FavouriteRole,
    SubtitleRole,
    vcf_file_name,
)
from netbook.ui.contacts.list_view import ContactListView
from tests.conftest import DATA, person
from tests.ui.window_support import ensure_translations


class CountingBook(AddressBook):
    """The real book, counting how many pages the model reads."""

    def __init__(self, book: AddressBook) -> None:
        super().__init__(book.database)
        self.pages_read: list[int] = []

    def page(self, offset, limit, *args):
        self.pages_read.append(offset)
        return super().page(offset, limit, *args)

    def position(self, contact_id, *args):
        self.pages_read.append(f"position of {contact_id}")
        return super().position(contact_id, *args)


def test_model_passes_qt_model_tester(qtmodeltester, make_book):
    model = ContactListModel(make_book(250), block_size=50)
    qtmodeltester.check(model)
    assert model.rowCount() == 250


def test_rows_are_the_books_pages_in_name_order(make_book):
    book = make_book(230)
    model = ContactListModel(book, block_size=40)
    expected = [s.id for s in book.page(0, 1000)]
    assert [model.index(r).data(ContactIdRole) for r in range(model.rowCount())] == expected
    first = book.page(0, 1)[0]
    assert model.index(0).data() == first.display_name
    subtitle = " · ".join(p for p in (first.organization, first.title) if p)
    assert model.index(0).data(SubtitleRole) == subtitle


def test_row_count_is_the_true_count_and_only_blocks_in_view_are_read(make_book):
    book = CountingBook(make_book(1000))
    model = ContactListModel(book, block_size=100, cached_blocks=3)
    assert model.rowCount() == 1000
    assert book.pages_read == [0]  # the first page, nothing else
    assert model.index(999).data(ContactIdRole) is not None  # jump to the end
    assert book.pages_read == [0, 900]
    for row in (450, 455, 460):
        model.index(row).data()
    assert book.pages_read == [0, 900, 400]
    model.index(150).data()
    model.index(0).data()  # block 0 was evicted from the three-block cache: read again
    assert book.pages_read[-2:] == [100, 0]


def test_a_view_reads_only_what_it_shows(qtbot, make_book):
    book = CountingBook(make_book(3000))
    model = ContactListModel(book, block_size=100)
    view = ContactListView(model)
    qtbot.addWidget(view)
    view.resize(400, 500)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(50)
    assert set(book.pages_read) <= {0, 2900, 2800}
    assert len(book.pages_read) <= 3


def test_a_reset_reads_the_rows_on_screen_first_and_the_rest_of_the_block_when_asked(make_book):
    book = CountingBook(make_book(300))
    book.archive(book.ids()[::7])
    model = ContactListModel(book, block_size=64)
    model.set_rows_on_screen(10)
    for query in ("p", "example", "person0001", "org 7", "zz", ""):
        model.set_filter(ContactFilter(query=query))
        book.pages_read.clear()
        expected = book.ids(ContactFilter(query=query))
        assert model.rowCount() == len(expected), query
        shown = [model.index(r).data(ContactIdRole) for r in range(min(10, len(expected)))]
        assert shown == expected[:10], query
        assert book.pages_read == [], query  # the first ten rows were read with the count
        shown = [model.index(r).data(ContactIdRole) for r in range(model.rowCount())]
        assert shown == expected, query
        assert book.pages_read[:1] == ([0] if len(expected) > 10 else []), query


def test_finding_a_contact_after_a_short_first_read_reads_the_rest_of_the_block(make_book):
    book = CountingBook(make_book(300))
    model = ContactListModel(book, block_size=64)
    wanted = book.ids(ContactFilter(query="p"))[40]
    model.set_rows_on_screen(10)
    model.set_filter(ContactFilter(query="p"))
    book.pages_read.clear()
    assert model.row_of(wanted) == 40
    assert book.pages_read == [0]  # the block, not a position query over the whole search
    assert model.cached_row_of(wanted) == 40


def test_with_a_selection_a_reset_reads_the_whole_first_block(qtbot, make_book):
    book = make_book(300)
    model = ContactListModel(book, block_size=64)
    view = ContactListView(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    fortieth = book.ids(ContactFilter(query="p"))[40]
    model.set_filter(ContactFilter(query="p"))
    assert model.cached_row_of(fortieth) is None  # a screenful only
    assert view.select_contact(book.ids()[0])
    model.set_filter(ContactFilter(query="pe"))  # kept selections are looked for in the rows read
    assert model.cached_row_of(fortieth) == 40


def test_the_view_tells_the_model_how_many_rows_it_shows(qtbot, make_book):
    book = CountingBook(make_book(300))
    model = ContactListModel(book, block_size=64)
    view = ContactListView(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    model.set_filter(ContactFilter(query="p"))
    book.pages_read.clear()
    for row in range(view.rowAt(view.viewport().height() - 1) + 1):  # every row on screen
        assert model.index(row).data(ContactIdRole) is not None
    assert book.pages_read == []  # all of them came with the first read
    assert model.index(63).data(ContactIdRole) is not None
    assert book.pages_read == [0]  # then the rest of the block


def test_filter_search_and_views(make_book):
    book = make_book(120)
    model = ContactListModel(book, block_size=50)
    model.set_filter(ContactFilter(query="person0001"))  # Person00010 ... Person00019
    assert model.rowCount() == 10
    assert {model.index(r).data() for r in range(10)} == {
        f"Person{n:05d} Family{n % 97:02d}" for n in range(10, 20)
    }
    model.set_filter(ContactFilter(query="nobody-like-this"))
    assert model.rowCount() == 0
    model.set_filter(ContactFilter(view=View.ARCHIVED))
    assert model.rowCount() == 0


def test_a_full_first_block_is_counted_and_a_short_one_is_not(make_book):
    book = make_book(300)
    model = ContactListModel(book, block_size=100)
    model.set_filter(ContactFilter(query="org"))  # everyone works at an "Org n"
    assert model.rowCount() == 300
    model.set_filter(ContactFilter(query="org 7"))
    assert model.rowCount() == book.count(ContactFilter(query="org 7"))


def test_a_search_shows_the_books_whole_list_for_it(make_book):
    # Broad searches (every contact matches "p" and "example": their first block is probed),
    # narrow ones (collected) and ones in between, with archived contacts left out of each.
    book = make_book(700)
    book.archive(book.ids()[::9])
    model = ContactListModel(book, block_size=64)
    for query in ("p", "example", "person", "family1", "org 7", "boston", "p 5", "zz"):
        model.set_filter(ContactFilter(query=query))
        expected = book.ids(ContactFilter(query=query))
        assert model.rowCount() == len(expected), query
        shown = [model.index(r).data(ContactIdRole) for r in range(model.rowCount())]
        assert shown == expected, query
    assert len(book.ids(ContactFilter(query="p"))) == 700 - len(range(0, 700, 9))


def test_refresh_sees_changes_and_row_of_finds_a_contact_anywhere(make_book):
    book = make_book(500)
    model = ContactListModel(book, block_size=50)
    last = model.index(499).data(ContactIdRole)
    first = model.index(0).data(ContactIdRole)
    book.archive([first])
    assert model.rowCount() == 500  # nothing changes until asked
    model.refresh([first])
    assert model.rowCount() == 499
    assert model.row_of(first) is None
    fresh = ContactListModel(book, block_size=50)  # nothing read beyond the first block
    assert fresh.row_of(last) == 498


def test_favourite_role_and_placeholder_without_photo(book):
    book.add(person("Ada", "Lovelace", favourite=True))
    model = ContactListModel(book)
    assert model.index(0).data(FavouriteRole) is True
    assert isinstance(model.index(0).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "favourite" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_thumbnails_load_lazily_after_a_placeholder(qtbot, book):
    photo = PhotoValue(data=(DATA / "photo.jpg").read_bytes(), media_type="image/jpeg")
    book.add(person("Grace", "Hopper", photo=photo))
    model = ContactListModel(book)
    index = model.index(0)
    assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)  # placeholder first
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QPixmap)
    assert not thumbnail.isNull()


def test_dragging_contacts_out_writes_a_vcard_file(book):
    ada = book.add(person("Ada", "Lovelace"))
    book.add(person("Grace", "Hopper"))
    model = ContactListModel(book)
    assert "text/vcard" in model.mimeTypes()
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(model.row_of(ada))])
    data = bytes(mime.data("text/vcard").data())
    assert data.startswith(b"BEGIN:VCARD")
    assert b"VERSION:3.0" in data
    assert b"FN:Ada Lovelace" in data
    assert b"Hopper" not in data
    [url] = mime.urls()
    assert url.isLocalFile()
    assert url.toLocalFile().endswith("Ada Lovelace.vcf")
    with open(url.toLocalFile(), "rb") as handle:
        assert handle.read() == data
    both = model.mimeData([model.index(0), model.index(1)])
    assert bytes(both.data("text/vcard").data()).count(b"BEGIN:VCARD") == 2
    assert model.mimeData([QModelIndex()]).formats() == []


def test_vcf_file_names_are_safe():
    assert vcf_file_name(["Ada Lovelace"], "2 contacts") == "Ada Lovelace.vcf"
    assert vcf_file_name(["../../etc/passwd"], "x") == "etc passwd.vcf"
    assert vcf_file_name(["a", "b"], "2 contacts") == "2 contacts.vcf"
    assert vcf_file_name([""], "1 contact") == "1 contact.vcf"


def test_the_reach_out_list_says_how_overdue_each_contact_is(book):
    long_ago = dt.date.today() - dt.timedelta(days=19)
    book.add(
        ContactRecord(
            given_name="Bo",
            family_name="Berg",
            organization="Acme",
            how_met=HowMet("event", long_ago),
            keep_in_touch_days=7,
        )
    )
    ensure_translations()  # English plurals: "12 days", not "12 day(s)"
    model = ContactListModel(book)
    model.set_filter(ContactFilter(view=View.REACH_OUT))
    assert model.index(0).data(SubtitleRole) == "12 days overdue · Acme"
