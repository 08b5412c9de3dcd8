"""Bring a book file to the schema this netbook knows, or refuse it without touching it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from netbook.model.tables import Base
from netbook.store import journal_tables, search_index  # noqa: F401  (journal tables join Base)
from netbook.store.database import check_is_sqlite, read_only_connection
from netbook.store.errors import NotABookError, SchemaTooNewError
from netbook.store.journal_triggers import create_triggers

SCRIPT_LOCATION = "netbook.store:migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


@cache
def _scripts() -> ScriptDirectory:
    """The shipped revision scripts, read once per process (they cannot change while it runs)."""
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "netbook ships at least one migration"
    return head


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
        raise NotABookError(path, str(exc)) from exc


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
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
