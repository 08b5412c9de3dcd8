"""The QApplication: names, icon, translations, palette, and how start-up errors reach the user."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QSocketNotifier,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QColor, QFileOpenEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory
from typing_extensions import override

from netbook import APP_ID, APP_NAME, __version__
from netbook.ui.window.icons import app_icon

# "dark" or "light" forces a palette whatever the system says (screenshots, user preference).
COLOR_SCHEME_ENV = "NETBOOK_COLOR_SCHEME"
THEME_PROPERTY = "netbookTheme"  # the theme chosen in Settings, on the QApplication
I18N_FOLDER = "resources/i18n"


class NetbookApplication(QApplication):
    """The application object; passes on the files the desktop asks it to open.

    macOS opens a double-clicked .vcf in the running app with a FileOpen event rather than on
    the command line; the main window imports such files like dropped ones.
    """

    file_open_requested = Signal(object)  # Path

    @override
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.file_open_requested.emit(Path(event.file()))
            return True
        return super().event(event)


def create_application(argv: Sequence[str]) -> QApplication:
    """The one QApplication, named before anything reads settings."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("netbook")
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    app = NetbookApplication(list(argv))
    install_translations(app)
    follow_color_scheme(app)
    app.setWindowIcon(app_icon())
    close_on_termination_signals(app)
    return app


def close_on_termination_signals(app: QApplication) -> None:
    """SIGTERM (logout, `kill`) and SIGINT (Ctrl+C) close the windows as their close button does.

    Python runs its signal handlers only between bytecodes, never while Qt's event loop waits
    in C++; the wakeup pipe wakes the loop so the handler runs at once. Closing the windows
    lets them save their state, and quitting ends the run with exit status 0.
    """
    if sys.platform == "win32":
        return
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: os.read(read_end, 512))

    def close(_signum: int, _frame: object) -> None:
        app.closeAllWindows()
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, close)


def install_translations(app: QApplication) -> None:
    """netbook's own strings and Qt's (standard buttons, shortcuts) in the user's language."""
    locale = QLocale.system()
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
    folder = files("netbook") / I18N_FOLDER
    if not folder.is_dir():
        return
    ours = QTranslator(app)
    # The user's language, else English: the sources say "%n contact(s)", and the English
    # file turns that into "1 contact" / "2 contacts".
    if ours.load(locale, "netbook", "_", str(folder)) or ours.load("netbook_en", str(folder)):
        app.installTranslator(ours)


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style, used where the platform gives none."""
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282b"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3c3f41"))
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, QColor("#35373b"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b68"))
    palette.setColor(QPalette.ColorRole.Light, QColor("#45484d"))
    palette.setColor(QPalette.ColorRole.Midlight, QColor("#3a3d41"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#2f3134"))
    palette.setColor(QPalette.ColorRole.Dark, QColor("#1a1b1d"))
    palette.setColor(QPalette.ColorRole.Shadow, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#6ea4ff"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#b48ef0"))
    palette.setColor(QPalette.ColorRole.Accent, QColor("#3d7ff0"))
    disabled = QColor("#6f7378")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3a3d41"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wanted_color_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """The scheme asked for: NETBOOK_COLOR_SCHEME, else the theme chosen in Settings
    (`set_theme`), else what the system reports."""
    for wanted in (os.environ.get(COLOR_SCHEME_ENV, ""), str(app.property(THEME_PROPERTY) or "")):
        wanted = wanted.strip().lower()
        if wanted == "dark":
            return Qt.ColorScheme.Dark
        if wanted == "light":
            return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def set_theme(theme: str) -> None:
    """Follow Settings' theme ("system", "light" or "dark") from now on."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setProperty(THEME_PROPERTY, theme)
        apply_color_scheme(app, wanted_color_scheme(app))


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make the palette match `scheme`.

    Most platforms hand Qt a dark palette themselves when the desktop is dark (macOS, KDE,
    GNOME with a platform theme, Windows 11 style); then nothing is done. Where the system is
    dark but the palette is still light (the older Windows style, bare X11), netbook switches
    to Fusion with its own dark palette, and back again when the system turns light.
    """
    if scheme is Qt.ColorScheme.Dark and not is_dark(app.palette()):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(dark_palette())
        app.setProperty("netbookDarkPalette", True)
    elif scheme is not Qt.ColorScheme.Dark and app.property("netbookDarkPalette"):
        app.setPalette(app.style().standardPalette())
        app.setProperty("netbookDarkPalette", False)
    elif scheme is Qt.ColorScheme.Light and is_dark(app.palette()):
        # Light asked for on a dark desktop: Fusion, with a palette built from a light grey.
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(QPalette(QColor("#efefef")))


def follow_color_scheme(app: QApplication) -> None:
    """Apply the wanted scheme now and whenever the system's changes."""
    apply_color_scheme(app, wanted_color_scheme(app))
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_color_scheme(app, wanted_color_scheme(app))
    )


def show_startup_error(message: str) -> None:
    """Tell the user why the book cannot be opened (skipped when no one can see a dialog)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    QMessageBox.critical(
        None, QApplication.translate("startup", "netbook cannot open the book"), message
    )
