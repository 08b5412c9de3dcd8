"""Icons: the SVG files in `resources/icons`, drawn in the palette's colours at any size.

The files are read with `importlib.resources`, which finds them in a checkout (through the
`src/netbook/resources` symlink), in an installed wheel and in the PyInstaller folder alike.
Monochrome icons are drawn with `currentColor`; the engine below substitutes the palette's
text colour when it paints, so the same file serves the light and the dark palette, and a
selected row's icon takes the highlighted-text colour. SVG is rendered at the device pixel
ratio asked for, so icons stay sharp on high-DPI screens.
"""

from __future__ import annotations

import functools
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from typing_extensions import override

ICON_FOLDER = "resources/icons"

# WORKAROUND: an engine returned from a Python clone() is owned by Python, so Qt would be left
# with a dangling pointer once the wrapper is collected (a crash on QIcon::detach). Clones are
# rare (nothing in netbook modifies an icon); the few there are stay referenced here.
_clones: list[QIconEngine] = []


@functools.cache
def svg_text(name: str) -> str:
    """The SVG source of `resources/icons/<name>.svg`."""
    return (files("netbook") / ICON_FOLDER / f"{name}.svg").read_text(encoding="utf-8")


def _colour_for(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class _SvgIconEngine(QIconEngine):
    """Paints one SVG, with `currentColor` replaced by the palette colour for the mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, str], QPixmap] = {}

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            source = svg_text(self._name).replace("currentColor", colour)
            renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
            self._renderers[colour] = renderer
        return renderer

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # From the pixmap cache: a list paints the same placeholder on every row.
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @override
    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = _colour_for(mode)
        key = (size.width(), size.height(), scale, colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(colour).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._pixmaps) > 32:  # sizes x modes x palettes: a handful in practice
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    @override
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    @override
    def iconName(self) -> str:
        return self._name

    @override
    def clone(self) -> QIconEngine:
        engine = _SvgIconEngine(self._name)
        _clones.append(engine)
        return engine


@functools.cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (one shared QIcon per name)."""
    return QIcon(_SvgIconEngine(name))


def app_icon() -> QIcon:
    return icon("netbook")
