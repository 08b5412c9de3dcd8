"""The story written (how-we-met contexts, new interactions) in the import's transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection

from netbook.model.tables import utcnow
from netbook.services.linkedin_archive.story_plan import CHANNEL, PlannedInteraction, Story

# SQLite's page cache while an archive is written, in KiB (a negative cache_size): 170,000
# interactions with random UIDs and their journal rows touch index pages all over the file,
# and with the default 2 MB many of those pages are read again and again (measured at
# 30,000 / 200,000: the interactions' executemany 6.7 s of CPU with 2 MB, 5.5 s with 64 MB).
IMPORT_CACHE_KIB = 32768
# Interactions written per statement (below SQLite's limit of 32,766 parameters in one query).
WRITE_CHUNK = 5000


@contextlib.contextmanager
def roomy_page_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache on `conn` while the archive is written; the usual one after."""
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual)}")


def apply_story(conn: Connection, story: Story, batch_id: int) -> None:
    """Write the story: how-we-met contexts and new interactions, in the caller's transaction.

    The import's journal operation records every row this writes (the store's triggers), so
    undoing the import takes them back with its contacts; nothing is kept here for that.
    """
    now = _stored_stamp(utcnow())
    # executemany on the driver: at 30,000 invitations, statement by statement through the
    # SQL expression layer costs seconds. Empty channel and date only are filled.
    if story.how_met:
        conn.exec_driver_sql(
            "UPDATE contact SET how_met_context = ?,"
            " how_met_channel = CASE WHEN coalesce(how_met_channel, '') = '' THEN ?"
            " ELSE how_met_channel END,"
            " how_met_date = coalesce(how_met_date, ?), updated_at = ? WHERE id = ?",
            [
                (p.context, CHANNEL, p.on.isoformat() if p.on else None, now, p.contact_id)
                for p in story.how_met
            ],
        )
    _insert_interactions(conn, itertools.chain(*story.new_days, story.interactions), batch_id, now)


def _stored_stamp(moment: dt.datetime) -> str:
    """A timestamp as SQLAlchemy stores a DateTime in SQLite (the driver is handed text)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert_interactions(
    conn: Connection, planned: Iterable[PlannedInteraction], batch_id: int, now: str
) -> None:
    """Insert with the driver's executemany: 100,000 conversation days in about a second
    (through the SQL expression layer, its per-row parameter processing costs several).

    A chunk at a time, in the plan's order (so the rows get the same ids as in one go): the
    plans, parameters and ids of one chunk are held at once, not those of every conversation
    day of the archive."""
    remaining = iter(planned)
    while chunk := list(itertools.islice(remaining, WRITE_CHUNK)):
        conn.exec_driver_sql(
            "INSERT INTO interaction"
            " (uid, occurred_on, kind, summary, channel, text, source_batch_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.uid,
                    p.occurred_on.isoformat(),
                    p.kind,
                    p.summary,
                    CHANNEL,
                    p.text,
                    batch_id,
                    now,
                )
                for p in chunk
            ],
        )
        marks = ", ".join("?" * len(chunk))
        ids: dict[str, int] = dict(
            conn.exec_driver_sql(
                f"SELECT uid, id FROM interaction WHERE uid IN ({marks})",
                tuple(p.uid for p in chunk),
            ).all()
        )
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO interaction_participant (interaction_id, contact_id)"
            " VALUES (?, ?)",
            [(ids[p.uid], cid) for p in chunk for cid in p.contact_ids],
        )
