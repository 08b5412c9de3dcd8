"""A new address book made on the server (RFC 5689 extended MKCOL), against a real Radicale:
by the service, by `netbook account create-book`, by the Accounts dialog; and refused."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from netbook.services.sync.discovery import discover
from netbook.services.sync.errors import ServerError
from netbook.services.sync.transport import HttpClient
from tests.sync.servers import DavServer, start_radicale
from tests.sync.support import Phone, card, synced_book
from tests.sync.test_cli_sync import netbook

# alice may read everything of hers but write only the address book "contacts".
READ_ONLY_RIGHTS = """
[root]
user: .+
collection:
permissions: R

[principal]
user: .+
collection: {user}
permissions: RW

[contacts]
user: .+
collection: {user}/contacts(/.*)?
permissions: rw

[others]
user: .+
collection: {user}/.+
permissions: r
"""


def _listed(server: DavServer) -> dict[str, str]:
    client = HttpClient(server.url, server.user, server.password)
    try:
        return {b.href: b.display_name for b in discover(client, server.url).address_books}
    finally:
        client.close()


def test_the_service_makes_an_address_book_that_discovery_lists_and_the_account_syncs(
    tmp_path: Path, own_radicale: DavServer
) -> None:
    synced = synced_book(tmp_path / "book.sqlite3", own_radicale)
    try:
        made = synced.service.create_address_book("test", "  Work  Friends ")
        assert made.href == f"/{own_radicale.user}/work-friends/"
        assert made.display_name == "Work Friends"
        assert made.supports_sync
        again = synced.service.create_address_book("test", "Work Friends")  # the path is taken
        assert again.href == f"/{own_radicale.user}/work-friends-2/"
        unicode = synced.service.create_address_book("test", "Друзья")  # no ASCII: a UUID
        assert len(unicode.href.strip("/").rsplit("/", 1)[-1]) == 36
        assert _listed(own_radicale) == {
            own_radicale.book_path: "Contacts",
            made.href: "Work Friends",
            again.href: "Work Friends",
            unicode.href: "Друзья",
        }
        [account] = synced.service.accounts()
        # The one synced already stays first (new contacts go there); the new ones after.
        assert [b["href"] for b in account.address_books] == [
            own_radicale.book_path,
            made.href,
            again.href,
            unicode.href,
        ]
        synced.sync()
        with pytest.raises(Exception, match="needs a name"):
            synced.service.create_address_book("test", "   ")
    finally:
        synced.book.database.close()


def test_cli_create_book_then_sync_puts_cards_in_it(
    tmp_path: Path, own_radicale: DavServer, test_keyring: Path
) -> None:
    db = tmp_path / "book.sqlite3"
    added = netbook(
        db,
        "account",
        "add",
        "home",
        own_radicale.url,
        "--username",
        own_radicale.user,
        "--password-stdin",
        stdin=own_radicale.password + "\n",
    )
    assert added.returncode == 0, added.stderr
    from netbook.store.lock import BookLock

    window = BookLock(db, "window")  # a writer: it waits for no window
    window.acquire()
    try:
        busy = netbook(db, "account", "create-book", "home", "Family")
        assert busy.returncode == 3, busy.stderr
    finally:
        window.release()
    assert "family" not in str(_listed(own_radicale))
    made = netbook(db, "account", "create-book", "home", "Family")
    assert made.returncode == 0, made.stderr
    path = f"/{own_radicale.user}/family/"
    assert made.stdout == (
        f"address book Family ({path}) created on the server; account home syncs it from now on\n"
    )
    assert _listed(own_radicale)[path] == "Family"
    chosen = netbook(db, "account", "list")
    assert f"  Contacts ({own_radicale.book_path}), synced never" in chosen.stdout
    assert f"  Family ({path}), synced never" in chosen.stdout
    # Another client files a card in the new address book; the sync brings it here.
    family = Phone(dataclasses.replace(own_radicale, book="family"))
    family.put("ann.vcf", card("Ann", "Lee"))
    synced = netbook(db, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["pulled"] == 1
    assert [c["display_name"] for c in json.loads(netbook(db, "list", "--json").stdout)] == [
        "Ann Lee"
    ]
    assert f"Family ({path}), synced 20" in netbook(db, "account", "list").stdout


def test_a_refused_mkcol_is_told_and_changes_nothing(tmp_path: Path) -> None:
    server = start_radicale(tmp_path / "radicale", rights=READ_ONLY_RIGHTS)
    try:
        server.make_book()
        synced = synced_book(tmp_path / "book.sqlite3", server)
        try:
            before = synced.service.accounts()
            with pytest.raises(ServerError) as refused:
                synced.service.create_address_book("test", "Work")
            message = str(refused.value)
            assert message.startswith(f"http://127.0.0.1:{server.port}: the server does not let")
            assert f"/{server.user}/work/ (403 Forbidden)" in message
            assert message.endswith("make one with its web page")
            assert refused.value.status == 403
            assert synced.service.accounts() == before
            assert _listed(server) == {server.book_path: "Contacts"}
        finally:
            synced.book.database.close()
    finally:
        server.stop()


def test_the_accounts_dialog_makes_one_and_lists_it_ticked(
    qtbot, tmp_path: Path, own_radicale: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netbook.ui.dialogs.accounts import AccountsDialog
    from netbook.ui.window.workers import running_tasks

    synced = synced_book(tmp_path / "book.sqlite3", own_radicale)
    try:
        dialog = AccountsDialog(synced.service)
        qtbot.addWidget(dialog)
        dialog.show()
        choice = dialog.choice
        assert choice.new_button.isEnabled()
        assert choice.new_button.text() == "&New Address Book…"
        monkeypatch.setattr(choice, "ask_name", lambda: None)  # cancelled: nothing happens
        choice.new_button.click()
        assert running_tasks() == 0
        monkeypatch.undo()

        def answer() -> None:  # the real question, answered as a user would
            from PySide6.QtWidgets import QApplication, QInputDialog

            [asking] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]
            asking.setTextValue(" Clients ")
            asking.accept()

        QTimer.singleShot(0, answer)
        with qtbot.waitSignal(dialog.changed, timeout=30_000):
            choice.new_button.click()
            assert not choice.new_button.isEnabled()  # one request at a time
        qtbot.waitUntil(lambda: choice.new_button.isEnabled(), timeout=30_000)
        states = [(b.text().split(" — ")[0], b.isChecked()) for b in choice.boxes]
        assert states == [("Contacts", True), ("Clients", True)]
        assert choice.message.text() == "Made Clients on the server: it syncs from now on."
        assert not choice.save_button.isEnabled()  # saved already
        [account] = synced.service.accounts()
        assert [b["display_name"] for b in account.address_books] == ["Contacts", "Clients"]
        assert "Contacts, Clients" in dialog.accounts.item(0).text()
        assert _listed(own_radicale)[f"/{own_radicale.user}/clients/"] == "Clients"
        dialog.close()
        qtbot.waitUntil(lambda: running_tasks() == 0)
    finally:
        synced.book.database.close()


def test_the_dialog_tells_a_refusal(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from netbook.ui.dialogs.accounts import AccountsDialog
    from netbook.ui.window.workers import running_tasks

    server = start_radicale(tmp_path / "radicale", rights=READ_ONLY_RIGHTS)
    try:
        server.make_book()
        synced = synced_book(tmp_path / "book.sqlite3", server)
        try:
            dialog = AccountsDialog(synced.service)
            qtbot.addWidget(dialog)
            monkeypatch.setattr(dialog.choice, "ask_name", lambda: "Work")
            dialog.choice.new_button.click()
            qtbot.waitUntil(lambda: running_tasks() == 0, timeout=30_000)
            text = dialog.choice.message.text()
            assert text.startswith("Not made: http://127.0.0.1:")
            assert "does not let netbook create an address book" in text
            assert [b.text().split(" — ")[0] for b in dialog.choice.boxes] == ["Contacts"]
            dialog.close()
        finally:
            synced.book.database.close()
    finally:
        server.stop()
