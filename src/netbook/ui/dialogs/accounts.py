"""File > Accounts…: the CardDAV accounts this book syncs with; add (which tests it), choose
their address books (or make a new one on the server), remove.

Adding discovers the server's address books on a worker (a slow or unreachable server never
freezes the window) and shows what went wrong in words. The password goes to the system
keyring; with none, it is kept for this session only and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbook.services.sync.accounts import AccountSummary, AddedAccount, SyncService
from netbook.ui.dialogs.address_book_choice import AddressBookChoice
from netbook.ui.window.workers import IsCancelled, Progress, Task


class AccountsDialog(QDialog):
    """The accounts, one per row, and a form to add one."""

    changed = Signal()  # an account was added or removed, or syncs other address books

    def __init__(
        self,
        service: SyncService,
        parent: QWidget | None = None,
        is_syncing: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.service = service
        self._task: Task | None = None
        self._summaries: dict[str, AccountSummary] = {}
        self.accounts = QListWidget(self)
        self.accounts.setObjectName("accountList")
        self.accounts.setAccessibleName(self.tr("Accounts"))
        # A few rows: most books sync with one account or two.
        self.accounts.setMinimumHeight(self.accounts.fontMetrics().height() * 4)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeAccount")
        self.remove_button.clicked.connect(self._remove)
        self.choice = AddressBookChoice(service, is_syncing, self)
        self.choice.saved.connect(lambda: self.reload(self.choice.account))
        self.choice.saved.connect(self.changed)
        self.accounts.currentItemChanged.connect(lambda *_: self._show_choice())
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Home server"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://dav.example.com, or just the host"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for caption, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("Server &address:"), self.url),
            (self.tr("&User name:"), self.username),
            (self.tr("&Password:"), self.password),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            field.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.add_button = QPushButton(self.tr("&Add and test"), self)
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self._add)
        self.message = QLabel(self)
        self.message.setObjectName("accountMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server messages are not markup
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        adding = QHBoxLayout()
        adding.addStretch(1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Address books this book syncs with:"), self))
        layout.addWidget(self.accounts, 1)
        layout.addLayout(row)
        layout.addWidget(self.choice, 2)
        layout.addWidget(QLabel(self.tr("Add an account:"), self))
        layout.addLayout(form)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, current: str | None = None) -> None:
        """List the accounts again, `current` (else the first) chosen."""
        self.accounts.blockSignals(True)
        self.accounts.clear()
        self._summaries = {a.name: a for a in self.service.accounts()}
        for account in self._summaries.values():
            books = ", ".join(str(b["display_name"]) for b in account.address_books)
            item = QListWidgetItem(
                self.tr("%1 — %2 at %3 (%4)")
                .replace("%1", account.name)
                .replace("%2", account.username)
                .replace("%3", account.url)
                .replace("%4", books)
            )
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.accounts.addItem(item)
        names = list(self._summaries)
        if names:
            self.accounts.setCurrentRow(names.index(current) if current in names else 0)
        self.accounts.blockSignals(False)
        self.remove_button.setEnabled(self.accounts.count() > 0)
        self._show_choice()

    def _show_choice(self) -> None:
        item = self.accounts.currentItem()
        name = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if name is not None and name == self.choice.account:
            return  # keeps what discovery found for it
        self.choice.show_account(self._summaries.get(name) if name is not None else None)

    def _add(self) -> None:
        name, url, user, password = (
            self.name.text().strip(),
            self.url.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not (name and url and user and password):
            self.message.setText(self.tr("Fill in the name, address, user name and password."))
            return

        def job(progress: Progress, is_cancelled: IsCancelled) -> AddedAccount:
            return self.service.add_account(name, url, user, password)

        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Looking for address books on the server…"))
        task = Task(job)
        task.succeeded.connect(self._added)
        task.failed.connect(self._failed)
        task.done.connect(lambda: self.add_button.setEnabled(True))
        self._task = task
        task.start()

    def _added(self, added: object) -> None:
        assert isinstance(added, AddedAccount)
        books = ", ".join(b.display_name for b in added.address_books)
        text = self.tr("Added %1: syncs %2.").replace("%1", added.name).replace("%2", books)
        if not added.password_in_keyring:
            text += " " + self.tr(
                "There is no system keyring: the password is kept until netbook closes."
            )
        self.message.setText(text)
        for field in (self.name, self.url, self.username, self.password):
            field.clear()
        self.reload(added.name)
        # Discovery ran already: every address book found, to tick more than the first.
        self.choice.show_found(added.name, added.available, [b.href for b in added.address_books])
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.message.setText(self.tr("Not added: %1").replace("%1", message))

    def _remove(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr(
                "Stop syncing with %1? Its contacts stay in this book; nothing on the server"
                " changes."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.service.remove_account(name)
        self.message.setText(self.tr("Removed %1.").replace("%1", name))
        self.reload()
        self.changed.emit()
