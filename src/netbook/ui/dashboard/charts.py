"""One dashboard chart: a QtCharts view in a card that follows the palette and saves as PNG.

A card shows bars, stacked bars, a donut or the growth curve. Clicking a bar, a slice or a
point of the curve emits `activated` with the key the dashboard gave that item; the dashboard
turns keys into contact filters. Colours come from the widget's palette (QChart's light or
dark theme by the window colour's lightness, then text, grid and background from the palette
itself), and are applied again when the palette changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QPoint,
    QPointF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.ui.dashboard.calendar_ticks import calendar_ticks

MIN_CHART_HEIGHT = 240
ROW_HEIGHT = 24  # per bar of a horizontal bar chart
# Distinct hues that read on light and dark backgrounds; the palette's accent goes first.
_HUES = ("#e8893c", "#3aa676", "#c8507a", "#8a6fd1", "#c9a227", "#3b9fc4", "#7f8c8d")


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its value and the key the dashboard gets back on a click."""

    label: str
    value: int
    key: object


@dataclass(frozen=True, slots=True)
class Stack:
    """One coloured part of every stacked bar (an outcome across the sources)."""

    label: str
    values: Sequence[int]  # one per category
    keys: Sequence[object]  # one per category
    colour: str | None = None


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def series_colours(palette: QPalette) -> list[QColor]:
    return [accent(palette), *(QColor(h) for h in _HUES)]


