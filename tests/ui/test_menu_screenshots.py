"""Pictures of the context menus over the window, light and dark (tests/screenshots/*.png).

A menu is a window of its own, so each picture is the main window's grab with the open menus
painted where they are on screen. The assertions check what a picture can show wrongly: a
menu in the other palette, a menu not open, columns that did not come.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMenu

from netbook.services.contact_list import ListColumn, SortKey
from netbook.ui.window.application import apply_color_scheme
from tests.ui.test_screenshots import _fill
from tests.ui.window_support import SCREENSHOTS, open_window


@pytest.fixture(params=["light", "dark"])
def scheme(request):
    app = QApplication.instance()
    if request.param == "dark":
        apply_color_scheme(app, Qt.ColorScheme.Dark)
    yield request.param
    apply_color_scheme(app, Qt.ColorScheme.Light)


def _window(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.resize(1180, 760)
    QApplication.processEvents()
    return window


def _with_menus(window, menus: list[QMenu], name: str) -> QImage:
    """The window with `menus` painted over it where they are open."""
    QApplication.processEvents()
    image = window.grab().toImage()
    painter = QPainter(image)
    for menu in menus:
        assert menu.isVisible(), menu.objectName()
        painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOTS / name))
    return image


def _lightness_at(image: QImage, window, menu: QMenu) -> int:
    inside = window.mapFromGlobal(menu.pos()) + QPoint(menu.width() - 6, menu.height() // 2)
    return QColor(image.pixel(inside)).lightness()


def _check_palette(scheme: str, lightness: int) -> None:
    assert lightness > 180 if scheme == "light" else lightness < 90


def test_screenshot_contact_menu_with_add_tag(qtbot, book, tmp_path, scheme):
    jurgen = _fill(book)
    window = _window(qtbot, book, tmp_path)
    view = window.list_view
    view.select_contact(jurgen)
    row = view.visualRect(view.currentIndex())
    where = row.center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
        ),
    )
    menu = window.contact_menu.menu
    tags = next(a.menu() for a in menu.actions() if a.menu() is not None)
    menu.setActiveAction(tags.menuAction())
    tags.popup(menu.mapToGlobal(menu.actionGeometry(tags.menuAction()).topRight()))
    image = _with_menus(window, [menu, tags], f"contact-menu-{scheme}.png")
    _check_palette(scheme, _lightness_at(image, window, menu))
    checked = [a.text() for a in tags.actions() if a.isChecked()]
    assert checked == ["Data", "Hamburg"]  # Jürgen's tags
    tags.close()
    menu.close()


def test_screenshot_tag_menu_with_merge(qtbot, book, tmp_path, scheme):
    _fill(book)
    window = _window(qtbot, book, tmp_path)
    sidebar = window.sidebar
    tag = window.app.tags.find("Clients")
    item = sidebar.tag_item(tag.id)
    sidebar.setCurrentItem(item)
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Menu)
    menu = window.tag_actions.menu
    merge = next(a.menu() for a in menu.actions() if a.menu() is not None)
    menu.setActiveAction(merge.menuAction())
    merge.popup(menu.mapToGlobal(menu.actionGeometry(merge.menuAction()).topRight()))
    image = _with_menus(window, [menu, merge], f"tag-menu-{scheme}.png")
    _check_palette(scheme, _lightness_at(image, window, menu))
    merge.close()
    menu.close()


def test_screenshot_columns_and_header_menu(qtbot, book, tmp_path, scheme):
    _fill(book)
    window = _window(qtbot, book, tmp_path)
    options = window.list_options
    for column in (ListColumn.COMPANY, ListColumn.EMAIL, ListColumn.TAGS):
        options.column_actions[column].trigger()
    options.set_order(SortKey.COMPANY, False)
    window.inner_splitter.setSizes([700, 300])
    header = window.list_view.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(header.sectionPosition(1) + 20, 8))
    menu = options.header_menu
    image = _with_menus(window, [menu], f"list-columns-{scheme}.png")
    _check_palette(scheme, _lightness_at(image, window, menu))
    assert header.count() == 4
    assert header.sortIndicatorSection() == 1
    menu.close()
