"""Bring a book file to the schema this netbook knows, or refuse it without touching it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from netbook.model.tables import Base
from netbook.store import journal_tables, search_index  # noqa: F401  (journal tables join Base)
from netbook.store.journal_triggers import create_triggers

# Re-exported: reading the stamp moved to revisions.py, which needs no SQLAlchemy.
from netbook.store.revisions import head_revision as head_revision
from netbook.store.revisions import known_revisions as known_revisions
from netbook.store.revisions import refuse_unknown_revision as refuse_unknown_revision
from netbook.store.revisions import stored_revision as stored_revision

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "netbook.store:migrations"


def alembic_config() -> Config:
    # Alembic is loaded only to create or upgrade a book: its imports (Mako, Pygments) cost
    # about 0.3 s, which every start of the window and of a command paid for nothing.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


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
