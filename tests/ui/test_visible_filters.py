"""Every filter on the list shows as a chip (issue: a dashboard click left 5 of 51 on show with
nothing saying so); its close button, "Clear all", Esc and "All contacts" take it away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netbook.services.address_book import ContactFilter, View
from netbook.ui.contacts.filter_chips import FilterPart
from netbook.ui.window.main_window import MainWindow
from tests.conftest import person
from tests.ui.window_support import open_window


def _names(window: MainWindow) -> list[str]:
    return [window.model.index(r).data() for r in range(window.model.rowCount())]


def _tag_id(window: MainWindow, name: str) -> int:
    return next(t.id for t in window.book.tags() if t.name == name)


def _three(book):
    ada = book.add(person("Ada", "Lovelace", tags=["Suppliers"]))
    book.add(person("Grace", "Hopper", tags=["Suppliers"]))
    book.add(person("Alan", "Turing"))
    return ada


def test_a_dashboard_pick_shows_as_a_chip_that_removes_it(qtbot, book, tmp_path):
    ada = _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.chips.isHidden()  # everyone on show: no chips
    window.show_dashboard()
    window.dashboard.filter_requested.emit(
        ContactFilter(ids=frozenset({ada})), "Introduced by Maya Patel"
    )
    assert _names(window) == ["Ada Lovelace"]
    assert window.chips.isVisible()
    assert window.chips.chip_texts() == ["Introduced by Maya Patel (1)"]
    assert "1 shown" in window.counts_label.text()
    chip = window.chips.chip_for(FilterPart.PICKED)
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert len(_names(window)) == 3
    assert window.chips.isHidden()


def test_all_contacts_clears_a_filter_even_when_it_is_already_chosen(qtbot, book, tmp_path):
    ada = _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.apply_contact_filter(ContactFilter(ids=frozenset({ada})), "Met in person")
    window.search_field.set_search("lovelace")
    assert window.sidebar.choice() == (View.ALL, None)  # the sidebar says All, yet 1 shown
    item = window.sidebar.topLevelItem(0)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(_names(window)) == 3
    assert window.search_field.text() == ""
    assert window.chips.isHidden()


def test_tag_and_search_chips_come_off_one_at_a_time(qtbot, book, tmp_path):
    _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.sidebar.choose(View.ALL, _tag_id(window, "Suppliers"))
    window.search_field.set_search("grace")
    assert window.chips.chip_texts() == ["Tag: Suppliers", "Search: “grace”"]
    assert window.chips.findChild(type(window.chips._clear_all), "clearFilters").isVisible()
    assert _names(window) == ["Grace Hopper"]
    search_chip = window.chips.chip_for(FilterPart.SEARCH)
    qtbot.mouseClick(search_chip, Qt.MouseButton.LeftButton)
    assert window.search_field.text() == ""
    assert sorted(_names(window)) == ["Ada Lovelace", "Grace Hopper"]  # the tag stays
    assert window.chips.chip_texts() == ["Tag: Suppliers"]
    qtbot.mouseClick(window.chips.chip_for(FilterPart.TAG), Qt.MouseButton.LeftButton)
    assert window.sidebar.choice() == (View.ALL, None)
    assert len(_names(window)) == 3


def test_clear_all_drops_every_filter(qtbot, book, tmp_path):
    _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.sidebar.choose(View.FAVOURITES)
    window.search_field.set_search("a")
    assert window.chips.chip_texts() == ["Favourites", "Search: “a”"]
    qtbot.mouseClick(window.chips._clear_all, Qt.MouseButton.LeftButton)
    assert window.current_filter() == ContactFilter()
    assert len(_names(window)) == 3


def test_escape_clears_the_search_first_then_the_rest(qtbot, book, tmp_path):
    _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.sidebar.choose(View.ALL, _tag_id(window, "Suppliers"))
    window.focus_search()
    qtbot.keyClicks(window.search_field, "ada")
    window.search_field.flush()
    assert _names(window) == ["Ada Lovelace"]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.sidebar.choice()[1] is not None  # Esc with text clears the search alone
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.current_filter() == ContactFilter()
    assert len(_names(window)) == 3
    assert not window.commands.clear_filters.isEnabled()  # nothing left to clear


def test_escape_on_the_list_clears_a_dashboard_pick(qtbot, book, tmp_path):
    ada = _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.apply_contact_filter(ContactFilter(ids=frozenset({ada})), "Dormant")
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Escape)
    assert len(_names(window)) == 3
    assert window.chips.isHidden()


def test_a_long_search_is_shortened_on_its_chip_and_whole_in_its_tooltip(qtbot, book, tmp_path):
    _three(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    query = "someone whose name is much longer than any chip could ever show in full"
    window.search_field.set_search(query)
    chip = window.chips.chip_for(FilterPart.SEARCH)
    assert chip is not None
    assert chip.text().endswith("…")
    assert len(chip.text()) < len(query)
    assert query in chip.toolTip()
    assert window.chips.chip_texts() == [f"Search: “{query}”"]
