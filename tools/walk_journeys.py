"""Walk the window's journeys as a user would and save a picture of every step.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/walk_journeys.py OUT [--large BOOK]

For each palette (light, dark) and window size (1600x1000, 800x600) a fresh book in a temp
folder goes through the journeys of docs/design.md: the first run, an import's preview, the
sample book, search, the card and its story, the editor, keeping in touch (Reach out), the
dashboard, duplicates, export, the archive, Settings and Help. `--large` adds the list and a
search over an existing big book (benchmarks/generate_book.py builds one), opened read-only in
spirit: the walk only searches it. Pictures are named `<journey>-<palette>-<size>.png`; a
dialog is pictured on its own beside the window it belongs to.

The walk is for people to look at (the closing notes describe the pictures); the tests hold
the assertions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from netbook.services.address_book import ContactFilter, View
from netbook.services.application import Application, Origin
from netbook.ui.window.application import (
    apply_color_scheme,
    create_application,
    install_translations,
)
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.settings import UiSettings

SIZES = ((1600, 1000), (800, 600))
SCHEMES = (("light", Qt.ColorScheme.Light), ("dark", Qt.ColorScheme.Dark))
HERE = Path(__file__).resolve().parent
IMPORT_FILE = HERE.parent / "tests" / "data" / "import" / "three.vcf"


def settle(ms: int = 150) -> None:
    """Let the window lay out, paint and finish its workers' signals."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    for _ in range(int(seconds * 20)):
        if condition():
            return
        settle(50)
    raise TimeoutError("the window did not get there")


class Walk:
    def __init__(self, out: Path, scheme: str, size: tuple[int, int]) -> None:
        self.out = out
        self.suffix = f"{scheme}-{size[0]}x{size[1]}"
        self.size = size
        self.saved: list[Path] = []

    def shot(self, name: str, widget: QWidget) -> None:
        settle()
        path = self.out / f"{name}-{self.suffix}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def dialog_shot(self, window: MainWindow, name: str, open_it: Callable[[], None]) -> None:
        """Open a dialog the window opens without blocking, picture it and close it."""
        before = set(window.findChildren(QDialog))
        open_it()
        wait_for(lambda: any(d.isVisible() for d in set(window.findChildren(QDialog)) - before))
        dialog = next(d for d in set(window.findChildren(QDialog)) - before if d.isVisible())
        self.shot(name, dialog)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        settle()

    def run(self, window: MainWindow, large: MainWindow | None) -> None:
        window.resize(*self.size)
        window.show()
        settle(400)
        self.shot("01-first-run", window)
        self.dialog_shot(window, "02-import-preview", lambda: window.import_files([IMPORT_FILE]))
        window.load_sample_book()
        wait_for(lambda: window.model.rowCount() > 40)
        self.shot("03-sample-book", window)
        window.search_field.set_search("maya")
        wait_for(lambda: 0 < window.model.rowCount() < 10)
        window.list_view.setCurrentIndex(window.model.index(0))
        self.shot("04-search-and-card", window)
        self.dialog_shot(window, "05-editor", window.edit_contact)
        window.clear_filters()
        window.sidebar.choose(View.REACH_OUT)
        wait_for(lambda: window.model.rowCount() > 0)
        window.list_view.setCurrentIndex(window.model.index(0))
        self.shot("06-reach-out", window)
        window.show_dashboard()
        self.shot("07-dashboard", window)
        window.show_contacts()
        window.sidebar.choose(View.ALL)
        self.dialog_shot(window, "08-duplicates", window.find_duplicates)
        self.dialog_shot(window, "09-export", window.export)
        window.list_view.setCurrentIndex(window.model.index(2))
        window.archive_selected()
        window.sidebar.choose(View.ARCHIVED)
        wait_for(lambda: window.model.rowCount() > 0)
        window.list_view.setCurrentIndex(window.model.index(0))
        self.shot("10-archived", window)
        window.sidebar.choose(View.ALL)
        self.dialog_shot(window, "11-settings", window.open_settings)
        window.open_help()
        settle(400)
        helps = [w for w in QApplication.topLevelWidgets() if w.objectName() == "helpWindow"]
        if helps:
            self.shot("12-help", helps[0])
            helps[0].close()
        if large is not None:
            large.resize(*self.size)
            large.show()
            settle(600)
            large.apply_contact_filter(ContactFilter())
            large.search_field.set_search("jurg")
            wait_for(lambda: 0 < large.model.rowCount() < 100_000)
            large.list_view.setCurrentIndex(large.model.index(0))
            self.shot("13-large-book-search", large)
            large.close()


def _window(db: Path, settings: Path) -> tuple[Application, MainWindow]:
    services = Application.open(db, Origin.WINDOW, writer=True)
    return services, MainWindow(services, settings=UiSettings(settings))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--large", type=Path, help="an existing big book to search")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    install_translations(app)
    saved: list[Path] = []
    for scheme_name, scheme in SCHEMES:
        apply_color_scheme(app, scheme)
        for size in SIZES:
            with tempfile.TemporaryDirectory(prefix="netbook-walk-") as tmp:
                folder = Path(tmp)
                services, window = _window(folder / "book.sqlite3", folder / "ui.ini")
                large_services = large = None
                if args.large is not None:
                    copy = folder / "large.sqlite3"
                    shutil.copy(args.large, copy)
                    large_services, large = _window(copy, folder / "large.ini")
                walk = Walk(args.out, scheme_name, size)
                try:
                    walk.run(window, large)
                finally:
                    window.close()
                    services.close()
                    if large_services is not None:
                        large_services.close()
                saved.extend(walk.saved)
                QCoreApplication.processEvents()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
