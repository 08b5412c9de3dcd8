"""The contact list's item model: a window onto a `ContactListing`, never the whole book.

`rowCount()` is the true number of contacts the filter selects, so the scroll bar is right and
jumping to the end of 100,000 rows costs one page. Rows are read in blocks (64 summaries: a
few screens) kept in a small LRU; a view only ever asks for the rows it shows, so scrolling
anywhere reads only the blocks in view. After each reset (a keystroke) only the rows on screen
are read at first (`set_rows_on_screen`; the view says how many): a broad search's first page
costs about its rows (each is a probe or a step of a walk), so 20 rows cost a third of 64; the
rest of the first block is read when a row of it is first asked for.
Thumbnails are read the first time a row with a photo is painted, a few at a time after the
paint, and kept in their own LRU; a placeholder is drawn meanwhile.

Column 0 is the contact (photo, name, subtitle: ContactDelegate); the optional columns the user
chose (company, email, ...) follow, in the order of `ListColumn`. The order and the columns
come from the window's list options (contacts/list_options.py); sorting happens in the service
(services/contact_list.py), never here. The custom roles answer on every column of a row.

Dragging rows out writes the contacts as vCard 3.0 into a temporary `.vcf` file and offers
both the bytes (`text/vcard`) and the file's URL, which mail clients and file managers take.
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QIcon, QPixmap
from typing_extensions import override

from netbook.model.values import ContactSummary
from netbook.services.contact_filter import ContactFilter
from netbook.services.list_order import BY_NAME, ListColumn, ListOrder
from netbook.ui.contacts.list_labels import column_title
from netbook.ui.dates import medium_date
from netbook.ui.window.icons import icon

# The services' modules (SQLAlchemy below them) load after the window's first paint.
if TYPE_CHECKING:
    from netbook.services.address_book import AddressBook
    from netbook.services.contact_list import ContactListing

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

ContactIdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
FavouriteRole = Qt.ItemDataRole.UserRole + 3
ArchivedRole = Qt.ItemDataRole.UserRole + 4
HasPhotoRole = Qt.ItemDataRole.UserRole + 5

BLOCK_SIZE = 64
CACHED_BLOCKS = 64
CACHED_THUMBNAILS = 400
# Thumbnails read per pass after a paint: enough for a screenful, short enough to keep frames.
THUMBNAILS_PER_PASS = 40
VCARD_MIME_TYPES = ("text/vcard", "text/x-vcard")
# More contacts than this are not dragged (writing them would stall the drag): File > Export.
MAX_DRAGGED = 2000

_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

_drag_folder: Path | None = None


class RowLook(NamedTuple):
    """What the contact's column shows of a row (ContactDelegate paints it)."""

    name: str
    subtitle: str
    favourite: bool
    decoration: QIcon | QPixmap | None


def drag_folder() -> Path:
    """A private temporary folder for dragged-out .vcf files, removed when netbook exits."""
    global _drag_folder
    if _drag_folder is None or not _drag_folder.is_dir():
        _drag_folder = Path(tempfile.mkdtemp(prefix="netbook-drag-"))
        atexit.register(shutil.rmtree, _drag_folder, ignore_errors=True)
    return _drag_folder


def vcf_file_name(names: Sequence[str], fallback: str) -> str:
    """A safe file name for dragged contacts: the person's name, or `fallback` for several."""
    base = names[0] if len(names) == 1 else fallback
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", base).strip(" .") or fallback
    return f"{base[:80]}.vcf"


