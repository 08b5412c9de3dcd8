"""Open a book file: create it safely, refuse what we must not touch, migrate, hand it out."""

from __future__ import annotations

from pathlib import Path

from netbook.store.backup import backup
from netbook.store.book_file import refuse_special_file as refuse_special_file  # re-exported
from netbook.store.database import Database, make_engine, prepare_file
from netbook.store.migrate import migrate, refuse_unknown_revision


def open_database(path: Path) -> Database:
    """The book at `path`, created at head if new, upgraded (after a backup) if older.

    Raises StoreError subclasses, with a message fit for the user, before writing anything to a
    file that is not a book or was written by a newer netbook.
    """
    path = path.expanduser()
    if path.exists():
        refuse_special_file(path)
        current = refuse_unknown_revision(path)  # read-only probe: nothing written yet
    else:
        prepare_file(path)
        current = None
    engine = make_engine(path)
    try:
        migrate(engine, current, before_upgrade=lambda: backup(engine, path, "before-upgrade"))
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path)
