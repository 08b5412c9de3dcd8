"""Contacts on paper or in a PDF: a card, or a list of them, one after the other.

The document is built with QTextCursor.insertText, never from HTML, so nothing a contact holds
is read as markup. Printing goes through the system's print dialog; "Save as PDF" through
QPrinter's PDF output (the same layout, to a file).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from netbook.model.values import ContactRecord
from netbook.services.address_layout import address_lines
from netbook.ui.dates import partial_date
from netbook.ui.labels import channel_label, value_label

# Called by this name so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _lines(record: ContactRecord) -> list[tuple[str, str]]:
    """(label, value) lines of one contact, in the card's order."""
    out: list[tuple[str, str]] = []
    job = ", ".join(p for p in (record.title, record.department, record.organization) if p)
    if job:
        out.append(("", job))
    for email in record.emails:
        out.append((value_label(email.label or "") or translate("Print", "Email"), email.value))
    for phone in record.phones:
        out.append((value_label(phone.label or "") or translate("Print", "Phone"), phone.value))
    for address in record.addresses:
        label = value_label(address.label or "") or translate("Print", "Address")
        out.append((label, "\n".join(address_lines(address))))
    for url in record.urls:
        out.append((translate("Print", "Web"), url.value))
    for profile in record.social_profiles:
        out.append((profile.service.capitalize(), profile.value))
    if record.birthday:
        out.append((translate("Print", "Birthday"), partial_date(record.birthday)))
    if record.how_met.channel:
        out.append((translate("Print", "How we met"), channel_label(record.how_met.channel)))
    if record.introduced_by_name:
        out.append((translate("Print", "Introduced by"), record.introduced_by_name))
    if record.note:
        out.append((translate("Print", "Note"), record.note))
    return out


def contacts_document(records: Sequence[ContactRecord]) -> QTextDocument:
    """One heading and its lines per contact."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(14)
    key = QTextCharFormat()
    key.setFontWeight(QFont.Weight.DemiBold)
    plain = QTextCharFormat()
    for n, record in enumerate(records):
        if n:
            cursor.insertBlock()
            cursor.insertBlock()
        cursor.insertText(record.best_display_name(), heading)
        for label, value in _lines(record):
            cursor.insertBlock()
            if label:
                cursor.insertText(label + ": ", key)
            cursor.insertText(value.replace("\n", "\u2028"), plain)  # a line break in one block
    return document


def write_pdf(records: Sequence[ContactRecord], path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(records[0].best_display_name() if len(records) == 1 else "netbook")
    contacts_document(records).print_(printer)


def print_contacts(records: Sequence[ContactRecord], parent: QWidget | None = None) -> bool:
    """Ask for a printer (or a PDF file) and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Print", "Print contacts"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    contacts_document(records).print_(printer)
    return True
