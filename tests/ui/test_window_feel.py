"""How the window feels: icons in both palettes, keyboard paths, names for screen readers,
translations, where settings go."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QToolButton, QWidgetAction

from netbook.ui.window.application import apply_color_scheme, dark_palette, is_dark
from netbook.ui.window.icons import icon, svg_text
from netbook.ui.window.settings import UiSettings, default_settings_path
from tests.conftest import person
from tests.ui.window_support import ensure_translations, open_window

UI = Path(__file__).resolve().parents[2] / "src" / "netbook" / "ui"


def _darkest_and_lightest(qicon: QIcon, mode=QIcon.Mode.Normal) -> tuple[int, int]:
    image = qicon.pixmap(QSize(24, 24), mode).toImage()
    lightness = [
        QColor.fromRgba(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    assert lightness, "the icon drew nothing"
    return min(lightness), max(lightness)


def test_every_icon_the_code_names_exists():
    names = set()
    for source in UI.rglob("*.py"):
        names.update(re.findall(r'\bicon\(\s*"([\w-]+)"', source.read_text(encoding="utf-8")))
        names.update(re.findall(r'icon_name="([\w-]+)"', source.read_text(encoding="utf-8")))
    assert {
        "add",
        "edit",
        "archive",
        "delete",
        "import",
        "export",
        "search",
        "favourite",
        "dashboard",
        "person",
    } <= names
    for name in names | {"netbook"}:
        assert svg_text(name).lstrip().startswith("<svg"), name


def test_monochrome_icons_follow_the_palette(qapp):
    apply_color_scheme(qapp, Qt.ColorScheme.Light)
    darkest, _ = _darkest_and_lightest(icon("edit"))
    assert darkest < 80  # dark strokes on a light window
    apply_color_scheme(qapp, Qt.ColorScheme.Dark)
    try:
        assert is_dark(qapp.palette())
        _, lightest = _darkest_and_lightest(icon("edit"))
        assert lightest > 180  # light strokes on a dark window
    finally:
        apply_color_scheme(qapp, Qt.ColorScheme.Light)
    assert not is_dark(qapp.palette())


def test_icons_are_sharp_at_high_dpi():
    pixmap = icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0


def test_the_dark_palette_reads_well():
    palette = dark_palette()
    assert is_dark(palette)
    text = palette.color(palette.ColorRole.Text).lightness()
    base = palette.color(palette.ColorRole.Base).lightness()
    assert text - base > 150


def test_tab_walks_search_sidebar_list_card(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.search_field.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is window.sidebar
    assert order[1] is window.list_view
    assert window.card.isAncestorOf(order[2]) or order[2] is window.card


def test_toolbar_buttons_have_names_and_shortcut_hints(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    commands = [
        a
        for a in window.toolbar.actions()
        if not a.isSeparator() and not isinstance(a, QWidgetAction)
    ]
    assert len(commands) >= 7
    buttons = {b.defaultAction(): b for b in window.toolbar.findChildren(QToolButton)}
    for action in commands:
        assert action.text(), "every toolbar button says what it does"
        assert action.toolTip()
        assert action in buttons


def test_english_plural_forms_come_from_the_translation(qtbot, book, tmp_path):
    ensure_translations()
    book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.counts_label.text() == "1 contact"
    book.add(person("Grace", "Hopper"))
    window._on_change([])
    assert window.counts_label.text() == "2 contacts"


def test_settings_live_in_the_user_config_folder(tmp_path):
    path = default_settings_path()
    assert path.name == "netbook.ini"
    assert "netbook" in path.parts
    settings = UiSettings(tmp_path / "ui.ini")
    assert settings.state("window/geometry") is None
    settings.set_text("window/view", "all")
    settings.sync()
    assert UiSettings(tmp_path / "ui.ini").text("window/view") == "all"


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_the_scheme_can_be_forced(monkeypatch, qapp, scheme):
    from netbook.ui.window.application import wanted_color_scheme

    monkeypatch.setenv("NETBOOK_COLOR_SCHEME", scheme)
    expected = Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
    assert wanted_color_scheme(qapp) == expected
