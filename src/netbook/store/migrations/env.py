"""Alembic environment: netbook always hands in its own connection (see store.migrate)."""

from __future__ import annotations

from alembic import context

from netbook.model.tables import Base
from netbook.store.search_index import is_search_table


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 table and its shadow tables are made by raw DDL, not by the ORM metadata.
    return not (type_ == "table" and name is not None and is_search_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
