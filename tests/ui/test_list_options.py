"""The list's order and columns through the window on a real book: View > Sort by and
Columns, the header's menu and clicks, the sort arrow, the selection kept, and the choice
remembered across a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from netbook.model.values import LabelledValue
from netbook.services.address_book import View
from netbook.services.contact_list import ListColumn, ListOrder, SortKey
from netbook.ui.contacts.list_model import ContactIdRole, ContactListModel
from tests.conftest import person
from tests.ui.window_support import ensure_translations, open_window


@pytest.fixture
def people(book) -> dict[str, int]:
    ids = {
        "ada": book.add(
            person(
                "Ada",
                "Lovelace",
                organization="Analytical Engines",
                emails=[LabelledValue("ada@engines.example")],
                tags=["Pioneers"],
            )
        ),
        "grace": book.add(person("Grace", "Hopper", organization="US Navy")),
        "kay": book.add(person("Kay", "Antonelli", organization="ENIAC")),
        "alan": book.add(person("Alan", "Turing")),
    }
    return ids


def _names(window) -> list[str]:
    model = window.model
    return [model.index(r).data().split()[0] for r in range(model.rowCount())]


def _menu(window, name: str) -> QMenu:
    found = window.findChild(QMenu, name)
    assert found is not None, name
    return found


def _action(menu: QMenu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_view_menu_sorts_and_it_is_remembered(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert _names(window) == ["Kay", "Grace", "Ada", "Alan"]  # by family name
    view_menu = _menu(window, "viewMenu")
    sort_menu = _action(view_menu, "Sort by").menu()
    assert [a.text().replace("&", "") for a in sort_menu.actions() if a.text()] == [
        "Name",
        "Company",
        "Last contact",
        "Date added",
        "Next reach-out",
        "Ascending",
        "Descending",
    ]
    assert _action(sort_menu, "Name").isChecked()
    _action(sort_menu, "Company").trigger()
    # Companies A to Z, whoever has none last.
    assert _names(window) == ["Ada", "Kay", "Grace", "Alan"]
    _action(sort_menu, "Descending").trigger()
    assert _names(window) == ["Grace", "Kay", "Ada", "Alan"]
    columns = _action(view_menu, "Columns").menu()
    _action(columns, "Email").trigger()
    assert window.model.columns == [ListColumn.EMAIL]
    window.close()

    again = open_window(qtbot, book, tmp_path / "ui.ini")
    assert again.model.order == ListOrder(SortKey.COMPANY, descending=True)
    assert again.model.columns == [ListColumn.EMAIL]
    assert _names(again) == ["Grace", "Kay", "Ada", "Alan"]
    sort_menu = _action(_menu(again, "viewMenu"), "Sort by").menu()
    assert _action(sort_menu, "Company").isChecked()
    assert _action(sort_menu, "Descending").isChecked()


def test_column_widths_are_kept_per_column_and_across_a_restart(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.resize(1400, 800)
    window.list_options.column_actions[ListColumn.COMPANY].trigger()
    window.list_options.column_actions[ListColumn.EMAIL].trigger()
    window.list_options.column_actions[ListColumn.PHONE].trigger()
    header = window.list_view.horizontalHeader()
    assert [header.sectionSize(s) for s in range(3)] == [260, 140, 140]  # the defaults
    header.resizeSection(0, 320)  # as a drag on the header does
    header.resizeSection(1, 210)
    # Email goes: company keeps its width, phone moves up to the second optional column.
    window.list_options.column_actions[ListColumn.EMAIL].trigger()
    assert window.model.columns == [ListColumn.COMPANY, ListColumn.PHONE]
    assert [header.sectionSize(s) for s in range(2)] == [320, 210]
    window.close()

    again = open_window(qtbot, book, tmp_path / "ui.ini")
    again.resize(1400, 800)
    header = again.list_view.horizontalHeader()
    assert again.model.columns == [ListColumn.COMPANY, ListColumn.PHONE]
    assert [header.sectionSize(s) for s in range(2)] == [320, 210]
    # The last column fills the rest of the list, whatever the window's width: not a choice.
    assert header.stretchLastSection()
    assert set(again.list_view.column_widths()) == {"contact", "company"}


def test_the_header_menu_adds_columns_that_show_the_values(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    header = window.list_view.horizontalHeader()
    assert header.isVisible()
    header.customContextMenuRequested.emit(QPoint(20, 5))
    menu = window.list_options.header_menu
    assert menu is not None
    assert menu.isVisible()
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts == [
        "Sort by",
        "Company",
        "Email",
        "Phone",
        "Last contact",
        "Date added",
        "Next reach-out",
        "Tags",
    ]
    _action(menu, "Tags").trigger()
    _action(menu, "Company").trigger()
    menu.close()
    model = window.model
    # Columns in a fixed order, whatever order they were ticked in.
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "Company",
        "Tags",
    ]
    row = model.row_of(people["ada"])
    assert model.index(row, 1).data() == "Analytical Engines"
    assert model.index(row, 2).data() == "Pioneers"
    assert model.index(row, 2).data(ContactIdRole) == people["ada"]  # every column's row
    assert model.index(model.row_of(people["alan"]), 1).data() is None
    assert header.sectionSize(0) == 260


def test_clicking_a_header_sorts_by_it_then_the_other_way(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    options = window.list_options
    options.column_actions[ListColumn.COMPANY].trigger()
    options.column_actions[ListColumn.EMAIL].trigger()
    header = window.list_view.horizontalHeader()
    header.sectionClicked.emit(1)
    assert window.model.order == ListOrder(SortKey.COMPANY)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.AscendingOrder,
    )
    header.sectionClicked.emit(1)
    assert window.model.order == ListOrder(SortKey.COMPANY, descending=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.sectionClicked.emit(2)  # email is no order: nothing changes
    assert window.model.order == ListOrder(SortKey.COMPANY, descending=True)
    assert header.sortIndicatorSection() == 1
    header.sectionClicked.emit(0)
    assert window.model.order == ListOrder(SortKey.NAME)
    assert header.sortIndicatorSection() == 0


def test_the_selection_stays_when_the_order_changes(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.list_view.select_contacts([people["grace"], people["alan"]])
    window.list_options.set_order(SortKey.ADDED, True)
    assert sorted(window.selected_ids()) == sorted([people["grace"], people["alan"]])
    assert window.card.record.id in {people["grace"], people["alan"]}


def test_reach_out_keeps_its_own_order(qtbot, book, people, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.list_options.set_order(SortKey.COMPANY, False)
    window.sidebar.choose(View.REACH_OUT)
    options = window.list_options
    assert not options.sort_actions[SortKey.NAME].isEnabled()
    assert window.list_view.horizontalHeader().sortIndicatorSection() == -1
    window.sidebar.choose(View.ALL)
    assert options.sort_actions[SortKey.COMPANY].isEnabled()
    assert options.sort_actions[SortKey.COMPANY].isChecked()


def test_model_with_columns_and_a_snapshot_order_passes_qt_model_tester(qtmodeltester, make_book):
    ensure_translations()
    book = make_book(120)
    model = ContactListModel(
        book,
        block_size=16,
        order=ListOrder(SortKey.LAST_CONTACT, descending=True),
        columns=[ListColumn.TAGS, ListColumn.COMPANY, ListColumn.ADDED],
    )
    qtmodeltester.check(model)
    assert model.columnCount() == 4
    for row in (0, 17, 119):  # across blocks, read from the snapshot of ids
        record = book.get(model.index(row).data(ContactIdRole))
        assert model.index(row, 1).data() == record.organization  # ListColumn order
