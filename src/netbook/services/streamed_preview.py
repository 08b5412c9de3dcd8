"""A vCard file of many cards previewed as the streamed import would import it: nothing written.

The preview of such a file is the streamed import's own pass (services/import_stream), batch
by batch, so its report is the import's and its memory is bounded the same way. Where the
import writes the file's new contacts into the book and later reads them back (a card of a
later batch found by an email an earlier batch's contact holds, or merged into that contact),
the preview keeps them in a scratch file of its own instead (`WrittenScratch`, a temporary
SQLite file, deleted when the preview ends), under the ids the import would give them. The
book is only read, in one read transaction (`Database.snapshot`): the preview never takes
the book's write lock, so it neither waits for the window's other writers (a sync, an edit)
nor makes them wait.
"""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from netbook.model.values import ContactRecord
from netbook.services.import_keys import STORED_KINDS, MatchKeys, RecordKeys, record_keys
from netbook.services.import_plan import FileImportResult
from netbook.services.import_stream import StreamedFile
from netbook.store.core_tables import chunks


class WrittenScratch:
    """The contacts a preview would have written: each record, and its stored match keys.

    On disk, not in memory, so that a preview of any size holds what the import holds. The
    file is private (a 0700 temporary folder) and removed by `close`.
    """

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="netbook-preview-")
        self._db = sqlite3.connect(Path(self._folder.name) / "written.sqlite3")
        # A scratch file nobody reads after a crash: no journal, no syncing.
        self._db.executescript(
            """
            PRAGMA journal_mode=OFF;
            PRAGMA synchronous=OFF;
            CREATE TABLE record (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
            CREATE TABLE written_key (kind TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL);
            CREATE INDEX written_key_value ON written_key (kind, value, id);
            """
        )

    def add(self, ids: Sequence[int], records: Sequence[ContactRecord]) -> None:
        """Keep these contacts as written (their keys as the book would store them)."""
        self._db.executemany(
            "INSERT INTO record (id, data) VALUES (?, ?)",
            [
                (cid, pickle.dumps(r, pickle.HIGHEST_PROTOCOL))
                for cid, r in zip(ids, records, strict=True)
            ],
        )
        keys: list[tuple[str, str, int]] = []
        for cid, record in zip(ids, records, strict=True):
            found = record_keys(record)
            keys += [(kind, str(v), cid) for kind in STORED_KINDS for v in found[kind]]
        self._db.executemany("INSERT INTO written_key (kind, value, id) VALUES (?, ?, ?)", keys)

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
                    f"SELECT value, min(id) FROM written_key WHERE kind = ? AND value IN ({marks})"
                    " GROUP BY value",
                    [kind, *chunk],
                )
                table.update((value, int(cid)) for value, cid in rows)
        return found

    def record(self, cid: int) -> ContactRecord:
        """A kept contact, as it was kept."""
        [(data,)] = self._db.execute("SELECT data FROM record WHERE id = ?", [cid])
        record = pickle.loads(data)
        assert isinstance(record, ContactRecord)
        return record

    def close(self) -> None:
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
        self.scratch.add(ids, records)
        return ids

    def _written_keys(self, maybe: list[RecordKeys]) -> MatchKeys:
        return self.scratch.keys(maybe)

    def _read_back(self, cid: int) -> ContactRecord:
        return self.scratch.record(cid)

    def _finish(self) -> FileImportResult:
        self._plan_the_end()  # the tags it would link change no count
        return self.result()
