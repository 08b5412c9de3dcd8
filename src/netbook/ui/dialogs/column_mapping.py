"""Map the columns of a CSV file netbook does not recognise onto contact fields.

Shows each header of the file with a choice of field (or "ignore"), pre-filled with a guess
from the header's words, and gives `mapping()` in the form the importer takes:
{CSV header: field name from formats.csv.reading.MAPPABLE_FIELDS}.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netbook.formats.csv.reading import MAPPABLE_FIELDS
from netbook.model.text import fold

# Words in a header that suggest a field, most specific first (checked in order).
_GUESSES: tuple[tuple[str, str], ...] = (
    (r"linkedin", "linkedin_url"),
    (r"e-?mail", "email"),
    (r"phone|mobile|cell|tel\b|telephone|fax", "phone"),
    (r"first|given|vorname|prenom", "given_name"),
    (r"middle", "additional_names"),
    (r"last|family|surname|nachname|nom de famille", "family_name"),
    (r"nick", "nickname"),
    (r"prefix|salutation", "prefix"),
    (r"suffix", "suffix"),
    (r"company|organi[sz]ation|employer|firma|societe", "organization"),
    (r"department", "department"),
    (r"title|position|job|role", "title"),
    (r"city|town|locality|\bort\b|ville", "locality"),
    (r"state|province|region", "region"),
    (r"zip|postal|postcode|\bplz\b", "postal_code"),
    (r"country|\bland\b|pays", "country"),
    (r"street|address", "street"),
    (r"birth", "birthday"),
    (r"anniversary", "anniversary"),
    (r"note|comment|remark", "note"),
    (r"tag|label|group|categor", "tags"),
    (r"introduc|referred", "introduced_by_name"),
    (r"where we met|met at|place", "how_met_place"),
    (r"how we met|met via|source|channel", "how_met_channel"),
    (r"connected on|met on|date met", "how_met_date"),
    (r"web|url|site|homepage|blog", "url"),
    (r"^name$|full ?name|display", "display_name"),
)


def guess_field(header: str) -> str | None:
    """The field a header most likely holds ("E-mail Address" -> "email"), or None."""
    text = fold(header).strip()
    for pattern, target in _GUESSES:
        if re.search(pattern, text):
            return target
    return None


class ColumnMappingDialog(QDialog):
    """One row per CSV header: which contact field it holds, or ignore it."""

    def __init__(
        self,
        headers: Sequence[str],
        file_name: str = "",
        parent: QWidget | None = None,
        initial: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Map CSV columns"))
        self.headers = [h for h in headers if h.strip()]
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            self.tr(
                "netbook does not know the layout of %1. Choose what each column holds; "
                "columns left on “Ignore” are not imported."
            ).replace("%1", file_name or self.tr("this file"))
        )
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.combos: dict[str, QComboBox] = {}
        for header in self.headers:
            combo = QComboBox(form_widget)
            combo.addItem(self.tr("Ignore"), None)
            for name, description in MAPPABLE_FIELDS.items():
                # The descriptions come from the CSV reader in English; translated here.
                combo.addItem(QCoreApplication.translate("MappableFields", description), name)
            chosen = (initial or {}).get(header, guess_field(header))
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.currentIndexChanged.connect(self._update_ok)
            caption = QLabel(header, form_widget)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(combo)
            form.addRow(caption, combo)
            self.combos[header] = combo
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this mapping"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self._update_ok()

    def mapping(self) -> dict[str, str]:
        return {
            header: str(combo.currentData())
            for header, combo in self.combos.items()
            if combo.currentData()
        }

    def set_field(self, header: str, field: str | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.mapping()))
