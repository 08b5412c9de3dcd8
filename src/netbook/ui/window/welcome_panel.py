"""What an empty book shows: the three ways to fill it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from netbook.ui.window.icons import app_icon, icon


class WelcomePanel(QWidget):
    """First run: Import vCard…, Import LinkedIn data…, Load sample book."""

    import_vcard_requested = Signal()
    import_linkedin_requested = Signal()
    load_sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(2)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(88, 88)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setAccessibleName(self.tr("netbook"))
        layout.addWidget(logo)

        title = QLabel(self.tr("Your network, in one place"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)

        text = QLabel(
            self.tr(
                "Bring in the contacts from your phone, mail or LinkedIn. They stay on this "
                "computer, in one file. You can also drop .vcf and .csv files on this window."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A wrapped label centred by a layout is given its one-line height unless told.
        text.setFixedWidth(460)
        text.setMinimumHeight(text.heightForWidth(460))
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)

        self.import_vcard_button = self._button(
            self.tr("Import vCard…"), "import", self.import_vcard_requested, layout
        )
        self.import_linkedin_button = self._button(
            self.tr("Import LinkedIn data…"), "people", self.import_linkedin_requested, layout
        )
        self.load_sample_button = self._button(
            self.tr("Load sample book"), "add", self.load_sample_requested, layout
        )
        self.import_vcard_button.setDefault(True)
        layout.addStretch(3)

    def _button(
        self, text: str, icon_name: str, signal: SignalInstance, layout: QVBoxLayout
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setMinimumWidth(260)
        button.setIconSize(QSize(18, 18))
        button.clicked.connect(signal.emit)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button
