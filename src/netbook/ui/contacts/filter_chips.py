"""The row of chips above the contact list: every filter in force, each removable.

A filter the list does not show is a trap (a dashboard click left 5 of 51 contacts on show
while the sidebar said "All contacts"), so each part of the filter (the sidebar's list or
tag, the contacts picked on the dashboard, the search) gets a chip with its own close button, and
"Clear all" appears once there are two. The row is hidden while the list shows everyone.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from netbook.ui.flow_layout import FlowLayout
from netbook.ui.window.icons import icon


class FilterPart(enum.Enum):
    """The independent parts of the list's filter, each cleared by its own chip."""

    VIEW = "view"  # a sidebar list other than All contacts
    TAG = "tag"
    PICKED = "picked"  # contacts chosen on the dashboard
    SEARCH = "search"


@dataclass(frozen=True, slots=True)
class Chip:
    part: FilterPart
    text: str


class FilterChips(QWidget):
    """objectName "filterChips"; emits `removed(FilterPart)` and `cleared()`."""

    removed = Signal(object)  # FilterPart
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self.setAccessibleName(self.tr("Filters in force"))
        # As tall as the chips need at the list's width: they wrap rather than widen the pane.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._caption = QLabel(self.tr("Showing:"), self)
        self._layout.addWidget(self._caption)
        self._chips: list[QToolButton] = []
        self._clear_all = QPushButton(self.tr("Clear all"), self)
        self._clear_all.setObjectName("clearFilters")
        self._clear_all.setFlat(True)
        self._clear_all.setToolTip(self.tr("Show every active contact (Esc)"))
        self._clear_all.clicked.connect(self.cleared)
        self._layout.addWidget(self._clear_all)
        self.set_chips([])

    def set_chips(self, chips: Sequence[Chip]) -> None:
        """Show one chip per filter part in force (none: the row hides)."""
        if [chip.part.value for chip in chips] == [b.property("filterPart") for b in self._chips]:
            # The same parts (each keystroke of a search): their chips only change words.
            for button, chip in zip(self._chips, chips, strict=True):
                self._label(button, chip)
        else:
            self._replace_chips(chips)
        self._clear_all.setVisible(len(chips) > 1)
        self.setVisible(bool(chips))
        self.updateGeometry()

    def _replace_chips(self, chips: Sequence[Chip]) -> None:
        for button in self._chips:
            self._layout.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self._layout.removeWidget(self._clear_all)
        self._chips = [self._chip(chip) for chip in chips]
        for button in self._chips:
            self._layout.addWidget(button)
        self._layout.addWidget(self._clear_all)

    def chip_texts(self) -> list[str]:
        """The chips' whole texts, in order."""
        return [str(button.property("fullText")) for button in self._chips]

    def chip_for(self, part: FilterPart) -> QToolButton | None:
        return next((b for b in self._chips if b.property("filterPart") == part.value), None)

    def _chip(self, chip: Chip) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"filterChip_{chip.part.value}")
        button.setProperty("filterPart", chip.part.value)
        button.setIcon(icon("close"))
        button.setIconSize(QSize(12, 12))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the close mark after the words
        self._label(button, chip)
        button.clicked.connect(lambda _checked=False, part=chip.part: self.removed.emit(part))
        return button

    def _label(self, button: QToolButton, chip: Chip) -> None:
        """The chip's words: a long search or tag name is shortened on the chip and given
        whole in its tooltip."""
        shown = QFontMetrics(button.font()).elidedText(chip.text, Qt.TextElideMode.ElideRight, 240)
        button.setText(shown)
        button.setProperty("fullText", chip.text)
        button.setToolTip(self.tr("%1 — click to remove this filter").replace("%1", chip.text))
        button.setAccessibleName(self.tr("Remove filter: %1").replace("%1", chip.text))
