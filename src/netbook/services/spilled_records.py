"""Records an import keeps for the end of a file, on disk instead of in memory.

The streamed import (services/import_stream) keeps each card that carries its book contact's
UID until the end of the file, where it may apply the card again to learn whether its
fingerprint can skip it next time. A re-import of 100,000 cards from a file of another name
(fingerprints are per file name) matches every book contact: those records alone were
hundreds of MB. Most are never needed again (a contact one card left unchanged is proven
without it), so they wait here: pickled one after the other into an anonymous temporary file
(unlinked at once: nothing is left behind, whatever happens), only where each starts in memory.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from typing import IO

from netbook.model.values import ContactRecord


class SpilledRecords:
    """Records put away by number (where each starts) and read back on demand."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None

    def put(self, record: ContactRecord) -> int:
        """Keep `record` (as it is now); returns the number to read it back with."""
        if self._file is None:
            # Open for the whole file's import, across calls: `close` (or the collector)
            # ends it, and the file has no name to leave behind.
            self._file = tempfile.TemporaryFile(prefix="netbook-import-")  # noqa: SIM115
        self._file.seek(0, os.SEEK_END)
        where = self._file.tell()
        pickle.dump(record, self._file, pickle.HIGHEST_PROTOCOL)
        return where

    def get(self, where: int) -> ContactRecord:
        """A copy of the record kept at `where`."""
        assert self._file is not None
        self._file.seek(where)
        record = pickle.load(self._file)
        assert isinstance(record, ContactRecord)
        return record

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
