"""The main window on real books: parts, menus, search, selection, commands with undo, files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QTableView

from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.ui.contacts.list_model import ContactIdRole
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.workers import running_tasks
from tests.conftest import DATA, person
from tests.ui.window_support import open_window, storied_person

THREE = DATA / "import" / "three.vcf"


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r).data() for r in range(model.rowCount())]


def _select(window: MainWindow, contact_id: int) -> None:
    assert window.list_view.select_contact(contact_id)


def _dialog(window: MainWindow, name: str):
    found = [d for d in window._dialogs if d.objectName() == name]
    assert found, f"no {name} open"
    return found[-1]


def test_main_parts_have_stable_names_and_accessible_names(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.objectName() == "mainWindow"
    for name in ("searchField", "contactList", "contactCard", "sidebar"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.findChild(QTableView, "contactList") is window.list_view


def test_menus_hold_every_command_with_standard_shortcuts(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    menus = {
        menu.title().replace("&", ""): [
            a.text().replace("&", "") for a in menu.actions() if a.text()
        ]
        for menu in (a.menu() for a in window.menuBar().actions())
    }
    assert menus["File"] == ["Import…", "Export…", "Accounts…", "Sync Now", "Quit"]
    for command in ("New contact…", "Edit contact…", "Archive", "Delete…", "Find"):
        assert command in menus["Edit"]
    assert any(t.startswith("Undo") for t in menus["Edit"])
    assert any(t.startswith("Redo") for t in menus["Edit"])
    assert "Dashboard" in menus["View"]
    assert "About netbook" in menus["Help"]
    a = window.commands
    assert a.new_contact.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert a.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert a.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert a.delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)


def test_search_filters_as_you_type_and_escape_clears(qtbot, make_book, tmp_path):
    book = make_book(60)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.model.rowCount() == 60
    assert window.list_view.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "person0005")
    qtbot.waitUntil(lambda: window.model.rowCount() == 10)  # Person00050 ... Person00059
    assert all(name.startswith("Person0005") for name in _names(window))
    assert "10 shown" in window.counts_label.text()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 60)


def test_a_burst_of_keys_in_a_large_book_is_one_query(qtbot, make_book, tmp_path):
    book = make_book(30)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.search_field.set_delay(80)  # what a book gets while its searches are slow
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(window.model.rowCount()))
    qtbot.keyClicks(window.search_field, "person0002")
    assert resets == []  # still typing
    qtbot.waitUntil(lambda: resets == [10], timeout=1000)


def test_down_from_the_search_field_moves_into_the_results(qtbot, make_book, tmp_path):
    window = open_window(qtbot, make_book(5), tmp_path / "ui.ini")
    window.focus_search()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.list_view.hasFocus()
    assert window.list_view.current_id() == window.model.index(0).data(ContactIdRole)
    assert window.card.record is not None


def test_selection_survives_a_refresh(qtbot, make_book, tmp_path):
    book = make_book(400)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    chosen = window.model.index(300).data(ContactIdRole)
    other = window.model.index(2).data(ContactIdRole)
    _select(window, chosen)
    assert window.card.record.id == chosen
    window.app.book.archive([other])  # then a reset of the list, as after any change
    window._on_change([other])
    assert window.model.rowCount() == 399
    assert window.list_view.selected_ids() == [chosen]
    assert window.list_view.current_id() == chosen
    assert window.card.record.id == chosen


def test_typing_a_search_keeps_the_contact_being_looked_at(qtbot, make_book, tmp_path):
    book = make_book(400)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    chosen = window.model.index(350).data(ContactIdRole)
    _select(window, chosen)
    qtbot.keyClicks(window.search_field, "org")  # every contact still matches, far down
    qtbot.waitUntil(lambda: window.model.contact_filter.query == "org")
    assert window.list_view.current_id() == chosen
    assert window.card.record.id == chosen
    qtbot.keyClicks(window.search_field, "zzz")  # now nobody does
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.list_view.current_id() is None


def test_sidebar_lists_views_and_tags_with_counts(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace", tags=["Pioneers"], favourite=True))
    book.add(person("Grace", "Hopper", tags=["Pioneers", "Navy"]))
    gone = book.add(person("Old", "Friend"))
    book.archive([gone])
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    sidebar = window.sidebar
    texts = [sidebar.topLevelItem(i).text(0) for i in range(sidebar.topLevelItemCount())]
    assert texts[0] == "All contacts"
    for text in ("Favourites", "Recently added", "Tags", "Archived"):
        assert text in texts
    tags = sidebar.topLevelItem(texts.index("Tags"))
    assert [tags.child(i).text(0) for i in range(tags.childCount())] == [
        "Navy  (1)",
        "Pioneers  (2)",
    ]
    sidebar.setCurrentItem(tags.child(0))
    assert _names(window) == ["Grace Hopper"]
    sidebar.choose(View.FAVOURITES)
    assert _names(window) == ["Ada Lovelace"]
    sidebar.choose(View.ARCHIVED)
    assert _names(window) == ["Old Friend"]
    assert window.commands.archive.text().replace("&", "") == "Unarchive"
    assert "2 contacts" in window.counts_label.text()


def test_edit_then_undo_and_redo(qtbot, book, tmp_path):
    from netbook.ui.editor.editor import ContactEditorDialog

    contact_id = book.add(person("Ada", "Lovelace", title="Analyst"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, contact_id)
    window.commands.edit.trigger()
    dialog = _dialog(window, "contactEditor")
    assert isinstance(dialog, ContactEditorDialog)
    dialog.fields["title"].setText("Chief Analyst")
    dialog.accept()
    assert book.get(contact_id).title == "Chief Analyst"
    assert "Chief Analyst" in [label.text() for label in window.card.findChildren(QLabel)]
    assert window.list_view.current_id() == contact_id
    window.commands.undo.trigger()
    assert book.get(contact_id).title == "Analyst"
    assert window.card.record.title == "Analyst"
    assert window.list_view.current_id() == contact_id
    window.commands.redo.trigger()
    assert window.card.record.title == "Chief Analyst"


def test_new_contact_is_saved_and_selected(qtbot, make_book, tmp_path):
    book = make_book(300)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.search_field.set_search("person00001")
    window.commands.new_contact.trigger()
    dialog = _dialog(window, "contactEditor")
    dialog.fields["given_name"].setText("Zora")
    dialog.fields["family_name"].setText("Neale")
    dialog.accept()
    assert book.count() == 301
    assert window.card.record.display_name == "Zora Neale"
    assert window.list_view.current_id() == window.card.record.id
    window.commands.undo.trigger()
    assert book.count() == 300


def test_archive_favourite_and_delete_with_undo(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    grace = book.add(person("Grace", "Hopper"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")

    _select(window, ada)
    window.commands.favourite.trigger()
    assert book.get(ada).favourite
    assert window.commands.favourite.isChecked()
    window.commands.favourite.trigger()
    assert not book.get(ada).favourite

    window.commands.archive.trigger()
    assert _names(window) == ["Grace Hopper"]
    assert book.get(ada).archived
    window.commands.undo.trigger()
    assert _names(window) == ["Grace Hopper", "Ada Lovelace"]  # by family name
    assert window.list_view.current_id() == ada

    _select(window, grace)
    QTimer.singleShot(
        0,
        lambda: (
            window.findChild(QMessageBox, "deleteConfirmation")
            .button(QMessageBox.StandardButton.Yes)
            .click()
        ),
    )
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert book.get(grace) is None
    assert _names(window) == ["Ada Lovelace"]
    window.commands.undo.trigger()
    assert sorted(_names(window)) == ["Ada Lovelace", "Grace Hopper"]


def test_cancelled_delete_changes_nothing(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, ada)
    QTimer.singleShot(0, lambda: window.findChild(QMessageBox, "deleteConfirmation").reject())
    window.commands.delete.trigger()
    assert book.get(ada) is not None
    assert window.app.journal.next_undo().label == "Add “Ada Lovelace”"  # nothing newer


def test_introducer_on_the_card_selects_that_contact(qtbot, make_book, tmp_path):
    book = make_book(50)
    book.add(person("Anke", "Meier", uid="urn:uuid:anke"))
    bo = book.add(person("Bo", "Berg", introduced_by_uid="urn:uuid:anke"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.search_field.set_search("berg")
    assert window.model.rowCount() == 1
    _select(window, bo)
    window.card.contact_requested.emit("urn:uuid:anke")
    assert window.card.record.display_name == "Anke Meier"
    assert window.search_field.text() == ""  # the search hid her: the list was widened


def _drop_event(paths: list[Path], kind=QDropEvent):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(50, 50) if kind is QDropEvent else QPoint(50, 50)
    return kind(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    ), mime


def _import_through_dialog(qtbot, window: MainWindow) -> None:
    from netbook.ui.dialogs.import_preview import ImportDialog, Step

    qtbot.waitUntil(lambda: any(isinstance(d, ImportDialog) for d in window._dialogs))
    dialog = _dialog(window, "importDialog")
    qtbot.waitUntil(lambda: dialog.step is Step.PREVIEWED, timeout=20_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.step is Step.IMPORTED, timeout=20_000)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    dialog.close_button.click()


def test_dropping_a_vcard_file_imports_it_with_undo(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    enter, _mime = _drop_event([THREE], QDragEnterEvent)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    text_only = QMimeData()
    text_only.setText("hello")
    plain = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(plain)
    assert not plain.isAccepted()

    drop, _mime = _drop_event([THREE, tmp_path / "notes.txt"])
    window.dropEvent(drop)
    _import_through_dialog(qtbot, window)
    assert sorted(_names(window)) == ["Ada Lovelace", "Grace Hopper", "Katherine Johnson"]
    assert window.content.currentWidget() is window.inner_splitter
    window.commands.undo.trigger()
    assert book.count() == 0
    assert window.model.rowCount() == 0


def test_a_file_given_on_the_command_line_opens_the_import_preview(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini", files_to_import=[THREE])
    _import_through_dialog(qtbot, window)
    assert book.count() == 3
    assert window.app.journal.next_undo().label == "Import three.vcf"


def test_export_offers_the_selection_the_filter_and_everyone(qtbot, book, tmp_path):
    from netbook.ui.dialogs.export import ExportDialog

    ada = book.add(person("Ada", "Lovelace", tags=["Pioneers"]))
    grace = book.add(person("Grace", "Hopper", tags=["Pioneers"]))
    book.add(person("Alan", "Turing"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    tags = window.sidebar._tags
    window.sidebar.setCurrentItem(tags.child(0))
    window.list_view.selectAll()
    scopes = window.export_scopes()
    labels = [label for label, _ids in scopes]
    assert labels == ["Selection (2)", "Tag “Pioneers” (2)", "All contacts (3)"]
    assert sorted(scopes[0][1]) == sorted([ada, grace])
    assert len(scopes[2][1]) == 3
    window.commands.export.trigger()
    assert any(isinstance(d, ExportDialog) for d in window._dialogs)


def test_an_empty_book_offers_import_and_the_sample(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.content.currentWidget() is window.welcome
    buttons = [
        window.welcome.import_vcard_button,
        window.welcome.import_linkedin_button,
        window.welcome.load_sample_button,
    ]
    assert [b.text() for b in buttons] == [
        "Import vCard…",
        "Import LinkedIn data…",
        "Load sample book",
    ]
    assert all(b.isVisible() for b in buttons)
    book.add(person("Ada", "Lovelace"))
    window._on_change([])
    assert window.content.currentWidget() is window.inner_splitter


def test_window_geometry_and_splitters_are_remembered(qtbot, book, tmp_path):
    settings = tmp_path / "ui.ini"
    book.add(person("Ada", "Lovelace"))
    first = open_window(qtbot, book, settings)
    first.resize(720, 520)  # the offscreen screen is 800 x 600
    first.outer_splitter.setSizes([260, 460])
    sizes = first.outer_splitter.sizes()
    first.close()
    assert settings.exists()
    second = open_window(qtbot, book, settings)
    assert (second.width(), second.height()) == (720, 520)
    assert second.outer_splitter.sizes() == sizes
    assert isinstance(second.findChild(QSplitter, "listCardSplitter"), QSplitter)


def test_startup_does_not_load_dialogs_vcard_or_charts(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from netbook.ui.window.application import create_application\n"
        "from netbook.store.opening import open_database\n"
        "from netbook.services.application import Application, Origin\n"
        "app = create_application(['netbook'])\n"
        "from netbook.ui.window.main_window import MainWindow\n"
        "from netbook.ui.window.settings import UiSettings\n"
        f"db = open_database(Path({str(tmp_path / 'b.sqlite3')!r}))\n"
        "app_services = Application(db, Origin.WINDOW)\n"
        f"w = MainWindow(app_services, settings=UiSettings(Path({str(tmp_path / 'u.ini')!r})))\n"
        "w.show(); app.processEvents()\n"
        "heavy = ['vobject', 'netbook.ui.dialogs.import_preview', 'netbook.ui.dialogs.export',\n"
        "         'netbook.ui.editor.editor', 'netbook.ui.dashboard.view', 'PySide6.QtCharts',\n"
        "         'netbook.services.importer', 'netbook.services.exporting']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_story_reaches_the_card_through_the_window(qtbot, book, tmp_path):
    contact_id = book.add(storied_person())
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, contact_id)
    texts = [label.text() for label in window.card.findChildren(QLabel)]
    assert "Met at <b>PyCon</b>; loves sailing." in texts
    assert window.book.count(ContactFilter(view=View.FAVOURITES)) == 1
    assert isinstance(window.book, AddressBook)


def test_a_search_that_hides_the_selected_contact_clears_the_card(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    book.add(person("Grace", "Hopper"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, ada)
    assert window.card.record.id == ada
    window.search_field.set_search("grace")
    assert window.card.record is None
    window.search_field.set_search("lovelace")
    assert window.card.record is None  # nothing selected until the user picks
    _select(window, ada)
    window.search_field.set_search("lov")  # still among the results: stays selected
    assert window.list_view.current_id() == ada
    assert window.card.record.id == ada


def test_the_dashboard_opens_and_its_clicks_filter_the_list(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    book.add(person("Grace", "Hopper"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.commands.show_dashboard.trigger()
    assert window.pages.currentWidget().objectName() == "dashboard"
    assert not window.commands.archive.isEnabled()  # list commands wait for the list
    window.dashboard.filter_requested.emit(ContactFilter(ids=frozenset({ada})), "Met in person")
    assert window.pages.currentWidget() is window.outer_splitter
    assert _names(window) == ["Ada Lovelace"]
    window.sidebar.choose(View.ALL)
    window.sidebar.choose(View.FAVOURITES)
    window.sidebar.choose(View.ALL)  # a list picked by hand drops the dashboard's choice
    assert _names(window) == ["Grace Hopper", "Ada Lovelace"]
    window.dashboard.filter_requested.emit(ContactFilter(view=View.REACH_OUT), "")
    assert window.sidebar.choice() == (View.REACH_OUT, None)
    assert _names(window) == []


def test_enter_or_a_double_click_on_a_contact_opens_one_editor(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, ada)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert [d.objectName() for d in window._dialogs] == ["contactEditor"]
    window._dialogs[0].reject()
    qtbot.waitUntil(lambda: not window._dialogs)
    rect = window.list_view.visualRect(window.model.index(0))
    qtbot.mouseDClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.objectName() for d in window._dialogs] == ["contactEditor"]


def test_a_file_the_desktop_asks_to_open_is_imported(tmp_path):
    """macOS sends a double-clicked .vcf to the running app as a FileOpen event."""
    code = (
        "from pathlib import Path\n"
        "from PySide6.QtGui import QFileOpenEvent\n"
        "from netbook.ui.window.application import create_application\n"
        "from netbook.store.opening import open_database\n"
        "from netbook.services.application import Application, Origin\n"
        "app = create_application(['netbook'])\n"
        "from netbook.ui.window.main_window import MainWindow\n"
        "from netbook.ui.window.settings import UiSettings\n"
        f"db = open_database(Path({str(tmp_path / 'b.sqlite3')!r}))\n"
        "app_services = Application(db, Origin.WINDOW)\n"
        f"w = MainWindow(app_services, settings=UiSettings(Path({str(tmp_path / 'u.ini')!r})))\n"
        "w.show(); app.processEvents()\n"
        f"app.sendEvent(app, QFileOpenEvent({str(THREE)!r}))\n"
        "app.processEvents()\n"
        "print([d.objectName() for d in w._dialogs], [str(p) for p in w._dialogs[0].paths])\n"
        # The dialog's preview runs on a worker: wait for it before the interpreter ends, or
        # its signal may reach a QObject already torn down (a SIGSEGV, about 1 run in 12).
        "import time\n"
        "from netbook.ui.window.workers import running_tasks\n"
        "deadline = time.monotonic() + 30\n"
        "while running_tasks() and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip().splitlines()[-1] == f"['importDialog'] [{str(THREE)!r}]"


def test_load_sample_book_imports_it_and_undo_empties_the_book(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.content.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.load_sample_button, Qt.MouseButton.LeftButton)
    assert book.count() >= 20
    assert window.model.rowCount() == book.count()
    assert window.content.currentWidget() is window.inner_splitter
    assert window.sidebar._tags.childCount() > 0
    assert window.commands.undo.text() == "&Undo Import sample-book.vcf"
    window.commands.undo.trigger()
    assert book.count() == 0
    assert window.content.currentWidget() is window.welcome


def test_an_empty_list_says_why_and_what_to_do(qtbot, book, tmp_path):
    book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    qtbot.keyClicks(window.search_field, "zzqx")
    # "z" alone already matches nobody: wait for the search of the whole word.
    qtbot.waitUntil(lambda: "No contact matches “zzqx”" in window.list_view.empty_text())
    assert window.model.rowCount() == 0
    window.search_field.clear_search()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.sidebar.choose(View.FAVOURITES)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "Ctrl+D" in window.list_view.empty_text()
    window.sidebar.choose(View.ARCHIVED)
    assert window.list_view.empty_text().startswith("Nothing is archived")
    # The text is painted in the empty list: the viewport is no longer one flat colour.
    image = window.list_view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 80, 2)}
    assert len(colours) > 1


def test_log_interaction_in_a_few_keystrokes_with_undo(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    _select(window, ada)
    assert window.commands.log_interaction.isEnabled()
    qtbot.keyClick(window.list_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, "logInteraction")
    assert "With Ada Lovelace" in [label.text() for label in dialog.findChildren(QLabel)]
    qtbot.waitUntil(lambda: dialog.summary.hasFocus())
    qtbot.keyClicks(dialog.summary, "Coffee about the book")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    [logged] = book.get(ada).interactions
    assert (logged.kind, logged.summary) == ("call", "Coffee about the book")
    texts = [label.text() for label in window.card.widget().findChildren(QLabel)]
    assert "Call: Coffee about the book" in texts
    window.commands.undo.trigger()
    assert book.get(ada).interactions == []
