"""The window's sync choices against a real Radicale and a real book: which address books
an account syncs (after adding it, and later), the syncs Settings asks for (on start, every
N minutes), the question about contacts deleted here, and the card's "Syncs with" line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox

from netbook.services.address_book import AddressBook
from netbook.services.sync import state
from netbook.services.sync.accounts import SyncService
from netbook.services.sync.discovery import AddressBookInfo
from netbook.ui.dialogs.accounts import AccountsDialog
from netbook.ui.dialogs.settings import SettingsDialog
from netbook.ui.window import sync_schedule
from netbook.ui.window.application import apply_color_scheme
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.preferences import Preferences
from netbook.ui.window.settings import UiSettings
from netbook.ui.window.sync_deletes import named
from netbook.ui.window.workers import running_tasks
from tests.conftest import person
from tests.sync.servers import DavServer, start_radicale
from tests.sync.support import Phone, Synced, card, synced_book
from tests.ui.window_support import SCREENSHOTS, open_window

SYNC_TIMEOUT = 60_000


def _accounts_dialog() -> AccountsDialog:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog) and w.isVisible()
    ]
    assert len(found) == 1
    return found[0]


def _second_book(server: DavServer, name: str, shown: str) -> DavServer:
    other = dataclasses.replace(server, book=name)
    body = (
        '<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
        "<set><prop><resourcetype><collection/><C:addressbook/></resourcetype>"
        f"<displayname>{shown}</displayname></prop></set></mkcol>"
    ).encode()
    status, _, answer = other.request(
        "MKCOL", other.book_path, body, {"Content-Type": "application/xml"}
    )
    assert status == 201, (status, answer)
    return other


def _synced_once(qtbot, window: MainWindow) -> None:
    window.sync.sync_now()
    assert window.sync.is_syncing()
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=SYNC_TIMEOUT)


def _item_states(dialog: AccountsDialog) -> list[tuple[str, bool]]:
    # The boxes of an earlier filling are hidden at once (a new one is shown by a queued
    # event, so isVisible and isHidden say nothing about it yet).
    left_over = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    shown = [
        b
        for b in dialog.choice.findChildren(QCheckBox)
        if not (b.testAttribute(left_over) and b.isHidden())
    ]
    assert shown == dialog.choice.boxes
    return [(box.text().split(" — ")[0], box.isChecked()) for box in shown]


def test_choose_the_address_books_when_adding_and_later(
    qtbot, book: AddressBook, tmp_path: Path, own_radicale: DavServer
) -> None:
    work = _second_book(own_radicale, "work", "Work")
    Phone(work).put("bob.vcf", card("Bob", "Day"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.sync.accounts_action.trigger()
    dialog = _accounts_dialog()
    assert not dialog.choice.boxes
    assert not dialog.choice.find_button.isEnabled()
    dialog.name.setText("home")
    dialog.url.setText(own_radicale.url)  # the host: discovery lists every address book
    dialog.username.setText(own_radicale.user)
    dialog.password.setText(own_radicale.password)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=30_000)

    # Every address book found, with its vCard versions and sync support; the first ticked.
    assert _item_states(dialog) == [("Contacts", True), ("Work", False)]
    assert "vCard 3.0" in dialog.choice.boxes[1].text()
    assert "changes listed by the server" in dialog.choice.boxes[1].text()
    assert not dialog.choice.save_button.isEnabled()
    dialog.choice.boxes[1].setChecked(True)
    dialog.choice.save_button.click()
    [account] = window.sync.service.accounts()
    assert [b["display_name"] for b in account.address_books] == ["Contacts", "Work"]
    assert "Contacts, Work" in dialog.accounts.item(0).text()
    dialog.close()

    _synced_once(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    line = window.card.findChild(object, "cardSyncPlace")
    assert line is not None
    assert line.text() == "Syncs with home · Work"

    # Later: the stored choice, then discovery again, and one address book left out.
    window.sync.accounts_action.trigger()
    dialog = _accounts_dialog()
    assert _item_states(dialog) == [("Contacts", True), ("Work", True)]
    dialog.choice.find_address_books()
    qtbot.waitUntil(lambda: dialog.choice.find_button.isEnabled(), timeout=30_000)
    assert dialog.choice.message.text() == "2 address books on the server."
    assert _item_states(dialog) == [("Contacts", True), ("Work", True)]
    dialog.choice.boxes[1].setChecked(False)
    dialog.choice.save_button.click()
    [account] = window.sync.service.accounts()
    assert [b["display_name"] for b in account.address_books] == ["Contacts"]
    dialog.choice.boxes[0].setChecked(False)
    assert not dialog.choice.save_button.isEnabled()  # one stays ticked
    dialog.close()
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_the_card_says_nothing_for_a_contact_that_does_not_sync(
    qtbot, book: AddressBook, tmp_path: Path
) -> None:
    book.add(person("Ann", "Lee"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    assert window.card.record is not None
    assert window.card.findChild(object, "cardSyncPlace") is None


def test_a_contact_sent_by_a_sync_gets_the_line_on_its_card(
    qtbot, synced: Synced, tmp_path: Path, radicale: DavServer
) -> None:
    synced.book.add(person("Ann", "Lee"))
    window = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    assert window.card.findChild(object, "cardSyncPlace") is None
    _synced_once(qtbot, window)
    assert Phone(radicale).names()  # sent
    qtbot.waitUntil(lambda: window.card.findChild(object, "cardSyncPlace") is not None)
    assert window.card.findChild(object, "cardSyncPlace").text() == "Syncs with test · Contacts"
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_settings_set_a_timed_sync_and_a_sync_on_start(
    qtbot, synced: Synced, tmp_path: Path, radicale: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    phone = Phone(radicale)
    phone.put("ann.vcf", card("Ann", "Lee"))
    window = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    assert not window.sync.schedule.timer.isActive()  # off by default: offline
    qtbot.wait(50)
    assert not window.sync.is_syncing()
    assert window.model.rowCount() == 0

    # A "minute" of a few hundred milliseconds, so that the real timer fires in the test.
    monkeypatch.setattr(sync_schedule, "MINUTE_MS", 300)
    window.commands.settings.trigger()
    dialog = next(d for d in window._dialogs if isinstance(d, SettingsDialog))
    assert not dialog.sync_minutes.isEnabled()
    dialog.sync_every.setChecked(True)
    dialog.sync_minutes.setValue(1)
    dialog.sync_on_start.setChecked(True)
    dialog.accept()
    assert window.sync.schedule.timer.isActive()
    assert window.sync.schedule.timer.interval() == 300
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=SYNC_TIMEOUT)
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=SYNC_TIMEOUT)
    assert window.sync.label.text() == "Synced just now"
    phone.put("bob.vcf", card("Bob", "Day"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=SYNC_TIMEOUT)

    # Never two at once: a tick while a sync runs is skipped.
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=SYNC_TIMEOUT)
    window.sync.schedule.timer.stop()
    window.sync.sync_now()
    window.sync.sync_by_itself()
    assert running_tasks() == 1
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=SYNC_TIMEOUT)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    saved = Preferences.load(UiSettings(tmp_path / "ui.ini"))
    assert (saved.sync_on_start, saved.sync_every_minutes) == (True, 1)
    window.close()

    # The next window syncs as it opens.
    phone.put("cy.vcf", card("Cy", "Ode"))
    again = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    again.sync.schedule.timer.stop()
    qtbot.waitUntil(lambda: again.model.rowCount() == 3, timeout=SYNC_TIMEOUT)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=SYNC_TIMEOUT)


def test_timed_syncs_keep_the_status_line_right(
    qtbot, tmp_path: Path, own_radicale: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = synced_book(tmp_path / "a" / "book.sqlite3", own_radicale)
    Preferences(sync_every_minutes=1).save(UiSettings(tmp_path / "ui.ini"))
    monkeypatch.setattr(sync_schedule, "MINUTE_MS", 200)
    window = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    qtbot.waitUntil(lambda: window.sync.label.text() == "Synced just now", timeout=SYNC_TIMEOUT)
    own_radicale.stop()
    qtbot.waitUntil(
        lambda: window.sync.label.text().startswith("Sync failed"), timeout=SYNC_TIMEOUT
    )
    assert window.sync.label.toolTip()  # the whole message
    again = start_radicale(own_radicale.root, own_radicale.port)
    try:
        qtbot.waitUntil(lambda: window.sync.label.text() == "Synced just now", timeout=SYNC_TIMEOUT)
    finally:
        window.sync.schedule.timer.stop()
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=SYNC_TIMEOUT)
        again.stop()
        synced.book.database.close()


def test_a_timed_sync_never_asks_for_a_password(
    qtbot, no_keyring: None, tmp_path: Path, radicale: DavServer
) -> None:
    from netbook.services.sync import credentials

    synced = synced_book(tmp_path / "a" / "book.sqlite3", radicale)
    credentials.clear_session()  # a new session: no keyring, no password given yet
    window = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    window.sync.sync_by_itself()
    assert not window.sync.is_syncing()
    assert QApplication.activeModalWidget() is None
    assert window.sync.label.text() == (
        "Sync failed: no password for test (File > Sync Now asks for it)"
    )
    synced.book.database.close()


def test_a_sync_by_itself_without_accounts_does_nothing(
    qtbot, book: AddressBook, tmp_path: Path
) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    Preferences(sync_on_start=True, sync_every_minutes=5).save(settings)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.sync.schedule.timer.isActive()
    qtbot.wait(50)  # the sync on start has had its turn
    window.sync.sync_by_itself()
    assert not window.sync.is_syncing()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog)]
    assert not window.sync.label.isVisible()


def _click_when_asked(button_text: str, seen: list[str]) -> None:
    """Click the button of the question about deletes once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_contacts_deleted_here_are_deleted_there_only_when_confirmed(
    qtbot, synced: Synced, tmp_path: Path, radicale: DavServer
) -> None:
    phone = Phone(radicale)
    for given, family in (("Ann", "Lee"), ("Bob", "Day"), ("Cy", "Ode")):
        phone.put(f"{given.lower()}.vcf", card(given, family))
    synced.sync()
    synced.book.delete([synced.contact("Ann Lee")])
    window = open_window(qtbot, synced.book, tmp_path / "ui.ini")
    asked: list[list[str]] = []

    def keep(names: list[str]) -> bool:
        asked.append(list(names))
        return False

    window.sync.deletes.confirm = keep
    _synced_once(qtbot, window)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [["Ann Lee"]]
    assert "ann.vcf" in phone.names()

    # Kept: the next syncs do not ask again for the same contact.
    _synced_once(qtbot, window)
    qtbot.wait(50)
    assert len(asked) == 1

    # Something changed (another delete): asked again, naming both, in the real box.
    synced.book.delete([synced.contact("Bob Day")])
    window.sync.deletes.confirm = lambda names: _real_question(window, names)
    seen: list[str] = []
    _click_when_asked("Delete on Server", seen)
    _synced_once(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["You deleted 2 contacts that are also on the server: Ann Lee, Bob Day."]
    # The click starts the sync of the deletes once the box has closed.
    qtbot.waitUntil(lambda: phone.names() == ["cy.vcf"], timeout=SYNC_TIMEOUT)
    qtbot.waitUntil(lambda: not window.sync.is_syncing(), timeout=SYNC_TIMEOUT)
    assert window.sync.service.pending_deletes("test") == []
    qtbot.waitUntil(lambda: running_tasks() == 0)


def _real_question(window: MainWindow, names: list[str]) -> bool:
    from netbook.ui.window.sync_deletes import ask_delete_on_server

    return ask_delete_on_server(window, names)


def test_the_question_names_the_first_few_and_how_many_more() -> None:
    names = ["Ann", "Bob", "Cy", "Di", "Ed", "Flo", "Gus"]
    assert named(names[:2]) == "Ann, Bob"
    assert named(names) == "Ann, Bob, Cy, Di, Ed and 2 more"


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_screenshots_of_accounts_and_settings(
    qtbot, book: AddressBook, tmp_path: Path, scheme: Qt.ColorScheme
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_color_scheme(app, scheme)
    dark = scheme == Qt.ColorScheme.Dark
    try:
        found = [
            AddressBookInfo("/ann/contacts/", "Contacts", ("3.0", "4.0"), True),
            AddressBookInfo("/ann/work/", "Work", ("3.0",), False),
        ]
        with book.database.transaction() as conn:  # an account as adding one would keep it
            state.add_account(conn, "home", "https://dav.example.com/", "ann", found[:1])
        accounts = AccountsDialog(SyncService(book.database))
        qtbot.addWidget(accounts)
        accounts.choice.show_found("home", found, ["/ann/contacts/"])
        settings = SettingsDialog(Preferences(sync_every_minutes=30), tmp_path / "book.sqlite3")
        qtbot.addWidget(settings, before_close_func=lambda w: QDialog.done(w, 0))
        SCREENSHOTS.mkdir(exist_ok=True)
        for dialog, name in ((accounts, "accounts-books"), (settings, "settings-sync")):
            dialog.resize(600, max(560, dialog.sizeHint().height()))
            dialog.show()
            qtbot.waitExposed(dialog)
            image = dialog.grab().toImage()
            assert image.save(str(SCREENSHOTS / f"{name}{'-dark' if dark else ''}.png"))
            lightness = QColor(image.pixel(image.width() // 2, image.height() - 8)).lightness()
            assert lightness < 80 if dark else lightness > 180
    finally:
        apply_color_scheme(app, Qt.ColorScheme.Light)
