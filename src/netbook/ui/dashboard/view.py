"""The network dashboard: the numbers that make the network an asset, over time.

Tiles for the headline counts, charts for growth, channels, countries, meeting in person, top
introducers, opportunities and who vouched for you most (LinkedIn recommendations and
endorsements), and the two lists that ask for action (Reach out, Coming up).
Clicking a tile, a bar, a slice, a month or a list row emits `filter_requested` with the
ContactFilter that shows those contacts and words for what was picked ("Introduced by Maya
Patel"); the main window applies it to the contact list and shows the words as a chip.
Every number comes from NetworkService.stats (docs/network.md defines them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netbook.services.address_book import ContactFilter, View
from netbook.services.network import Facet, NetworkService, ReachOutEntry, UpcomingDate
from netbook.ui.dashboard.charts import Bar, ChartCard, Stack
from netbook.ui.labels import channel_label, opportunity_label, outcome_label
from netbook.ui.window.workers import Task

TOP_COUNTRIES = 10
LIST_ROWS = 8
# Outcomes in the order a stacked bar shows them, with colours that mean something.
OUTCOME_COLOURS = {
    "open": "#3b9fc4",
    "accepted": "#3aa676",
    "won": "#c9a227",
    "declined": "#e8893c",
    "lost": "#c8507a",
}
IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2

# What a click asks for: a ready filter, or (facet, key, outcome) to look up.
Key = ContactFilter | tuple[Facet, str, str | None]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the dashboard shows, read in one go on a worker thread."""

    today: dt.date
    stats: dict[str, Any]
    overdue: list[ReachOutEntry]  # the first LIST_ROWS, most overdue first
    upcoming: list[UpcomingDate]


def read_snapshot(network: NetworkService, today: dt.date) -> Snapshot:
    """The dashboard's data (~1 s at 100,000 contacts, so never on the GUI thread)."""
    return Snapshot(
        today=today,
        stats=network.stats(today),
        overdue=network.reach_out(today, limit=LIST_ROWS),
        upcoming=network.upcoming(today),
    )


