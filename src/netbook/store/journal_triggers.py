"""SQLite triggers that copy every write of a journaled table into journal_change.

Every INSERT, UPDATE and DELETE of these tables is recorded in the writing transaction, tagged
with the operation in journal_recording, so no write path can forget to record what it did.
The triggers name each column, so a migration that changes a journaled table's columns (or
rebuilds it, as Alembic's batch mode does) must call `create_triggers` again; a test checks
that the triggers at head match the tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

# Every table that holds something the user sees. Not the journal itself, not the search index
# (rebuilt from these tables after a replay), not Alembic's stamp.
JOURNALED_TABLES = (
    "contact",
    "email_address",
    "phone_number",
    "postal_address",
    "web_link",
    "social_profile",
    "instant_message",
    "relation",
    "photo",
    "extra_property",
    "tag",
    "contact_tag",
    "interaction",
    "interaction_participant",
    "opportunity",
    "saved_search",
    "import_batch",
)
_ACTIONS = {"insert": "I", "update": "U", "delete": "D"}
# SQLite's default limit on a function's arguments is 127: json_object takes two per column.
_PAIRS_PER_OBJECT = 60


@dataclass(frozen=True, slots=True)
class TableShape:
    """What the journal needs to know of a table: its columns, which hold bytes, its rowid."""

    name: str
    columns: tuple[str, ...]
    blob_columns: frozenset[str]
    # True when the table's integer primary key is its rowid; otherwise the image carries
    # "rowid" as well, so a deleted row comes back under the same rowid.
    rowid_is_column: bool
    contact_column: str | None

    @property
    def image_keys(self) -> tuple[str, ...]:
        return self.columns if self.rowid_is_column else ("rowid", *self.columns)


def table_shape(conn: Connection, name: str) -> TableShape:
    info = conn.execute(text(f'PRAGMA table_info("{name}")')).all()
    columns = tuple(str(row[1]) for row in info)
    pk = [row for row in info if row[5]]
    rowid_alias = len(pk) == 1 and str(pk[0][2]).upper() == "INTEGER"
    contact = "id" if name == "contact" else ("contact_id" if "contact_id" in columns else None)
    return TableShape(
        name=name,
        columns=columns,
        blob_columns=frozenset(str(r[1]) for r in info if "BLOB" in str(r[2]).upper()),
        rowid_is_column=rowid_alias,
        contact_column=contact,
    )


def _value(shape: TableShape, alias: str, column: str) -> str:
    ref = f'{alias}."{column}"' if column != "rowid" else f"{alias}.rowid"
    if column in shape.blob_columns:
        return f"CASE WHEN {ref} IS NULL THEN NULL ELSE hex({ref}) END"
    return ref


def image_sql(shape: TableShape, alias: str) -> str:
    """An SQL expression: the JSON image of the row `alias` (every column, blobs as hex)."""
    pairs = [f"'{key}', {_value(shape, alias, key)}" for key in shape.image_keys]
    objects = [
        "json_object(" + ", ".join(pairs[i : i + _PAIRS_PER_OBJECT]) + ")"
        for i in range(0, len(pairs), _PAIRS_PER_OBJECT)
    ]
    image = objects[0]
    for more in objects[1:]:
        image = f"json_patch({image}, {more})"
    return image


def trigger_name(table: str, event: str) -> str:
    return f"journal_{table}_{event}"


def trigger_sql(shape: TableShape, event: str) -> str:
    """The CREATE TRIGGER statement recording `event` (insert, update, delete) on the table."""
    row = "old" if event == "delete" else "new"
    contact = f"{row}.{shape.contact_column}" if shape.contact_column else "NULL"
    old = image_sql(shape, "old") if event != "insert" else "NULL"
    # An insert records only its rowid: undo deletes by rowid and keeps the row's image then,
    # for redo; so a 100k import does not pay for 100k images it will probably never need.
    new = image_sql(shape, "new") if event == "update" else "NULL"
    return (
        f"CREATE TRIGGER {trigger_name(shape.name, event)} AFTER {event.upper()} ON {shape.name}"
        " WHEN coalesce((SELECT operation_id FROM journal_recording), -1) <> 0"
        " BEGIN INSERT INTO journal_change"
        " (operation_id, table_name, row_id, action, contact_id, old, new) VALUES ("
        f"(SELECT operation_id FROM journal_recording), '{shape.name}', {row}.rowid,"
        f" '{_ACTIONS[event]}', {contact}, {old}, {new}); END"
    )


def expected_triggers(conn: Connection) -> dict[str, str]:
    """Trigger name -> SQL, as they must be for the tables as they are now."""
    found = {}
    for table in JOURNALED_TABLES:
        shape = table_shape(conn, table)
        for event in _ACTIONS:
            found[trigger_name(table, event)] = trigger_sql(shape, event)
    return found


def create_triggers(conn: Connection) -> None:
    """(Re)create every journal trigger from the tables' current columns."""
    drop_triggers(conn)
    for sql in expected_triggers(conn).values():
        conn.execute(text(sql))


def drop_triggers(conn: Connection) -> None:
    for table in JOURNALED_TABLES:
        for event in _ACTIONS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}"))
