"""Share a contact: a QR code a phone camera turns into a contact, and the vCard to copy.

The code is drawn black on white whatever the palette (scanners want dark modules on a light
ground) and holds the slim card of services/sharing.py.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbook.model.values import ContactRecord
from netbook.services.sharing import qr_vcard

# Pixels per QR module and the quiet zone around the code, in modules.
_SCALE = 6
_BORDER = 4


def qr_png(data: bytes) -> bytes:
    """A PNG of the QR code for `data` (error correction M: readable when a little worn)."""
    code = segno.make(data, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=_SCALE, border=_BORDER, dark="#000000", light="#ffffff")
    return out.getvalue()


class ShareContactDialog(QDialog):
    """The QR code of one contact, with Copy vCard and Save image…"""

    def __init__(self, record: ContactRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareContact")
        name = record.best_display_name()
        self.setWindowTitle(self.tr("Share “%1”").replace("%1", name))
        self.vcard = qr_vcard(record)
        self.png = qr_png(self.vcard)
        pixmap = QPixmap()
        pixmap.loadFromData(self.png, "PNG")
        self.code = QLabel(self)
        self.code.setObjectName("qrCode")
        self.code.setPixmap(pixmap)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code of %1's contact card").replace("%1", name))
        hint = QLabel(
            self.tr("Point a phone's camera at the code to add %1 to its contacts.").replace(
                "%1", name
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)  # the name is contact data
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("&Copy vCard"), self)
        copy.setObjectName("copyVcard")
        copy.clicked.connect(self.copy_vcard)
        save = QPushButton(self.tr("&Save image…"), self)
        save.setObjectName("saveQrImage")
        save.clicked.connect(self._save_image)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def copy_vcard(self) -> None:
        """The card on the clipboard as text, for a mail, a chat or a contacts app.

        WORKAROUND: a QMimeData handed to the clipboard (to offer text/vcard as well) crashes
        PySide6 6.11 when the application quits on the offscreen platform (segfault in
        QGuiApplication's destructor), so only the text is offered.
        """
        QGuiApplication.clipboard().setText(self.vcard.decode("utf-8"))

    def _save_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save QR code"), "contact-qr.png", self.tr("PNG images (*.png)")
        )
        if path:
            with open(path, "wb") as out:
                out.write(self.png)