class _Tile(QPushButton):
    """A big number with a caption; clicking it shows the contacts it counts."""

    def __init__(self, object_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFlat(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = caption
        self.number = QLabel("-", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.detail = QLabel(caption, self)
        for label in (self.number, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        self.setMinimumHeight(
            self.number.sizeHint().height() + self.detail.sizeHint().height() + 16
        )
        self.key: Key | None = None

    def set_value(self, number: str, detail: str, key: Key | None) -> None:
        """Show `number` over the caption; `detail` says more in the tooltip."""
        self.number.setText(number)
        self.key = key
        self.setEnabled(key is not None)
        self.setAccessibleName(f"{self.caption}: {number}")
        self.setAccessibleDescription(detail)
        self.setToolTip(detail)


class DashboardWidget(QWidget):
    """The network's numbers (objectName "dashboard"); call refresh() after the book changes."""

    filter_requested = Signal(object, str)  # ContactFilter, what it picks in words
    refreshed = Signal()  # new numbers are on show

    def __init__(self, network: NetworkService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.setAccessibleName(self.tr("Network dashboard"))
        self.network = network
        self.stats: dict[str, Any] = {}
        self.today: dt.date | None = None
        self._generation = 0

        self.heading = QLabel(self.tr("Your network"), self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.as_of = QLabel(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(lambda: self.refresh())
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.as_of, 1)
        header.addWidget(self.refresh_button)

        self.tiles = {
            name: _Tile(f"tile{name[0].upper()}{name[1:]}", caption, self)
            for name, caption in (
                ("total", self.tr("Connections")),
                ("met", self.tr("Met in person")),
                ("introduced", self.tr("Introduced")),
                ("opportunities", self.tr("Opportunities")),
                ("reachOut", self.tr("Reach out")),
                ("dormant", self.tr("Dormant")),
                ("birthdays", self.tr("Birthdays soon")),
            )
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tile.clicked.connect(
                lambda _checked=False, t=tile: self._activate(t.key, t.toolTip() or t.caption)
            )
            tiles.addWidget(tile)

        self.growth = ChartCard("dashboardGrowth", self.tr("Network size over time"), self)
        self.channels = ChartCard("dashboardChannels", self.tr("Where connections came from"), self)
        self.countries = ChartCard("dashboardCountries", self.tr("Countries"), self)
        self.met = ChartCard("dashboardMetInPerson", self.tr("Met in person"), self)
        self.introducers = ChartCard("dashboardIntroducers", self.tr("Top introducers"), self)
        self.opportunities = ChartCard(
            "dashboardOpportunities", self.tr("Opportunities by source and outcome"), self
        )
        # Recommendations and endorsements of you (from a LinkedIn archive), per contact.
        self.vouchers = ChartCard("dashboardVouchers", self.tr("Vouched for you most"), self)
        self.cards = [
            self.growth,
            self.channels,
            self.countries,
            self.met,
            self.introducers,
            self.opportunities,
            self.vouchers,
        ]
        for card in self.cards:
            card.activated.connect(self._activate)

        self.reach_out_list = self._list("dashboardReachOut", self.tr("Reach out"))
        self.upcoming_list = self._list("dashboardUpcoming", self.tr("Coming up (30 days)"))
        self.show_reach_out = QPushButton(self.tr("Show All Overdue"), self)
        self.show_reach_out.setObjectName("dashboardShowReachOut")
        self.show_reach_out.clicked.connect(
            lambda: self._activate(ContactFilter(view=View.REACH_OUT))
        )

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.growth, 0, 0, 1, 2)
        grid.addWidget(self.channels, 1, 0)
        grid.addWidget(self.countries, 1, 1)
        grid.addWidget(self.met, 2, 0)
        grid.addWidget(self.introducers, 2, 1)
        grid.addWidget(self.opportunities, 3, 0, 1, 2)
        grid.addWidget(self.vouchers, 4, 0, 1, 2)
        grid.addWidget(
            self._list_panel(self.reach_out_list, self.tr("Reach out"), self.show_reach_out), 5, 0
        )
        grid.addWidget(self._list_panel(self.upcoming_list, self.tr("Coming up (30 days)")), 5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(header)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # -- building blocks -----------------------------------------------------------------------
    def _list(self, object_name: str, title: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(object_name)
        widget.setAccessibleName(title)
        widget.setMinimumHeight(160)
        widget.itemActivated.connect(self._row_activated)
        return widget

    def _list_panel(
        self, widget: QListWidget, title: str, button: QPushButton | None = None
    ) -> QFrame:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(title, panel)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        if button is not None:
            row.addWidget(button)
        layout = QVBoxLayout(panel)
        layout.addLayout(row)
        layout.addWidget(widget)
        return panel

    def _row_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(IdRole)
        if isinstance(contact_id, int):
            self._activate(ContactFilter(ids=frozenset({contact_id})), str(item.data(NameRole)))

    # -- data ----------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the numbers again (after an import, an edit, or the next day), on a worker
        thread; `refreshed` is emitted once they are shown."""
        day = today if today is not None else self.network.today()
        self._generation += 1
        generation = self._generation
        network = self.network
        task = Task(lambda _progress, _cancelled: read_snapshot(network, day))
        task.succeeded.connect(lambda snapshot: self._loaded(generation, snapshot))
        task.failed.connect(lambda message: self._failed(generation, message))
        self.as_of.setText(self.tr("Reading the numbers…"))
        self.refresh_button.setEnabled(False)
        task.start()

    def refresh_now(self, today: dt.date | None = None) -> None:
        """Read and show the numbers on this thread (small books, tests)."""
        self._generation += 1
        self.show_snapshot(read_snapshot(self.network, today or self.network.today()))

    def is_loading(self) -> bool:
        return not self.refresh_button.isEnabled()

    def _loaded(self, generation: int, snapshot: object) -> None:
        if generation == self._generation and isinstance(snapshot, Snapshot):
            self.show_snapshot(snapshot)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.refresh_button.setEnabled(True)
            self.as_of.setText(self.tr("The numbers could not be read: %1").replace("%1", message))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.today = snapshot.today
        self.stats = snapshot.stats
        locale = QLocale()
        self.as_of.setText(
            self.tr("as of %1").replace(
                "%1", locale.toString(_qdate(self.today), QLocale.FormatType.LongFormat)
            )
        )
        self._fill_tiles(locale, snapshot)
        self._fill_charts()
        self._fill_lists(locale, snapshot)
        self.refresh_button.setEnabled(True)
        self.refreshed.emit()

    def _fill_tiles(self, locale: QLocale, snapshot: Snapshot) -> None:
        s = self.stats
        total, active = int(s["total"]), int(s["active"])
        share = round(100 * s["met_in_person_share"])
        opp = s["opportunities"]
        won = sum(n for outcome, n in opp["by_outcome"].items() if outcome in ("won", "accepted"))
        birthdays = frozenset(e.contact_id for e in snapshot.upcoming if e.kind == "birthday")
        # The tile counts whom the list shows (and its click lists): the active contacts.
        # The charts are history and count the archived too (docs/network.md).
        archived = total - active
        self.tiles["total"].set_value(
            locale.toString(active),
            self.tr("%1 archived contacts are not counted here; the charts count them").replace(
                "%1", locale.toString(archived)
            )
            if archived
            else self.tr("Every contact in the book"),
            ContactFilter(),
        )
        self.tiles["met"].set_value(
            f"{share}%",
            self.tr("%1 met in person").replace("%1", locale.toString(s["met_in_person"])),
            (Facet.MET_IN_PERSON, "yes", None),
        )
        self.tiles["introduced"].set_value(
            locale.toString(s["introduced"]),
            self.tr("Came to you through an introduction"),
            (Facet.INTRODUCED, "yes", None),
        )
        self.tiles["opportunities"].set_value(
            locale.toString(opp["total"]),
            self.tr("%1 accepted or won").replace("%1", locale.toString(won)),
            (Facet.HAS_OPPORTUNITY, "yes", None),
        )
        self.tiles["reachOut"].set_value(
            locale.toString(s["reach_out_due"]),
            self.tr("Keep-in-touch cadence run out"),
            ContactFilter(view=View.REACH_OUT),
        )
        self.tiles["dormant"].set_value(
            locale.toString(s["dormant"]),
            self.tr("Active contacts with no contact in a year"),
            (Facet.DORMANT, "", None),
        )
        self.tiles["birthdays"].set_value(
            locale.toString(s["birthdays_next_30_days"]),
            self.tr("Birthdays in the next 30 days"),
            ContactFilter(ids=birthdays),
        )

    def _fill_charts(self) -> None:
        s = self.stats
        self.growth.set_growth(
            [
                (row["month"], int(row["total"]), (Facet.MONTH, row["month"], None))
                for row in s["growth"]
            ]
        )
        self.channels.set_bars(
            [
                Bar(channel_label(name), n, (Facet.CHANNEL, name, None))
                for name, n in s["by_channel"].items()
            ]
        )
        countries = len(s["by_country"])
        self.countries.chart.setTitle(
            self.tr("Countries (top %1 of %2)")
            .replace("%1", str(TOP_COUNTRIES))
            .replace("%2", str(countries))
            if countries > TOP_COUNTRIES
            else self.tr("Countries")
        )
        self.countries.set_bars(
            [
                Bar(
                    self.tr("Unknown") if name == "unknown" else name,
                    n,
                    (Facet.COUNTRY, name, None),
                )
                for name, n in list(s["by_country"].items())[:TOP_COUNTRIES]
            ]
        )
        met = int(s["met_in_person"])
        self.met.set_donut(
            [
                Bar(self.tr("Met"), met, (Facet.MET_IN_PERSON, "yes", None)),
                Bar(self.tr("Not yet"), int(s["total"]) - met, (Facet.MET_IN_PERSON, "no", None)),
            ]
        )
        self.introducers.set_bars(
            [
                Bar(row["name"], int(row["introduced"]), (Facet.INTRODUCER, str(row["id"]), None))
                for row in s["top_introducers"]
            ]
        )
        self.vouchers.set_bars(
            [
                Bar(row["name"], int(row["vouched"]), (Facet.VOUCHER, str(row["id"]), None))
                for row in s["top_vouchers"]
            ]
        )
        self._fill_opportunities(s["opportunities"])

    def _fill_opportunities(self, opp: dict[str, Any]) -> None:
        by_channel: dict[str, dict[str, int]] = opp["by_channel_and_outcome"]
        channels = list(by_channel)
        outcomes = [o for o in OUTCOME_COLOURS if o in opp["by_outcome"]]
        outcomes += [o for o in opp["by_outcome"] if o not in OUTCOME_COLOURS]
        self.opportunities.set_stacked(
            [channel_label(c) for c in channels],
            [
                Stack(
                    outcome_label(outcome),
                    [by_channel[c].get(outcome, 0) for c in channels],
                    [(Facet.OPPORTUNITY_CHANNEL, c, outcome) for c in channels],
                    OUTCOME_COLOURS.get(outcome),
                )
                for outcome in outcomes
            ],
        )
        kinds = ", ".join(f"{opportunity_label(k)} {n}" for k, n in opp["by_kind"].items())
        self.opportunities.view.setToolTip(kinds)

    def _fill_lists(self, locale: QLocale, snapshot: Snapshot) -> None:
        self.reach_out_list.clear()
        overdue = snapshot.overdue
        due = int(snapshot.stats["reach_out_due"])
        for entry in overdue[:LIST_ROWS]:
            late = (
                self.tr("due today")
                if entry.days_overdue == 0
                else self.tr("%n day(s) overdue", "", entry.days_overdue)
            )
            self._add_row(self.reach_out_list, f"{entry.name} — {late}", entry.id, entry.name)
        if due > len(overdue):
            more = QListWidgetItem(self.tr("… and %n more", "", due - len(overdue)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.reach_out_list.addItem(more)
        self.show_reach_out.setEnabled(bool(overdue))
        if not overdue:
            self._placeholder(self.reach_out_list, self.tr("Nobody is overdue."))
        self.upcoming_list.clear()
        events = snapshot.upcoming
        for event in events[: LIST_ROWS * 2]:
            when = locale.toString(_qdate(event.on), "ddd d MMM")
            if event.kind == "birthday":
                what = (
                    self.tr("birthday (%1)").replace("%1", str(event.years))
                    if event.years is not None
                    else self.tr("birthday")
                )
            else:
                what = (
                    self.tr("anniversary (%1)").replace("%1", str(event.years))
                    if event.years is not None
                    else self.tr("anniversary")
                )
            self._add_row(
                self.upcoming_list, f"{when} · {event.name}, {what}", event.contact_id, event.name
            )
        if not events:
            self._placeholder(self.upcoming_list, self.tr("No birthdays or anniversaries soon."))

    @staticmethod
    def _add_row(widget: QListWidget, text: str, contact_id: int, name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(IdRole, contact_id)
        item.setData(NameRole, name)
        widget.addItem(item)

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)

    # -- clicks --------------------------------------------------------------------------------
    def _activate(self, key: object, caption: str = "") -> None:
        """Turn a clicked key into the filter that lists its contacts, and ask for it."""
        if isinstance(key, ContactFilter):
            self.filter_requested.emit(key, caption if key.ids is not None else "")
        elif isinstance(key, tuple) and len(key) == 3 and isinstance(key[0], Facet):
            facet, value, outcome = key
            # A few hundred milliseconds at 100,000 contacts: say so with the cursor.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                ids = self.network.contact_ids(facet, value, self.today, outcome)
            finally:
                QApplication.restoreOverrideCursor()
            self.filter_requested.emit(
                ContactFilter(ids=ids), self._describe(facet, value, outcome)
            )

    def _describe(self, facet: Facet, value: str, outcome: str | None) -> str:
        """What a bar, slice or month stands for, in words for the list's filter chip."""
        if facet is Facet.CHANNEL:
            return self.tr("Came through %1").replace("%1", channel_label(value))
        if facet is Facet.COUNTRY:
            return (
                self.tr("Country unknown")
                if value == "unknown"
                else self.tr("In %1").replace("%1", value)
            )
        if facet is Facet.MONTH:
            year, month = (int(part) for part in value.split("-"))
            when = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
            return self.tr("Joined in %1").replace("%1", when)
        if facet is Facet.MET_IN_PERSON:
            return self.tr("Met in person") if value == "yes" else self.tr("Not yet met in person")
        if facet is Facet.INTRODUCER:
            names = {str(row["id"]): row["name"] for row in self.stats.get("top_introducers", [])}
            return self.tr("Introduced by %1").replace("%1", names.get(value, "?"))
        if facet is Facet.OPPORTUNITY_CHANNEL:
            words = self.tr("Opportunities through %1").replace("%1", channel_label(value))
            return f"{words}: {outcome_label(outcome)}" if outcome else words
        if facet is Facet.OPPORTUNITY_KIND:
            return self.tr("Opportunities: %1").replace("%1", opportunity_label(value))
        if facet is Facet.OPPORTUNITY_OUTCOME:
            return self.tr("Opportunities: %1").replace("%1", outcome_label(value))
        texts = {
            Facet.INTRODUCED: self.tr("Came through an introduction"),
            Facet.HAS_OPPORTUNITY: self.tr("An opportunity came from them"),
            Facet.DORMANT: self.tr("Dormant: no contact in a year"),
            Facet.REACH_OUT: self.tr("Keep-in-touch cadence run out"),
        }
        return texts.get(facet, self.tr("Picked on the dashboard"))

    def save_charts(self, folder: Path) -> list[str]:
        """Save every chart that has data as `<objectName>.png` in `folder`; returns the names."""
        saved = []
        for card in self.cards:
            if card.has_data() and card.save_png(Path(folder) / f"{card.objectName()}.png"):
                saved.append(card.objectName())
        return saved


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
