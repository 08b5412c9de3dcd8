"""The editor's photo: show it, choose a file, crop it to a square, remove it.

A chosen file is untrusted: formats.images checks its bytes, format and pixel budget from the
header and decodes it already reduced to at most `EDIT_SIDE` pixels a side, so Qt never
decodes a stranger's bytes and a huge picture costs no more than a small one. The cropped
square is stored as JPEG (PNG when the picture has transparency), at most `MAX_SIDE` pixels a
side, which keeps vCards small enough for phones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.formats.images import MAX_PHOTO_BYTES, BadImageError, decoded_picture
from netbook.model.values import PhotoValue
from netbook.ui.editor.checks import Check, Severity
from netbook.ui.editor.fields import FieldMessage

MAX_SIDE = 1024
# The working copy the crop is chosen on: twice the stored side, so a crop of half the picture
# keeps full resolution.
EDIT_SIDE = 2 * MAX_SIDE
PREVIEW_SIDE = 128
MIN_SELECTION = 16


class CropArea(QWidget):
    """The picture with a square selection: drag to move, wheel or +/- to resize, arrows."""

    selection_changed = Signal(QRect)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        side = min(image.width(), image.height())
        self._selection = QRect(
            (image.width() - side) // 2, (image.height() - side) // 2, side, side
        )
        self._drag_from: QPoint | None = None
        self._drag_start = QRect()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Photo crop area"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move the square, plus and minus resize it.")
        )

    def max_side(self) -> int:
        return min(self.image.width(), self.image.height())

    def selection(self) -> QRect:
        return QRect(self._selection)

    def set_selection(self, rect: QRect) -> None:
        side = max(
            min(rect.width(), rect.height(), self.max_side()), min(MIN_SELECTION, self.max_side())
        )
        x = min(max(rect.x(), 0), self.image.width() - side)
        y = min(max(rect.y(), 0), self.image.height() - side)
        new = QRect(x, y, side, side)
        if new != self._selection:
            self._selection = new
            self.selection_changed.emit(QRect(new))
            self.update()

    def set_side(self, side: int) -> None:
        """Resize around the selection's centre."""
        centre = self._selection.center()
        self.set_selection(QRect(centre.x() - side // 2, centre.y() - side // 2, side, side))

    # -- geometry between widget and image -----------------------------------------------
    def _scale(self) -> float:
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _image_rect(self) -> QRect:
        scale = self._scale()
        w, h = round(self.image.width() * scale), round(self.image.height() * scale)
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def _to_widget(self, rect: QRect) -> QRect:
        scale, origin = self._scale(), self._image_rect().topLeft()
        return QRect(
            origin.x() + round(rect.x() * scale),
            origin.y() + round(rect.y() * scale),
            round(rect.width() * scale),
            round(rect.height() * scale),
        )

    def _to_image(self, point: QPoint) -> QPoint:
        scale, origin = self._scale(), self._image_rect().topLeft()
        return QPoint(
            round((point.x() - origin.x()) / scale), round((point.y() - origin.y()) / scale)
        )

    # -- Qt events -----------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._image_rect(), self.image)
        selected = self._to_widget(self._selection)
        shade = QColor(0, 0, 0, 140)
        outer = self._image_rect()
        # Darken what will be cut away, so the square reads on any picture.
        painter.fillRect(
            QRect(outer.left(), outer.top(), outer.width(), selected.top() - outer.top()), shade
        )
        painter.fillRect(
            QRect(
                outer.left(),
                selected.bottom() + 1,
                outer.width(),
                outer.bottom() - selected.bottom(),
            ),
            shade,
        )
        painter.fillRect(
            QRect(outer.left(), selected.top(), selected.left() - outer.left(), selected.height()),
            shade,
        )
        painter.fillRect(
            QRect(
                selected.right() + 1,
                selected.top(),
                outer.right() - selected.right(),
                selected.height(),
            ),
            shade,
        )
        pen_colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(pen_colour)
        painter.drawRect(selected.adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(Qt.PenStyle.DashLine)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self._to_image(event.position().toPoint())
        if not self._selection.contains(point):
            side = self._selection.width()
            self.set_selection(QRect(point.x() - side // 2, point.y() - side // 2, side, side))
        self._drag_from = point
        self._drag_start = self.selection()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        delta = self._to_image(event.position().toPoint()) - self._drag_from
        self.set_selection(self._drag_start.translated(delta))

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        step = max(1, self.max_side() // 20)
        self.set_side(self._selection.width() + (step if event.angleDelta().y() > 0 else -step))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        fine = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        step = max(1, self.max_side() // (100 if fine else 20))
        moves = {
            Qt.Key.Key_Left: QPoint(-step, 0),
            Qt.Key.Key_Right: QPoint(step, 0),
            Qt.Key.Key_Up: QPoint(0, -step),
            Qt.Key.Key_Down: QPoint(0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.set_selection(self._selection.translated(moves[key]))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_side(self._selection.width() + step)
        elif key == Qt.Key.Key_Minus:
            self.set_side(self._selection.width() - step)
        else:
            super().keyPressEvent(event)


class PhotoCropDialog(QDialog):
    """Choose the square of the picture to keep."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop photo"))
        self.area = CropArea(image, self)
        self.size_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.size_slider.setAccessibleName(self.tr("Size of the square"))
        self.size_slider.setRange(min(MIN_SELECTION, self.area.max_side()), self.area.max_side())
        self.size_slider.setValue(self.area.selection().width())
        self.size_slider.valueChanged.connect(self.area.set_side)
        self.area.selection_changed.connect(lambda r: self.size_slider.setValue(r.width()))
        size_label = QLabel(self.tr("&Size:"), self)
        size_label.setBuddy(self.size_slider)
        hint = QLabel(
            self.tr("Drag the square, or use the arrow keys; the wheel, + and - change its size."),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(size_label)
        row.addWidget(self.size_slider, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.area.setFocus()

    def cropped(self) -> QImage:
        return self.area.image.copy(self.area.selection())


def encode_square(image: QImage) -> PhotoValue:
    """The cropped picture as stored bytes: JPEG, or PNG when it has transparency."""
    if image.width() > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    keep_alpha = image.hasAlphaChannel()
    fmt, media_type = ("PNG", "image/png") if keep_alpha else ("JPEG", "image/jpeg")
    if not keep_alpha:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 90)  # type: ignore[call-overload]
    buffer.close()
    return PhotoValue(data=bytes(data.data()), media_type=media_type)


def load_checked_image(data: bytes, max_side: int = EDIT_SIDE) -> QImage:
    """Untrusted bytes decoded within the photo budget, upright, at most `max_side` a side.

    Raises:
        BadImageError: the bytes are refused or broken (formats.images says why).
    """
    picture = decoded_picture(data, max_side)
    image = QImage(
        picture.rgba,
        picture.width,
        picture.height,
        picture.width * 4,
        QImage.Format.Format_RGBA8888 if picture.has_alpha else QImage.Format.Format_RGBX8888,
    )
    return image.copy()  # the QImage above borrows `picture.rgba`; keep a copy of its own


class PhotoField(QWidget):
    """The photo section of the editor."""

    changed = Signal()

    def __init__(self, photo: PhotoValue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = photo
        self._photo = photo
        self._changed = False
        self.crop_dialog: PhotoCropDialog | None = None
        self._source: QImage | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(QSize(PREVIEW_SIDE, PREVIEW_SIDE))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("Photo"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a photo file"))
        self.crop_button = QPushButton(self.tr("Cro&p…"), self)
        self.crop_button.setAccessibleName(self.tr("Crop the photo"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the photo"))
        self.message = FieldMessage(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.crop_button.clicked.connect(self.crop_current)
        self.remove_button.clicked.connect(self.remove_photo)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.choose_button, self.crop_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._show()

    def photo(self) -> PhotoValue | None:
        """The photo to save: the original object when the user did not touch it."""
        return self._photo if self._changed else self.original

    def _show(self) -> None:
        data = self._photo.data if self._photo else None
        preview = self._preview(data) if data else None
        if preview is not None:
            self.preview.setPixmap(preview)
        else:
            self.preview.setPixmap(QPixmap())
            if self._photo is not None and self._photo.uri:
                self.preview.setText(self.tr("Linked photo\n(not downloaded)"))
            elif data:  # stored by an older netbook in a format now refused (TIFF, BMP)
                self.preview.setText(self.tr("Photo kept\n(not shown)"))
            else:
                self.preview.setText(self.tr("No photo"))
        self.crop_button.setEnabled(bool(data))
        self.remove_button.setEnabled(self._photo is not None)

    @staticmethod
    def _preview(data: bytes) -> QPixmap | None:
        """The stored photo at the preview's size, decoded within the budget (None if refused)."""
        try:
            image = load_checked_image(data, PREVIEW_SIDE - 4)
        except BadImageError:
            return None
        return QPixmap.fromImage(image)

    def _set(self, photo: PhotoValue | None) -> None:
        self._photo = photo
        self._changed = True
        self._show()
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for a picture file (the one modal step; tests call `load_file`)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Check and open a picture, then offer the crop; False (and a message) if unusable."""
        try:
            if path.stat().st_size > MAX_PHOTO_BYTES:
                raise BadImageError(
                    self.tr("the file is larger than %1 MB").replace(
                        "%1", str(MAX_PHOTO_BYTES // (1024 * 1024))
                    )
                )
            image = load_checked_image(path.read_bytes())
        except OSError as exc:
            self.message.show_check(
                Check(
                    Severity.WARNING,
                    self.tr("Cannot read %1: %2")
                    .replace("%1", path.name)
                    .replace("%2", exc.strerror or str(exc)),
                )
            )
            return False
        except BadImageError as exc:
            self.message.show_check(
                Check(
                    Severity.WARNING,
                    self.tr("Cannot use %1: %2").replace("%1", path.name).replace("%2", str(exc)),
                )
            )
            return False
        self.message.show_check(None)
        self.start_crop(image)
        return True

    def crop_current(self) -> None:
        if self._photo is None or not self._photo.data:
            return
        try:
            image = load_checked_image(self._photo.data)
        except BadImageError as exc:
            self.message.show_check(Check(Severity.WARNING, str(exc)))
            return
        self.start_crop(image)

    def start_crop(self, image: QImage) -> PhotoCropDialog:
        """Open the crop dialog (window-modal, not blocking); OK stores the square."""
        dialog = PhotoCropDialog(image, self)
        dialog.accepted.connect(lambda: self._set(encode_square(dialog.cropped())))
        dialog.finished.connect(self._crop_finished)
        self.crop_dialog = dialog
        dialog.open()
        return dialog

    def _crop_finished(self) -> None:
        if self.crop_dialog is not None:
            self.crop_dialog.deleteLater()
            self.crop_dialog = None

    def remove_photo(self) -> None:
        self._set(None)
