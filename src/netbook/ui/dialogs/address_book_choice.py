"""The address books of one account, ticked when they sync into this book (Accounts dialog).

One check box each, not a list of checkable rows: Fusion draws a row's box in the list's own
base colour, which leaves an unticked box all but invisible in the dark palette.

Filled from what the account syncs now, or from discovery (on a worker: after adding the
account, or when Find Address Books is clicked), which lists every address book the server
has for the user with the vCard versions it takes and whether it answers sync-collection.
The choice is saved when Save Choice is clicked; at least one stays ticked.

New Address Book… asks for a name and makes the address book on the server (extended
MKCOL, on a worker); it is synced from then on and listed ticked, with what else the
server has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netbook.services.sync.accounts import AccountSummary, SyncService
from netbook.services.sync.discovery import AddressBookInfo
from netbook.services.sync.errors import SyncError
from netbook.ui.window.workers import IsCancelled, Job, Progress, Task

HREF_PROPERTY = "href"


class AddressBookChoice(QWidget):
    """objectName "addressBookChoice"; `boxes` are the address books, in the server's order."""

    saved = Signal()  # the account syncs other address books now

    def __init__(
        self,
        service: SyncService,
        is_syncing: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookChoice")
        self.service = service
        self._is_syncing = is_syncing
        self.account: str | None = None
        self._found: dict[str, AddressBookInfo] = {}
        self._chosen: list[str] = []  # what the account syncs now, as saved
        self._task: Task | None = None
        self.boxes: list[QCheckBox] = []
        self.caption = QLabel(self)
        self._rows = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._rows)
        inner_layout.addStretch(1)
        self.books = QScrollArea(self)
        self.books.setObjectName("addressBookList")
        self.books.setAccessibleName(self.tr("Address books"))
        self.books.setFrameShape(QFrame.Shape.StyledPanel)
        self.books.setWidgetResizable(True)
        self.books.setWidget(inner)
        hint = QLabel(
            self.tr(
                "Ticked address books sync into this book; new contacts go to the first one. "
                "The contacts of one you untick stay here. New Address Book makes one on "
                "the server."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.find_button = QPushButton(self.tr("&Find Address Books"), self)
        self.find_button.setObjectName("findAddressBooks")
        self.find_button.clicked.connect(self.find_address_books)
        self.new_button = QPushButton(self.tr("&New Address Book…"), self)
        self.new_button.setObjectName("newAddressBook")
        self.new_button.clicked.connect(self.new_address_book)
        self.save_button = QPushButton(self.tr("Sa&ve Choice"), self)
        self.save_button.setObjectName("saveAddressBooks")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("addressBookMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server messages are not markup
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.books)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.show_account(None)

    # -- filling ---------------------------------------------------------------------------
    def show_account(self, account: AccountSummary | None) -> None:
        """What `account` syncs now (discovery not run yet); None: no account chosen."""
        self.account = account.name if account is not None else None
        self.caption.setText(
            self.tr("Address &books of %1:").replace("%1", account.name)
            if account is not None
            else self.tr("Address &books:")
        )
        books = [
            AddressBookInfo(
                str(b["href"]),
                str(b["display_name"]),
                (str(b["vcard_version"]),),
                bool(b["sync_collection"]),
            )
            for b in (account.address_books if account is not None else [])
        ]
        self.message.setText("")
        self._fill(books, [b.href for b in books])

    def show_found(
        self, name: str, found: Sequence[AddressBookInfo], chosen: Sequence[str]
    ) -> None:
        """Every address book discovery found for account `name`, the chosen ones ticked."""
        self.account = name
        self.caption.setText(self.tr("Address &books of %1:").replace("%1", name))
        self._fill(found, chosen)

    def _fill(self, books: Sequence[AddressBookInfo], chosen: Sequence[str]) -> None:
        for box in self.boxes:
            self._rows.removeWidget(box)
            box.hide()  # deleteLater leaves it on screen until the event loop runs
            box.deleteLater()
        self.boxes = []
        self._found = {b.href: b for b in books}
        self._chosen = list(chosen)
        for book in books:
            box = QCheckBox(self._describe(book))
            box.setProperty(HREF_PROPERTY, book.href)
            box.setToolTip(book.href)
            box.setChecked(book.href in chosen)
            box.toggled.connect(lambda _: self._enable())
            self._rows.addWidget(box)
            self.boxes.append(box)
        self.caption.setBuddy(self.boxes[0] if self.boxes else self.books)
        self._enable()

    def _describe(self, book: AddressBookInfo) -> str:
        versions = ", ".join(book.vcard_versions) or "3.0"
        speed = (
            self.tr("changes listed by the server")
            if book.supports_sync
            else self.tr("compared card by card")
        )
        return (
            self.tr("%1 — vCard %2; %3")
            .replace("%1", book.display_name or book.href)
            .replace("%2", versions)
            .replace("%3", speed)
        )

    def ticked(self) -> list[str]:
        return [str(box.property(HREF_PROPERTY)) for box in self.boxes if box.isChecked()]

    def _enable(self) -> None:
        working = self._task is not None
        self.find_button.setEnabled(self.account is not None and not working)
        self.new_button.setEnabled(self.account is not None and not working)
        ticked = self.ticked()
        self.save_button.setEnabled(
            not working and bool(ticked) and ticked != [h for h in self._found if h in self._chosen]
        )

    # -- discovery and saving ----------------------------------------------------------------
    def find_address_books(self) -> None:
        """Ask the server for every address book of the account (on a worker)."""
        name = self.account
        if name is None or self._task is not None:
            return

        def job(
            progress: Progress, is_cancelled: IsCancelled
        ) -> tuple[list[AddressBookInfo], list[str]]:
            return self.service.find_address_books(name)

        self._run(
            job,
            self.tr("Looking for address books on the server…"),
            lambda found: self._found_books(name, found),
            self.tr("Not found: %1"),
        )

    def ask_name(self) -> str | None:
        """The new address book's name, asked; None when cancelled (a seam for tests)."""
        text, ok = QInputDialog.getText(
            self, self.tr("New Address Book"), self.tr("Name of the new address book:")
        )
        return text.strip() if ok and text.strip() else None

    def new_address_book(self) -> None:
        """Make an address book on the server (on a worker), then list it ticked."""
        name = self.account
        if name is None or self._task is not None:
            return
        if self._is_syncing():
            self.message.setText(
                self.tr("A sync is running: make the address book when it is done.")
            )
            return
        shown = self.ask_name()
        if shown is None:
            return

        def job(progress: Progress, is_cancelled: IsCancelled) -> tuple[AddressBookInfo, object]:
            made = self.service.create_address_book(name, shown)
            try:
                return made, self.service.find_address_books(name)
            except SyncError:  # made and chosen all the same: listed with what was shown
                return made, None

        self._run(
            job,
            self.tr("Making the address book on the server…"),
            lambda result: self._created(name, result),
            self.tr("Not made: %1"),
        )

    def _run(
        self, job: Job, doing: str, succeeded: Callable[[Any], None], failed_words: str
    ) -> None:
        """Ask the server on a worker (one at a time), saying what is being done and, when
        it fails, `failed_words` with the reason in place of %1."""
        self.message.setText(doing)
        task = Task(job)
        task.succeeded.connect(succeeded)
        task.failed.connect(
            lambda message: self.message.setText(failed_words.replace("%1", message))
        )
        task.done.connect(self._task_done)
        self._task = task
        self._enable()
        task.start()

    def _created(self, name: str, result: object) -> None:
        assert isinstance(result, tuple)
        made, found = result
        if name != self.account:
            self.saved.emit()  # another account was chosen meanwhile: its row is listed again
            return
        if isinstance(found, tuple):
            books, chosen = found
        else:
            books = [*(b for b in self._found.values() if b.href != made.href), made]
            chosen = [*self._chosen, made.href]
        self.show_found(name, books, chosen)
        self.message.setText(
            self.tr("Made %1 on the server: it syncs from now on.").replace("%1", made.display_name)
        )
        self.saved.emit()

    def _found_books(self, name: str, found: object) -> None:
        assert isinstance(found, tuple)
        books, chosen = found
        if name != self.account:
            return  # another account was chosen meanwhile
        self.message.setText(self.tr("%n address book(s) on the server.", "", len(books)))
        self.show_found(name, books, chosen)

    def _task_done(self) -> None:
        self._task = None
        self._enable()

    def save(self) -> None:
        ticked = self.ticked()
        if self.account is None or not ticked:
            return
        if self._is_syncing():
            self.message.setText(self.tr("A sync is running: save the choice when it is done."))
            return
        self.service.choose_address_books(self.account, [self._found[h] for h in ticked])
        self._chosen = ticked
        self.message.setText(
            self.tr("Saved: the next sync uses %n address book(s).", "", len(ticked))
        )
        self._enable()
        self.saved.emit()
