"""The network dashboard on a real book: numbers shown, clicks filter, charts save, palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QAreaSeries, QPieSeries
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QScrollArea

from netbook.services.address_book import ContactFilter, View
from netbook.services.importer import Importer
from netbook.services.network import NetworkService
from netbook.ui.dashboard.view import DashboardWidget
from netbook.ui.window.application import dark_palette
from netbook.ui.window.workers import running_tasks
from tests.services.network_book import TODAY, D, build
from tests.ui.window_support import ensure_translations

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SAMPLE_BOOK = Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf"


@pytest.fixture
def net(book):
    return build(book)


@pytest.fixture
def dashboard(qtbot, net):
    ensure_translations()
    widget = DashboardWidget(net.network)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=10_000)
    yield widget
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


def _picked(qtbot, dashboard, action) -> tuple[ContactFilter, str]:
    """The filter a click asks for, and the words for its chip above the list."""
    with qtbot.waitSignal(dashboard.filter_requested, timeout=3000) as blocker:
        action()
    found, caption = blocker.args
    assert isinstance(found, ContactFilter)
    assert isinstance(caption, str)
    assert caption or found.ids is None  # a pick says what it is
    return found, caption


def _requested(qtbot, dashboard, action):
    return _picked(qtbot, dashboard, action)[0]


def _bar_position(card, category: int, value: float) -> QPoint:
    """Where on the card's viewport the middle of a horizontal bar is."""
    series = card.chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    in_chart = card.chart.mapToPosition(QPointF(value / 2, category), series)
    return card.view.mapFromScene(card.chart.mapToScene(in_chart))


def test_shows_the_numbers(dashboard, net):
    assert dashboard.objectName() == "dashboard"
    assert dashboard.today == TODAY
    assert dashboard.tiles["total"].number.text() == "5"  # active: one of the six is archived
    assert dashboard.tiles["met"].number.text() == "50%"
    assert dashboard.tiles["reachOut"].number.text() == "3"
    assert dashboard.tiles["dormant"].number.text() == "3"
    assert dashboard.tiles["birthdays"].number.text() == "2"
    assert dashboard.tiles["opportunities"].number.text() == "4"
    for card in dashboard.cards:
        # Nobody in this book vouched for you (that takes a LinkedIn archive): an empty state.
        assert card.has_data() is (card is not dashboard.vouchers), card.objectName()
    channels = dashboard.channels.chart.series()[0]
    assert [channels.barSets()[0].at(i) for i in range(channels.barSets()[0].count())] == [
        1,
        1,
        1,
        1,
        2,  # bottom to top: the biggest channel (LinkedIn) is on top
    ]
    rows = [
        dashboard.reach_out_list.item(i).text() for i in range(dashboard.reach_out_list.count())
    ]
    assert rows == [
        "Fay Fox — 352 days overdue",
        "Bob Baker — 276 days overdue",
        "Ann Archer — 15 days overdue",
    ]
    assert dashboard.upcoming_list.count() == 3
    assert "Bob Baker, anniversary" in dashboard.upcoming_list.item(0).text()


def test_clicking_a_bar_filters_the_list(qtbot, dashboard, net):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    card = dashboard.channels
    top = len(dashboard.stats["by_channel"]) - 1  # LinkedIn, 2 contacts, drawn on top
    found, caption = _picked(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(
            card.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_position(card, top, 2)
        ),
    )
    assert found.ids == {net.ann, net.fay}
    assert caption == "Came through LinkedIn"
    assert found.view is View.ALL


def test_clicking_other_charts(qtbot, dashboard, net):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    # introducers: Ann is on top with 2
    card = dashboard.introducers
    found, caption = _picked(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(
            card.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_position(card, 2, 2)
        ),
    )
    assert found.ids == {net.bob, net.eve}
    assert caption.startswith("Introduced by Ann")
    # opportunities: the "open" part of the Twitter/X bar
    stacked = dashboard.opportunities.chart.series()[0]
    outcomes = [bar_set.label() for bar_set in stacked.barSets()]
    channels = list(dashboard.stats["opportunities"]["by_channel_and_outcome"])
    row = len(channels) - 1 - channels.index("twitter")
    found = _requested(
        qtbot, dashboard, lambda: stacked.barSets()[outcomes.index("Open")].clicked.emit(row)
    )
    assert found.ids == {net.bob}
    # the met-in-person donut
    donut = dashboard.met.chart.series()[0]
    assert isinstance(donut, QPieSeries)
    found, caption = _picked(qtbot, dashboard, lambda: donut.clicked.emit(donut.slices()[0]))
    assert found.ids == {net.ann, net.cat, net.dan}
    assert caption == "Met in person"
    # the growth curve: the month nearest the click
    area = dashboard.growth.chart.series()[0]
    assert isinstance(area, QAreaSeries)
    june = QDateTime(QDate(2026, 6, 3), QTime(0, 0)).toMSecsSinceEpoch()
    found, caption = _picked(qtbot, dashboard, lambda: area.clicked.emit(QPointF(june, 5)))
    assert found.ids == {net.fay}
    assert caption == "Joined in June 2026"


