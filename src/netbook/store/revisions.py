"""Which schema a book file is at, and which this netbook ships: read without SQLAlchemy.

The window reads a book's stamp before it loads SQLAlchemy (services/first_page.py): a
current book paints its first page with plain sqlite3; any other goes through
store/migrate.py first.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path

from netbook.store.book_file import check_is_sqlite, read_only_connection
from netbook.store.errors import (
    BookIOError,
    NotABookError,
    SchemaTooNewError,
    is_not_a_database,
    storage_error,
)

# The two lines Alembic itself reads from every revision script.
_REVISION = re.compile(r'^revision = "(?P<id>[^"]+)"$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision = (?:"(?P<id>[^"]+)"|None)$', re.MULTILINE)


@cache
def _revisions() -> dict[str, str | None]:
    """Each shipped revision and the one it follows, read from the scripts' own `revision =`
    and `down_revision =` lines once per process (tests/store/test_opening.py checks that
    Alembic reads the same chain)."""
    chain: dict[str, str | None] = {}
    for script in (resources.files("netbook.store.migrations") / "versions").iterdir():
        if not (script.name.endswith(".py") and script.name[:1].isdigit()):
            continue
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        assert revision is not None, f"{script.name} names its revision"
        assert down is not None, f"{script.name} names the revision it follows"
        chain[revision["id"]] = down["id"]
    return chain


def known_revisions() -> set[str]:
    return set(_revisions())


def head_revision() -> str:
    chain = _revisions()
    heads = set(chain) - set(chain.values())
    assert len(heads) == 1, f"netbook ships one line of migrations, not {sorted(heads)}"
    return heads.pop()


def stored_revision(path: Path) -> str | None:
    """The revision stamped in an existing file, read without any chance of writing to it."""
    check_is_sqlite(path)
    if path.stat().st_size == 0:
        return None
    try:
        conn = read_only_connection(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotABookError(path, "it has tables but no netbook schema version")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # A full disk or an I/O error is not a damaged book: say what really happened.
        if not is_not_a_database(exc):
            raise storage_error(exc, path) or BookIOError(path, "cannot read it") from exc
        raise NotABookError(path, "it is not an SQLite database, or it is damaged") from exc


def refuse_unknown_revision(path: Path) -> str | None:
    """Raise SchemaTooNewError when the file was written by a newer netbook; else its revision."""
    current = stored_revision(path)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(path, current)
    return current
