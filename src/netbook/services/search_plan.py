"""How a search over the FTS5 index is counted and how its first pages are read.

A page of a list in name (or date added) order is read by walking the active contacts' index
in that order and testing each contact, when many qualify (AddressBook._many_candidates). A
search tests a contact in one of two ways:

- against the set of every contact the expression matches (`fts_rowids`): SQLite reads the
  prefix's doclist and builds that set whole before the walk starts, ~0.1-0.2 us a match,
  10-20 ms for a one-letter prefix at 100,000 contacts;
- by asking the index about that one contact (`fts_contains`): ~30-100 us a contact, since
  each probe seeks the term in every segment of the index, but only for the contacts walked.

Probing wins when the search matches much of the book and the page is short: a page of
`rows` walks about rows / share contacts, so probing costs ~rows * size / matched probes where
the set costs `matched` entries (`probes_pay`), and each of its terms must be one the index
keeps prefixes of (a longer prefix makes every probe merge all the terms that start with it).
It is tried over a bounded window of the walk (`probe_window`), so a match spread unevenly
over the alphabet costs at most that window before the set is built after all. Both ways
select the same contacts: the choice changes the cost, never the rows. docs/performance.md
has the measured figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    exists,
    func,
    literal,
    literal_column,
    select,
    text,
)

from netbook.store.core_tables import contact_t
from netbook.store.search_index import CREATE_FTS, FTS_TABLE

# A probe costs about as much as this many matches put in the set (30-50 us against ~0.1 us
# in the generated 100,000-contact book, 10-20 us in an imported one): see `probes_pay`.
PROBE_COST_IN_MATCHES = 400
# Never probe a search matching less of the book than this: the window of the walk
# (PROBE_WINDOW_PER_ROW) would too often hold too few matches, and the set is built after all.
MIN_PROBE_SHARE = 0.4
# The walk probes at most this many contacts for each row wanted: 1.6 times what a match of
# MIN_PROBE_SHARE needs on average (2.5), so an uneven spread still fits before the set is
# built (at 40-43 % of the book a 19-row window held enough; at 35 % it sometimes did not).
PROBE_WINDOW_PER_ROW = 4
# Pages that end further down than this build the set: probes grow with the rows above.
PROBE_MAX_ROWS = 256

_TERM = re.compile(r'"((?:[^"]|"")*)"')  # a quoted term of a MATCH expression


def _longest_indexed_prefix() -> int:
    """The longest prefix the index keeps a doclist of (store/search_index.py's CREATE_FTS
    says `prefix = '1 2 3'`), read from there so the two cannot disagree."""
    sizes = re.search(r"prefix\s*=\s*'([\d ]+)'", CREATE_FTS)
    return max((int(n) for n in sizes.group(1).split()), default=0) if sizes else 0


INDEXED_PREFIX = _longest_indexed_prefix()


def fts_rowids(match: str) -> Select[tuple[object, ...]]:
    """The ids of the contacts (archived too) an FTS expression matches."""
    return (
        select(literal_column("rowid"))
        .select_from(text(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :match").bindparams(match=match))
    )


def fts_contains(match: str) -> ColumnElement[bool]:
    """Whether the FTS expression matches the contact of the enclosing query's row (one look
    into the index for that row; the same contacts as `contact.id IN fts_rowids(match)`)."""
    return exists(
        select(literal(1))
        .select_from(text(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :match").bindparams(match=match))
        .where(literal_column(f"{FTS_TABLE}.rowid") == contact_t.c.id)
    )


def match_count(conn: Connection, match: str) -> int:
    """How many contacts, archived ones too, the FTS expression matches (counted from the
    doclist alone: ~3 ms for a one-letter prefix at 100,000 contacts)."""
    sql = text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match")
    return int(conn.execute(sql, {"match": match}).scalar_one())


@dataclass(frozen=True, slots=True)
class SearchCount:
    """A search's active matches and, for choosing its page's plan, the book's size."""

    matched: int
    book_size: int


def count_matches(conn: Connection, match: str) -> SearchCount:
    """How many active contacts the FTS expression matches, and about how many the book has
    (the largest id, read from the end of the table: counting them costs a pass of an index).

    One statement. With archived contacts in the book the doclist is counted with each match
    tested against their ids (they are few): one pass over the matches, ~0.1 us each, where
    building the set of matches to test the archived against costs two to three times that.
    `+rowid` keeps that test a plain expression, out of the index's plan.
    """
    sql = text(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM contact WHERE archived_at IS NOT NULL)"
        f" THEN (SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
        " AND +rowid NOT IN (SELECT id FROM contact WHERE archived_at IS NOT NULL))"
        f" ELSE (SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match) END,"
        " (SELECT max(id) FROM contact)"
    )
    matched, largest = conn.execute(sql, {"match": match}).one()
    return SearchCount(int(matched), int(largest or 0))


def book_size(conn: Connection) -> int:
    """About how many contacts the book holds (see `count_matches`)."""
    return int(conn.execute(select(func.max(contact_t.c.id))).scalar() or 0)


def probes_pay(match: str, matched: int, size: int, rows_wanted: int) -> bool:
    """Whether a page ending `rows_wanted` rows down is best read by probing (see the module's
    docstring): the page is near the top, every term is a prefix the index keeps, and the
    search matches at least MIN_PROBE_SHARE of the book and enough that its probes, about
    rows_wanted * size / matched of them, cost less than its set of `matched`:
    matched ** 2 >= PROBE_COST_IN_MATCHES * rows_wanted * size. At 100,000 contacts that is
    half the book for a 64-row page (the share once fixed for every page), 40 % for the
    screenful a keystroke reads first; a small book's set is cheap, and it is not probed."""
    if rows_wanted > PROBE_MAX_ROWS or size <= 0 or matched < MIN_PROBE_SHARE * size:
        return False
    if matched * matched < PROBE_COST_IN_MATCHES * rows_wanted * size:
        return False
    terms = [term.replace('""', '"') for term in _TERM.findall(match)]
    return bool(terms) and all(len(term) <= INDEXED_PREFIX for term in terms)


def probe_window(rows_wanted: int) -> int:
    """How many contacts of the walk a probing page may look at before giving up."""
    return PROBE_WINDOW_PER_ROW * rows_wanted