def test_tiles_and_lists_filter(qtbot, dashboard, net):
    found = _requested(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(dashboard.tiles["dormant"], Qt.MouseButton.LeftButton),
    )
    assert found.ids == {net.bob, net.eve, net.fay}
    found = _requested(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(dashboard.tiles["reachOut"], Qt.MouseButton.LeftButton),
    )
    assert found == ContactFilter(view=View.REACH_OUT)
    found = _requested(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(dashboard.tiles["birthdays"], Qt.MouseButton.LeftButton),
    )
    assert found.ids == {net.ann, net.fay}
    first = dashboard.reach_out_list.item(0)
    found, caption = _picked(
        qtbot, dashboard, lambda: dashboard.reach_out_list.itemActivated.emit(first)
    )
    assert found.ids == {net.fay}
    assert caption
    assert caption in first.text()  # the person's name


def test_saving_a_chart_as_png(dashboard, tmp_path):
    dashboard.show()
    target = tmp_path / "channels.png"
    assert dashboard.channels.save_png(target)
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() > 100
    assert image.height() > 100
    saved = dashboard.save_charts(tmp_path)
    assert sorted(saved) == sorted(card.objectName() for card in dashboard.cards if card.has_data())
    assert "dashboardVouchers" not in saved  # no data in this book: nothing to save
    assert all((tmp_path / f"{name}.png").stat().st_size > 1000 for name in saved)


def test_an_empty_book_shows_empty_states(qtbot, book):
    widget = DashboardWidget(NetworkService(book.database, today=lambda: TODAY))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=10_000)
    assert widget.tiles["total"].number.text() == "0"
    assert not any(card.has_data() for card in widget.cards)
    assert widget.reach_out_list.item(0).text() == "Nobody is overdue."
    assert not widget.show_reach_out.isEnabled()


def test_refresh_after_a_change(qtbot, dashboard, net):
    net.book.archive([net.fay])
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        dashboard.refresh()
    assert dashboard.tiles["reachOut"].number.text() == "2"
    # The tile counts whom its click lists (the active); the charts keep the archived.
    assert dashboard.tiles["total"].number.text() == "4"
    assert "2 archived" in dashboard.tiles["total"].toolTip()
    assert sum(n for n in dashboard.stats["by_channel"].values()) == 6


def _shoot(widget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    content = widget.findChild(QScrollArea, "dashboardScroll").widget()
    path = SCREENSHOTS / name
    assert content.grab().save(str(path))
    return path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_follow_the_palette_and_screenshot(qtbot, book, scheme):
    """The sample book as of a fixed day, in both palettes (tests/screenshots/dashboard*.png)."""
    Importer(book).run([SAMPLE_BOOK])
    ensure_translations()
    dashboard = DashboardWidget(NetworkService(book.database, today=lambda: TODAY))
    qtbot.addWidget(dashboard)
    if scheme == "dark":
        dashboard.setPalette(dark_palette())
    dashboard.resize(1100, 1500)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=10_000)
    palette = dashboard.palette()
    for card in dashboard.cards:
        assert card.has_data(), card.objectName()
        assert card.chart.backgroundBrush().color() == palette.color(QPalette.ColorRole.Base)
        assert card.chart.titleBrush().color() == palette.color(QPalette.ColorRole.WindowText)
    bars = dashboard.channels.chart.series()[0].barSets()[0]
    assert bars.color() == palette.color(QPalette.ColorRole.Highlight)
    name = "dashboard.png" if scheme == "light" else "dashboard-dark.png"
    assert _shoot(dashboard, name).stat().st_size > 10_000
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


def test_who_vouched_for_you_most(qtbot, book):
    """Recommendations and endorsements of you (a LinkedIn archive's) rank the contacts."""
    net = build(book)
    for contact, day, kind in (
        (net.bob, D(2021, 1, 1), "recommendation"),
        (net.bob, D(2021, 1, 2), "endorsement"),
        (net.ann, D(2021, 1, 3), "endorsement"),
        (net.cat, D(2021, 1, 4), "endorsement_given"),  # given by you: not vouching for you
    ):
        net.network.log_interaction([contact], day, kind, "LinkedIn")
    ensure_translations()
    dashboard = DashboardWidget(net.network)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 1500)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=10_000)
    assert [
        (r["name"], r["vouched"], r["recommendations"]) for r in dashboard.stats["top_vouchers"]
    ] == [
        ("Bob Baker", 2, 1),
        ("Ann Archer", 1, 0),
    ]
    card = dashboard.vouchers
    assert card.has_data()
    # Bars are drawn bottom-up: Bob (first) is on top.
    found = _requested(
        qtbot,
        dashboard,
        lambda: qtbot.mouseClick(
            card.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_position(card, 1, 1)
        ),
    )
    assert found.ids == {net.bob}
    assert card.save_png(SCREENSHOTS / "dashboard-vouchers.png")
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
