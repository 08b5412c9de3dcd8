"""A vCard file of many cards previewed as the streamed import would import it: nothing written.

The preview of such a file is the streamed import's own pass (services/import_stream), batch
by batch, so its report is the import's and its memory is bounded the same way. Where the
import writes the file's new contacts into the book and later reads them back (a card of a
later batch found by an email an earlier batch's contact holds, or merged into that contact),
the preview keeps them in a scratch file of its own instead (`WrittenScratch`, a temporary
file, deleted when the preview ends), under the ids the import would give them. The
book is only read, in one read transaction (`Database.snapshot`): the preview never takes
the book's write lock, so it neither waits for the window's other writers (a sync, an edit)
nor makes them wait.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from netbook.model.values import ContactRecord
from netbook.services.import_keys import STORED_KINDS, MatchKeys, RecordKeys
from netbook.services.import_plan import FileImportResult
from netbook.services.import_stream import FileCard, StreamedFile
from netbook.store.core_tables import chunks


class WrittenScratch:
    """The contacts a preview would have written: each record, and its stored match keys.

    On disk, in a private temporary folder (0700, removed by `close`), so that a preview of
    any size holds no more than the import, which keeps none of its written contacts: the
    records pickled one after the other in a file (in memory only where each starts, 8 bytes
    a contact), their stored keys (profiles, emails, phones) in a SQLite file, each to the
    first contact that held it.
    (Keeping the keys in memory instead saved ~1.4 s of 16 at 100,000 cards and cost ~40 MB
    there, and 30 MB of the window's import's peak after it.)
    """

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="netbook-preview-")
        self._records = (Path(self._folder.name) / "written.pickle").open("w+b")
        self._starts = array("q")  # where each kept record starts, by id - first id
        self._first = 0
        self._db = sqlite3.connect(Path(self._folder.name) / "keys.sqlite3")
        # A scratch file nobody reads after a crash: no journal, no syncing.
        self._db.executescript(
            """
            PRAGMA journal_mode=OFF;
            PRAGMA synchronous=OFF;
            CREATE TABLE written_key (
                kind TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL,
                PRIMARY KEY (kind, value)
            ) WITHOUT ROWID;
            """
        )

    def add(
        self,
        ids: Sequence[int],
        records: Sequence[ContactRecord],
        keys: Sequence[Sequence[tuple[str, object]]],
    ) -> None:
        """Keep these contacts as written, with the stored keys (kind, value) the book would
        hold for each; `ids` ascending, following the last kept."""
        if not self._starts and ids:
            self._first = ids[0]
        assert not ids or ids[0] == self._first + len(self._starts)
        self._records.seek(0, os.SEEK_END)
        for record in records:
            self._starts.append(self._records.tell())
            pickle.dump(record, self._records, pickle.HIGHEST_PROTOCOL)
        # Ids come in ascending: the first holder of a key, kept, is the lowest id.
        self._db.executemany(
            "INSERT OR IGNORE INTO written_key (kind, value, id) VALUES (?, ?, ?)",
            [
                (kind, value, cid)
                for cid, held in zip(ids, keys, strict=True)
                for kind, value in held
            ],
        )

    def keys(self, all_keys: Sequence[RecordKeys]) -> MatchKeys:
        """As `import_keys.written_keys`: the kept contacts holding these keys, each value to
        the lowest id."""
        found = MatchKeys()
        for kind in STORED_KINDS:
            wanted = sorted({str(v) for keys in all_keys for v in keys[kind]})
            table = getattr(found, kind)
            for chunk in chunks(wanted):
                marks = ", ".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT value, id FROM written_key WHERE kind = ? AND value IN ({marks})",
                    [kind, *chunk],
                )
                table.update((value, int(cid)) for value, cid in rows)
        return found

    def record(self, cid: int) -> ContactRecord:
        """A kept contact, as it was kept (a copy of its own)."""
        self._records.seek(self._starts[cid - self._first])
        record = pickle.load(self._records)
        assert isinstance(record, ContactRecord)
        return record

    def close(self) -> None:
        self._records.close()
        self._db.close()
        self._folder.cleanup()


@dataclass(slots=True)
class PreviewedFile(StreamedFile):
    """One vCard file's streamed import, planned and never written (see the module)."""

    scratch: WrittenScratch = field(default_factory=WrittenScratch)

    def run(self) -> FileImportResult:
        try:
            return StreamedFile.run(self)
        finally:
            self.scratch.close()

    def _store_new(self, records: list[ContactRecord]) -> list[int]:
        # The ids the import would give them: the next after the book's and the file's last.
        first = self.book.last_id + len(self.new_ids) + 1
        ids = list(range(first, first + len(records)))
        # Before `_forget` takes them: every stored key the book would hold for each.
        held = [
            self.assigned.get(i, [])
            for i in range(len(self.new_ids), len(self.new_ids) + len(records))
        ]
        self.scratch.add(ids, records, held)
        return ids

    def _written_keys(self, maybe: list[RecordKeys]) -> MatchKeys:
        return self.scratch.keys(maybe)

    def _read_back(self, cid: int) -> ContactRecord:
        return self.scratch.record(cid)

    def _put_away(self, card: FileCard) -> None:
        # A preview never applies a card again (it keeps no fingerprints): nothing to keep.
        card.record = None

    def _finish(self) -> FileImportResult:
        self._plan_the_end()  # the tags it would link change no count
        return self.result()
