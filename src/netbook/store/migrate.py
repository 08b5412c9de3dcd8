"""Bring a book file to the schema this netbook knows, or refuse it without touching it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from netbook.model.tables import Base
from netbook.store import journal_tables, search_index  # noqa: F401  (journal tables join Base)
from netbook.store.database import check_is_sqlite, read_only_connection
from netbook.store.errors import (
    BookIOError,
    NotABookError,
    SchemaTooNewError,
    is_not_a_database,
    storage_error,
)
from netbook.store.journal_triggers import create_triggers

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "netbook.store:migrations"
# The two lines Alembic itself reads from every revision script.
_REVISION = re.compile(r'^revision = "(?P<id>[^"]+)"$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision = (?:"(?P<id>[^"]+)"|None)$', re.MULTILINE)


def alembic_config() -> Config:
    # Alembic is loaded only to create or upgrade a book: its imports (Mako, Pygments) cost
    # about 0.3 s, which every start of the window and of a command paid for nothing.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


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


def create_new(conn: Connection) -> None:
    """A new book: every table at head, the search index, and the head stamp."""
    Base.metadata.create_all(conn)
    create_triggers(conn)
    conn.execute(text(search_index.CREATE_FTS))
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.stamp(config, "head")


def migrate(
    engine: Engine, current: str | None, before_upgrade: Callable[[], object] | None = None
) -> None:
    """Create a new book at head, or upgrade one stamped `current` (a known revision: the
    caller has already refused unknown ones with `refuse_unknown_revision`, before any
    connection that could write was opened).

    `before_upgrade` is called (with no arguments) only when an existing book really needs an
    upgrade, so that the caller can take a verified backup first.
    """
    if current is None:
        with engine.begin() as conn:
            if not inspect(conn).get_table_names():
                create_new(conn)
                return
    if current == head_revision():
        return
    if before_upgrade is not None:
        before_upgrade()
    from alembic import command

    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