class ChartCard(QFrame):
    """A titled chart with an empty state, a "Save as PNG…" context menu and click keys."""

    activated = Signal(object)  # the key of the bar, slice or month clicked

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setVisible(False)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName(f"{object_name}View")
        self.view.setAccessibleName(title)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_CHART_HEIGHT)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("%1: nothing to show yet").replace("%1", title), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        # Python references to what the chart owns, so signal connections stay alive.
        self._keep: list[object] = []
        self._stacks: list[Stack] = []
        self._bars: list[Bar] = []
        self._months: list[tuple[int, object]] = []
        self.apply_palette()

    # -- content -------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.legend().setVisible(False)
        self._keep.clear()
        self._stacks = []
        self._bars = []
        self._months = []

    def _show(self, has_data: bool) -> None:
        self._stack.setCurrentWidget(self.view if has_data else self.empty)
        self.apply_palette()

    def has_data(self) -> bool:
        return self._stack.currentWidget() is self.view

    def set_bars(self, bars: Sequence[Bar]) -> None:
        """Horizontal bars, first at the top."""
        self._reset()
        self._bars = list(bars)
        if not bars:
            self._show(False)
            return
        bar_set = QBarSet(self.title)
        for bar in reversed(bars):
            bar_set.append(bar.value)
        bar_set.clicked.connect(self._bar_clicked)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        self._axes(series, [b.label for b in reversed(bars)], max(b.value for b in bars))
        self._keep.extend([series, bar_set])
        self._show(True)

    def _bar_clicked(self, index: int) -> None:
        # The set holds the bars bottom to top.
        self.activated.emit(self._bars[len(self._bars) - 1 - index].key)

    def set_stacked(self, categories: Sequence[str], stacks: Sequence[Stack]) -> None:
        """Stacked horizontal bars: one per category (first at the top), a colour per stack."""
        self._reset()
        self._stacks = list(stacks)
        if not categories or not stacks:
            self._show(False)
            return
        series = QHorizontalStackedBarSeries()
        for number, stack in enumerate(stacks):
            bar_set = QBarSet(stack.label)
            for value in reversed(stack.values):
                bar_set.append(value)
            bar_set.clicked.connect(lambda index, n=number: self._stack_clicked(n, index))
            series.append(bar_set)
            self._keep.append(bar_set)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        totals = [sum(s.values[i] for s in stacks) for i in range(len(categories))]
        self._axes(series, list(reversed(categories)), max(totals))
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._keep.append(series)
        self._show(True)

    def _stack_clicked(self, stack: int, index: int) -> None:
        keys = self._stacks[stack].keys
        self.activated.emit(keys[len(keys) - 1 - index])

    def _axes(
        self,
        series: QHorizontalBarSeries | QHorizontalStackedBarSeries,
        labels: list[str],
        top: int,
    ) -> None:
        categories = QBarCategoryAxis()
        categories.append(labels)
        # Elided labels ("…") say nothing; the card grows with its bars instead.
        categories.setTruncateLabels(False)
        self.view.setMinimumHeight(max(MIN_CHART_HEIGHT, 90 + ROW_HEIGHT * len(labels)))
        values = count_axis(top, headroom=True)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def set_donut(self, bars: Sequence[Bar]) -> None:
        """A donut, one slice per bar; the first slice in the accent colour."""
        self._reset()
        self._bars = [b for b in bars if b.value > 0]
        if not self._bars:
            self._show(False)
            return
        series = QPieSeries()
        series.setHoleSize(0.45)
        total = sum(b.value for b in self._bars)
        for bar in self._bars:
            share = round(100 * bar.value / total)
            pie_slice = series.append(f"{bar.label}: {bar.value} ({share}%)", bar.value)
            pie_slice.setLabelVisible(True)
            self._keep.append(pie_slice)
        series.clicked.connect(self._slice_clicked)
        self.chart.addSeries(series)
        self.chart.legend().setVisible(False)
        self._keep.append(series)
        self._show(True)

    def _slice_clicked(self, pie_slice: QPieSlice) -> None:
        series = pie_slice.series()
        index = series.slices().index(pie_slice) if series is not None else -1
        if 0 <= index < len(self._bars):
            self.activated.emit(self._bars[index].key)

    def set_growth(self, months: Sequence[tuple[str, int, object]]) -> None:
        """The network's size: (month "YYYY-MM", running total, key) as a filled curve."""
        self._reset()
        if not months:
            self._show(False)
            return
        upper = QLineSeries()
        for month, total, key in months:
            stamp = _month_stamp(month)
            upper.append(float(stamp), float(total))
            self._months.append((stamp, key))
        area = QAreaSeries(upper)
        area.setName(self.title)
        area.clicked.connect(self._growth_clicked)
        self.chart.addSeries(area)
        axis_x = self._calendar_axis(months[0][0], months[-1][0])
        axis_y = count_axis(max(total for _, total, _ in months), headroom=False)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        area.attachAxis(axis_x)
        area.attachAxis(axis_y)
        self._keep.extend([upper, area])
        self._show(True)

    @staticmethod
    def _calendar_axis(first: str, last: str) -> QCategoryAxis:
        """A time axis with its ticks on calendar boundaries (see calendar_ticks)."""
        ticks, yearly = calendar_ticks(first, last)
        locale = QLocale()
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(float(_month_stamp(ticks[0])))
        for month in ticks:
            day = QDate(int(month[:4]), int(month[5:7]), 1)
            label = month[:4] if yearly else locale.toString(day, "MMM yyyy")
            axis.append(label, float(_month_stamp(month)))
        axis.setRange(float(_month_stamp(ticks[0])), float(_month_stamp(ticks[-1])))
        return axis

    def _growth_clicked(self, point: QPointF) -> None:
        if self._months:
            nearest = min(self._months, key=lambda month: abs(month[0] - point.x()))
            self.activated.emit(nearest[1])

    # -- looks ---------------------------------------------------------------------------------
    def apply_palette(self) -> None:
        """Theme the chart from this widget's palette (light or dark)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        background = palette.color(QPalette.ColorRole.Base)
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if is_dark(palette)
            else QChart.ChartTheme.ChartThemeLight
        )
        self.chart.setBackgroundBrush(QBrush(background))
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        self.chart.setPlotAreaBackgroundVisible(False)
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.setTitleBrush(QBrush(text))
        self.chart.legend().setLabelColor(text)
        for axis in self.chart.axes():
            self._style_axis(axis, text, grid)
        colours = series_colours(palette)
        for series in self.chart.series():
            if isinstance(series, (QHorizontalBarSeries, QHorizontalStackedBarSeries)):
                for number, bar_set in enumerate(series.barSets()):
                    own = self._stacks[number].colour if number < len(self._stacks) else None
                    colour = QColor(own) if own else colours[number % len(colours)]
                    bar_set.setColor(colour)
                    bar_set.setBorderColor(colour)
                    bar_set.setLabelColor(text)
            elif isinstance(series, QPieSeries):
                # The first slice is the point (met in person); the second the rest, in a
                # neutral that shows on light and dark backgrounds alike.
                neutral = palette.color(QPalette.ColorRole.PlaceholderText)
                for number, pie_slice in enumerate(series.slices()):
                    if number == 0:
                        colour = colours[0]
                    elif number == 1:
                        colour = neutral
                    else:
                        colour = colours[number % len(colours)]
                    pie_slice.setColor(colour)
                    pie_slice.setBorderColor(background)
                    pie_slice.setLabelColor(text)
            elif isinstance(series, QAreaSeries):
                fill = QColor(colours[0])
                fill.setAlpha(90)
                series.setColor(fill)
                series.setBorderColor(colours[0])
                pen = QPen(colours[0])
                pen.setWidthF(2.0)
                series.setPen(pen)
        self.empty.setPalette(palette)

    @staticmethod
    def _style_axis(axis: QAbstractAxis, text: QColor, grid: QColor) -> None:
        axis.setLabelsColor(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
        if isinstance(axis, QBarCategoryAxis):
            axis.setGridLineVisible(False)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()

    # -- saving --------------------------------------------------------------------------------
    def save_png(self, path: Path) -> bool:
        """Write the chart as it looks now to a PNG file; False when it could not be written."""
        return self.view.grab().save(str(path), "PNG")

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Save Chart as PNG…"))
        action.setEnabled(self.has_data())
        action.triggered.connect(self.ask_and_save)
        menu.exec(self.view.mapToGlobal(position))

    def ask_and_save(self) -> None:
        name = "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Chart"), f"{name}.png", self.tr("PNG images (*.png)")
        )
        if path:
            target = Path(path if path.lower().endswith(".png") else f"{path}.png")
            if not self.save_png(target):
                QMessageBox.warning(
                    self,
                    self.tr("Save Chart"),
                    self.tr("Could not write %1.").replace("%1", str(target)),
                )


def count_axis(top: int, *, headroom: bool) -> QValueAxis:
    """A value axis for counts: whole numbers only, with room for bar labels when asked."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(top, 1)
    if top <= 8:
        # One tick per whole number; applyNiceNumbers would pick halves, printed as "0 0 1".
        end = top + 1 if headroom else top
        axis.setRange(0, end)
        axis.setTickCount(end + 1)
    else:
        axis.setRange(0, top * 1.12 if headroom else top)
        axis.applyNiceNumbers()
    return axis


def _month_stamp(month: str) -> int:
    """Milliseconds since the epoch at the start of "YYYY-MM" (the growth chart's x values)."""
    day = dt.date(int(month[:4]), int(month[5:7]), 1)
    return QDateTime(QDate(day.year, day.month, 1), QTime(0, 0)).toMSecsSinceEpoch()