class ContactListModel(QAbstractTableModel):
    """Contacts selected by a `ContactFilter`, in a `ListOrder`, read a block at a time."""

    def __init__(
        self,
        book: AddressBook,
        parent: QObject | None = None,
        *,
        block_size: int = BLOCK_SIZE,
        cached_blocks: int = CACHED_BLOCKS,
        order: ListOrder = BY_NAME,
        columns: Sequence[ListColumn] = (),
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._block_size = block_size
        self._cached_blocks = cached_blocks
        self._filter = ContactFilter()
        self._order = order
        self._columns = [c for c in ListColumn if c in columns]
        self._listing: ContactListing | None = None
        self._blocks: OrderedDict[int, list[ContactSummary]] = OrderedDict()
        # How many rows a reset reads first, and whether block 0 holds only those (a short
        # block 0 otherwise means the list ends there).
        self._first_rows = block_size
        self._whole_first_block = False
        self._first_block_short = False
        self._total = 0
        self._thumbnails: OrderedDict[int, QPixmap | None] = OrderedDict()
        self._pending_thumbnails: dict[int, int] = {}  # contact id -> row asked for
        self._thumbnail_timer = QTimer(self)
        self._thumbnail_timer.setSingleShot(True)
        self._thumbnail_timer.setInterval(0)
        self._thumbnail_timer.timeout.connect(self._load_thumbnails)
        self._placeholder = icon("person")
        self._load()

    # -- what the list shows ---------------------------------------------------------------
    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def order(self) -> ListOrder:
        return self._order

    @property
    def columns(self) -> list[ListColumn]:
        """The optional columns shown after the contact's own (column 1 onwards)."""
        return list(self._columns)

    def set_filter(self, where: ContactFilter) -> None:
        """Show the contacts `where` selects (a reset: views lose their selection)."""
        if where == self._filter:
            return
        self.beginResetModel()
        self._filter = where
        self._load()
        self.endResetModel()

    def set_view(self, order: ListOrder, columns: Sequence[ListColumn]) -> None:
        """Show the rows in `order`, with these optional columns (in ListColumn's order)."""
        wanted = [c for c in ListColumn if c in columns]
        if order == self._order and wanted == self._columns:
            return
        self.beginResetModel()
        self._order, self._columns = order, wanted
        self._load()
        self.endResetModel()

    def refresh(self, changed_ids: Sequence[int] | None = None) -> None:
        """Read the book again after a change; `changed_ids` also drops their thumbnails
        (None: every thumbnail)."""
        if changed_ids is None:
            self._thumbnails.clear()
        else:
            for contact_id in changed_ids:
                self._thumbnails.pop(contact_id, None)
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def set_rows_on_screen(self, rows: int) -> None:
        """How many rows the view shows at most: what the next reset reads first (at most a
        block). Takes effect from the next reset."""
        self._first_rows = max(1, min(rows, self._block_size))

    def read_whole_first_block(self) -> None:
        """Have the next reset read a whole first block: the view asks when it will look
        selected contacts up among the rows read (as many as before the screenful-first
        read; reading them in a second step costs more)."""
        self._whole_first_block = True

    def _load(self) -> None:
        self._blocks.clear()
        self._pending_thumbnails.clear()
        listing = self._book.listing(self._filter, self._order, frozenset(self._columns))
        self._listing = listing
        # One read for the rows shown first and the count (a short page is the whole list):
        # a search counts its matches once for both (AddressBook.first_page).
        rows = self._block_size if self._whole_first_block else self._first_rows
        self._whole_first_block = False
        first, self._total = listing.first_page(rows)
        self._blocks[0] = first
        self._first_block_short = len(first) < min(self._block_size, self._total)

    def _rows(self) -> ContactListing:
        assert self._listing is not None  # made in __init__ by _load
        return self._listing

    # -- rows ------------------------------------------------------------------------------
    def summary(self, row: int) -> ContactSummary | None:
        """The list row `row`, read from the book with its block when not cached."""
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, self._block_size)
        block = self._blocks.get(number)
        if block is None or (number == 0 and offset >= len(block) and self._first_block_short):
            block = self._rows().page(number * self._block_size, self._block_size)
            self._blocks[number] = block
            if number == 0:
                self._first_block_short = False
            while len(self._blocks) > self._cached_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        # The book may have shrunk since it was counted; such rows show empty until a refresh.
        return block[offset] if offset < len(block) else None

    def contact_id(self, row: int) -> int | None:
        found = self.summary(row)
        return found.id if found is not None else None

    def ids_in_rows(self, first: int, last: int) -> list[int]:
        """The ids of rows `first`..`last`; one query for long runs (select all at 100k)."""
        first, last = max(first, 0), min(last, self._total - 1)
        if last < first:
            return []
        if last - first + 1 > 4 * self._block_size:
            return self._rows().ids()[first : last + 1]
        ids = []
        for row in range(first, last + 1):
            found = self.contact_id(row)
            if found is not None:
                ids.append(found)
        return ids

    def cached_row_of(self, contact_id: int) -> int | None:
        """The row showing the contact if it is among the rows read so far (no query)."""
        for number, block in self._blocks.items():
            for offset, found in enumerate(block):
                if found.id == contact_id:
                    return number * self._block_size + offset
        return None

    def row_of(self, contact_id: int) -> int | None:
        """The row showing the contact, or None when the filter leaves it out."""
        row = self.cached_row_of(contact_id)
        if row is not None:
            return row
        first = self._blocks.get(0)
        if self._first_block_short and first is not None:
            # The rest of the first block first: reading it costs less than asking where the
            # contact is (which reads the whole search), and finds the current contact again
            # as often as when a reset read the whole block.
            self.summary(len(first))
            row = self.cached_row_of(contact_id)
            if row is not None:
                return row
        row = self._rows().position(contact_id)
        return row if row is not None and row < self._total else None

    def row_look(self, row: int) -> RowLook | None:
        """The contact column's name, subtitle, star and photo (or placeholder) of `row`: the
        same values as its display, subtitle, favourite and decoration roles, in one call
        (the list repaints every row on screen after each keystroke)."""
        found = self.summary(row)
        if found is None:
            return None
        return RowLook(
            found.display_name or self.tr("(no name)"),
            self._subtitle(found),
            found.favourite,
            self._decoration(found, row),
        )

    def _subtitle(self, found: ContactSummary) -> str:
        """The line under a name; in the Reach out list, how overdue the contact is first
        ("12 days overdue · Acme")."""
        text = " · ".join(p for p in (found.organization, found.title) if p)
        if found.days_overdue is None:
            return text
        late = (
            self.tr("due today")
            if found.days_overdue == 0
            else self.tr("%n day(s) overdue", "", found.days_overdue)
        )
        return f"{late} · {text}" if text else late

    def _cell(self, found: ContactSummary, column: ListColumn) -> str:
        """The text of an optional column (dates as the user's locale writes them)."""
        if column is ListColumn.COMPANY:
            return found.organization or ""
        if column is ListColumn.EMAIL:
            return found.email or ""
        if column is ListColumn.PHONE:
            return found.phone or ""
        if column is ListColumn.TAGS:
            return ", ".join(found.tags)
        day: dt.date | None
        if column is ListColumn.ADDED:
            # Stored in UTC: the day it was where the user is.
            day = found.added.replace(tzinfo=dt.UTC).astimezone().date() if found.added else None
        elif column is ListColumn.LAST_CONTACT:
            day = found.last_contact
        else:
            day = found.next_reach_out
        return medium_date(day) if day is not None else ""

    # -- Qt's model interface --------------------------------------------------------------
    @override
    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        return super().index(row, column, parent)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Name")
        if 0 < section <= len(self._columns):
            return column_title(self._columns[section - 1])
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        found = self.summary(index.row())
        if found is None:
            return None
        column = index.column()
        if column > 0:
            if column > len(self._columns):
                return None
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return self._cell(found, self._columns[column - 1]) or None
            if role == Qt.ItemDataRole.DecorationRole:
                return None  # the photo is column 0's
        if role == Qt.ItemDataRole.DisplayRole:
            return found.display_name or self.tr("(no name)")
        if role == ContactIdRole:
            return found.id
        if role == SubtitleRole:
            return self._subtitle(found)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(found, index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [found.display_name or self.tr("(no name)"), self._subtitle(found)]
            if found.favourite:
                parts.append(self.tr("favourite"))
            return ", ".join(p for p in parts if p)
        if role == FavouriteRole:
            return found.favourite
        if role == ArchivedRole:
            return found.archived
        if role == HasPhotoRole:
            return found.has_photo
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked twice for every cell painted: the flags are combined once (_ROW_FLAGS).
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    # -- thumbnails ------------------------------------------------------------------------
    def _decoration(self, found: ContactSummary, row: int) -> QIcon | QPixmap:
        if not found.has_photo:
            return self._placeholder
        if found.id in self._thumbnails:
            self._thumbnails.move_to_end(found.id)
            pixmap = self._thumbnails[found.id]
            return pixmap if pixmap is not None else self._placeholder
        self._pending_thumbnails[found.id] = row
        self._thumbnail_timer.start()
        return self._placeholder

    def _load_thumbnails(self) -> None:
        batch = list(self._pending_thumbnails.items())[:THUMBNAILS_PER_PASS]
        for contact_id, row in batch:
            del self._pending_thumbnails[contact_id]
            data = self._book.thumbnail(contact_id)
            pixmap = QPixmap()
            self._thumbnails[contact_id] = pixmap if data and pixmap.loadFromData(data) else None
            while len(self._thumbnails) > CACHED_THUMBNAILS:
                self._thumbnails.popitem(last=False)
            if self._cached_id(row) == contact_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        if self._pending_thumbnails:
            self._thumbnail_timer.start()

    def _cached_id(self, row: int) -> int | None:
        """The id at `row` if its block is cached (never reads the book)."""
        number, offset = divmod(row, self._block_size)
        block = self._blocks.get(number)
        return block[offset].id if block is not None and offset < len(block) else None

    # -- dragging contacts out -------------------------------------------------------------
    @override
    def mimeTypes(self) -> list[str]:
        return [*VCARD_MIME_TYPES, "text/uri-list"]

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged contacts as a vCard 3.0 file (bytes and a file URL)."""
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows or len(rows) > MAX_DRAGGED:
            return mime
        ids = [cid for cid in (self.contact_id(r) for r in rows) if cid is not None]
        if not ids:
            return mime
        from netbook.services.exporting import render  # vCard writer: loaded on first drag

        records = self._book.get_many(ids)
        try:
            data = render(records, "vcard3")
        except KeyError:
            log.warning("no vCard writer is registered; nothing to drag")
            return mime
        names = [r.best_display_name() for r in records]
        path = drag_folder() / vcf_file_name(names, self.tr("%n contact(s)", "", len(records)))
        path.write_bytes(data)
        for mime_type in VCARD_MIME_TYPES:
            mime.setData(mime_type, data)
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        return mime
