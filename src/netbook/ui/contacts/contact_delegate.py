"""How the contact list paints a row: round photo (or placeholder), name in bold, subtitle.

A search repaints every row on screen after each keystroke, so a row is painted with as
little Python as the picture allows (about a quarter of what the style's delegate path
took; docs/performance.md): the row's values come from the model in one call
(`ContactListModel.row_look`) instead of four `data()` roles; the bold font, both fonts'
metrics and recent elided texts are kept; the placeholder and the favourite star are drawn
from a pixmap made once per palette, size and state instead of through the icon engine. The
picture is the same to the pixel (light and dark palettes, selection, focus, photos, stars,
elision): Qt draws the panel, the focus frame and the texts as before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from typing_extensions import override

from netbook.ui.contacts.list_model import (
    ContactListModel,
    FavouriteRole,
    RowLook,
    SubtitleRole,
)
from netbook.ui.window.icons import icon

AnyIndex = QModelIndex | QPersistentModelIndex
# Looked up once: PySide's enum attributes cost microseconds each, and a row uses a dozen.
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT = Qt.AlignmentFlag.AlignLeft
_CENTER = Qt.AlignmentFlag.AlignCenter
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_SECONDARY_TEXT = QPalette.ColorRole.PlaceholderText
_ICON_NORMAL = QIcon.Mode.Normal
_ICON_SELECTED = QIcon.Mode.Selected
_TRANSPARENT = Qt.GlobalColor.transparent
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_SMOOTH_PIXMAPS = QPainter.RenderHint.SmoothPixmapTransform
AVATAR = 32
PADDING = 8
STAR = 14
# Elided texts kept (name or subtitle, width, font): a few screens of rows; a search's rows
# repeat names often ("Maria Álvarez"), and the width changes only when the column does.
KEPT_ELISIONS = 4096


class ContactDelegate(QStyledItemDelegate):
    """Paints a row: round photo (or placeholder), name in bold, "organisation · title"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts_key: tuple[str, int] | None = None
        self._bold_font = QFont()
        self._bold_metrics: QFontMetrics | None = None
        self._metrics: QFontMetrics | None = None
        self._elided: dict[tuple[str, int, bool], str] = {}
        self._icon_pixmaps: dict[tuple[int, int, bool, float, int], QPixmap] = {}

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, max(AVATAR + PADDING, 2 * line + PADDING + 4))

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # Not initStyleOption(): it asks the model for a dozen roles this delegate never uses.
        widget = option.widget
        style = widget.style() if widget is not None else None
        state = option.state
        painter.save()
        if style is not None:
            style.drawPrimitive(_PANEL, option, painter, widget)
            if _HAS_FOCUS in state:  # where the keyboard is, even on an unselected row
                style.drawPrimitive(_FOCUS_FRAME, option, painter, widget)
        look = _row_look(index)
        if look is not None:
            self._paint_row(painter, option, look, _SELECTED in state)
        painter.restore()

    def _paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, look: RowLook, selected: bool
    ) -> None:
        rect: QRect = option.rect
        top, height, right = rect.top(), rect.height(), rect.right()
        avatar = QRect(rect.left() + PADDING, top + (height - AVATAR) // 2, AVATAR, AVATAR)
        decoration = look.decoration
        if isinstance(decoration, QPixmap):
            _paint_photo(painter, avatar, decoration)
        elif isinstance(decoration, QIcon):
            painter.drawPixmap(avatar, self._icon_pixmap(painter, decoration, AVATAR, selected))

        bold, normal = self._fonts(painter, option.font)
        text_left = avatar.right() + PADDING + 2
        width = right - text_left - PADDING - (STAR + 4 if look.favourite else 0)
        palette: QPalette = option.palette
        painter.setFont(self._bold_font)
        painter.setPen(palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT))
        line = bold.height()
        subtitle = look.subtitle
        text_top = top + (height - (2 * line if subtitle else line)) // 2
        # drawText with a QRect and flags draws plain text: contact data is never markup.
        name = self._elide(bold, look.name, width, True)
        painter.drawText(QRect(text_left, text_top, width, line), _LEFT, name)
        if subtitle:
            painter.setFont(option.font)
            if not selected:
                painter.setPen(palette.color(_SECONDARY_TEXT))
            painter.drawText(
                QRect(text_left, text_top + line, width, line),
                _LEFT,
                self._elide(normal, subtitle, width, False),
            )
        if look.favourite:
            star = QRect(right - PADDING - STAR, top + (height - STAR) // 2, STAR, STAR)
            painter.drawPixmap(star, self._icon_pixmap(painter, icon("favourite-on"), STAR, False))

    def _fonts(self, painter: QPainter, font: QFont) -> tuple[QFontMetrics, QFontMetrics]:
        """The bold and the plain font's metrics on the painter's device, made once per font
        (what `painter.fontMetrics()` gives after `setFont`); the bold font kept beside."""
        device = painter.device()
        key = (font.key(), device.logicalDpiY() if device is not None else 0)
        if key != self._fonts_key or self._bold_metrics is None or self._metrics is None:
            self._fonts_key = key
            self._bold_font = QFont(font)
            self._bold_font.setBold(True)
            if device is not None:
                self._bold_metrics = QFontMetrics(self._bold_font, device)
                self._metrics = QFontMetrics(font, device)
            else:
                self._bold_metrics = QFontMetrics(self._bold_font)
                self._metrics = QFontMetrics(font)
            self._elided.clear()
        return self._bold_metrics, self._metrics

    def _elide(self, metrics: QFontMetrics, text: str, width: int, bold: bool) -> str:
        key = (text, width, bold)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) >= KEPT_ELISIONS:
                self._elided.clear()
            elided = self._elided[key] = metrics.elidedText(text, _ELIDE, width)
        return elided

    def _icon_pixmap(self, painter: QPainter, shown: QIcon, size: int, selected: bool) -> QPixmap:
        """`shown` as `QIcon.paint` draws it in a square of `size` (the icon engine picks the
        application palette's colour and renders at the device's pixel ratio), made once per
        icon, size, state, ratio and palette."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (shown.cacheKey(), size, selected, ratio, QGuiApplication.palette().cacheKey())
        pixmap = self._icon_pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(size * ratio), round(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(_TRANSPARENT)
            on_pixmap = QPainter(pixmap)
            mode = _ICON_SELECTED if selected else _ICON_NORMAL
            shown.paint(on_pixmap, QRect(0, 0, size, size), _CENTER, mode)
            on_pixmap.end()
            if len(self._icon_pixmaps) > 16:  # icons x states x palettes: a handful
                self._icon_pixmaps.clear()
            self._icon_pixmaps[key] = pixmap
        return pixmap


def _row_look(index: AnyIndex) -> RowLook | None:
    """The row's values: from the list model in one call, or from the roles of another."""
    model = index.model()
    if isinstance(model, ContactListModel):
        return model.row_look(index.row())
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    return RowLook(
        name=str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        subtitle=str(index.data(SubtitleRole) or ""),
        favourite=bool(index.data(FavouriteRole)),
        decoration=decoration if isinstance(decoration, QIcon | QPixmap) else None,
    )


def _paint_photo(painter: QPainter, rect: QRect, photo: QPixmap) -> None:
    """The contact's thumbnail, scaled into a circle."""
    if photo.isNull():
        return
    painter.setRenderHint(_ANTIALIASING)
    painter.setRenderHint(_SMOOTH_PIXMAPS)
    clip = QPainterPath()
    clip.addEllipse(rect.toRectF())
    painter.save()
    painter.setClipPath(clip)
    painter.drawPixmap(rect, photo)
    painter.restore()
