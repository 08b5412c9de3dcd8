"""The readers built once per file from the header: values by position, read as before.

The Google and LinkedIn readers read each row's cells by position from one cleaned list
(formats/csv/slots.py) instead of asking for columns by name; these tests hold that list to
what `values.cell` makes of each cell, on every row of every sample file and on the odd cells
that take its careful path, and check the shortcuts the readers take (a value from either of
two columns, an address's one-line form, a date or a Labels cell read once per file).
"""

from __future__ import annotations

import csv
import io

import pytest

from netbook.formats.csv.reading import read_csv
from netbook.formats.csv.slots import Slots
from netbook.formats.csv.sniff import find_layout
from netbook.formats.csv.table import RUNAWAY_QUOTE, Columns, read_records
from netbook.formats.csv.text import decode, physical_lines
from netbook.formats.csv.values import cell
from netbook.model.values import Address
from tests.conftest import DATA

CSV = DATA / "csv"
# Every sample with data rows (linkedin_no_rows.csv has none).
SAMPLES = sorted(p.name for p in CSV.glob("*.csv") if p.name != "linkedin_no_rows.csv")


def table(name: str) -> tuple[list[str], list[list[str]]]:
    """A sample's header and the cells of its data rows."""
    lines = physical_lines(decode((CSV / name).read_bytes()).text)
    layout = find_layout(lines)
    assert layout is not None
    records = read_records(lines, layout.data_start, layout.delimiter, len(layout.header))
    return layout.header, [r.cells for r in records if r.error is None]


def as_cells_read(cells: list[str], width: int) -> list[str]:
    """What `Row.at` gives for each of the header's positions: the reference reading."""
    return [cell(cells[p]) if p < len(cells) and cells[p] else "" for p in range(width)]


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("name", SAMPLES)
def test_slot_values_are_each_cell_as_the_readers_read_it(name):
    header, rows = table(name)
    slots = Slots(Columns(header))
    assert rows
    for cells in rows:
        values = slots.values(cells)
        assert values[: len(header)] == as_cells_read(cells, len(header))
        assert values[slots.missing] == ""


def test_slot_values_of_odd_cells_short_and_long_rows():
    header, rows = table("google_current.csv")
    odd = [" padded ", "'=1+1", "'\tx", "a\r\nb", "c\rd", "O'Brien", "'", "  ", "''quoted"]
    slots = Slots(Columns(header))
    for cells in rows:
        for start in range(len(odd)):
            changed = list(cells)
            changed[start : start + len(odd)] = odd
            for variant in (changed, changed[:7], [*changed, "surplus"]):
                values = slots.values(variant)
                assert values[: len(header)] == as_cells_read(variant, len(header))
                assert len(values) == len(header) + 1


def test_a_value_named_by_two_columns_comes_from_the_first_filled():
    header, rows = table("google_current.csv")
    # A file with both layouts' given-name columns: "First Name" first, "Given Name" if empty.
    first = header.index("First Name")
    widened = [*header, "Given Name"]
    bob, plumber = rows[1], rows[2]
    result = read_csv(csv_bytes(widened, [[*bob, "Robert"], [*plumber, "Pat"]]))
    assert [r.given_name for r in result.records] == ["Bob", "Pat"]
    assert plumber[first] == ""
    slots = Slots(Columns(widened))
    at = slots.of([first, len(header)])
    assert at > slots.missing  # a slot of its own, filled per row
    assert [slots.values(c)[at] for c in ([*bob, "Robert"], [*plumber, "Pat"])] == ["Bob", "Pat"]


def test_an_address_with_only_its_one_line_form_and_several_of_one_label():
    header, rows = table("google_current.csv")
    chloe = list(rows[0])
    parts = ("Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address")
    only_formatted = list(chloe)
    for part in parts:
        only_formatted[header.index(f"Address 1 - {part}")] = ""
    two = list(chloe)
    two[header.index("Address 1 - Label")] = "* Home"
    two[header.index("Address 1 - City")] = "Lyon ::: Paris"
    two[header.index("Address 1 - Country")] = "France"
    result = read_csv(csv_bytes(header, [only_formatted, two]))
    formatted = chloe[header.index("Address 1 - Formatted")].replace("\r\n", "\n")
    assert result.records[0].addresses == [Address(street=formatted, label="work")]
    assert result.records[1].addresses == [
        Address(
            street="12 rue de l'Exemple",
            locality="Lyon",
            postal_code="69002",
            country="France",
            label="home",
            preferred=True,
        ),
        Address(locality="Paris", label="home"),
    ]


def test_rows_with_the_same_labels_get_tags_of_their_own():
    header, rows = table("google_current.csv")
    result = read_csv(csv_bytes(header, [rows[0], rows[0]]))
    first, second = result.records
    assert first.tags == second.tags == ["Clients", "Lyon 2022"]
    assert first.favourite
    assert second.favourite
    first.tags.append("edited")
    assert second.tags == ["Clients", "Lyon 2022"]


def test_linkedin_dates_read_once_still_give_every_row_its_date_and_warning():
    data = (CSV / "linkedin_connections.csv").read_bytes()
    head, _, rows = data.partition(b"Connected On\n")
    doubled = head + b"Connected On\n" + rows + rows
    result = read_csv(doubled)
    dates = [r.how_met.date for r in result.records]
    assert dates[: len(dates) // 2] == dates[len(dates) // 2 :]
    assert dates[0] is not None
    assert dates[0].isoformat() == "2019-03-15"
    warned = [p.card for p in result.problems if "'Connected On' date 'yesterday'" in p.message]
    assert warned == [7, 14]


def test_a_quoted_note_over_several_lines_is_no_runaway_quote():
    result = read_csv((CSV / "google_current.csv").read_bytes())
    assert all(p.message != RUNAWAY_QUOTE for p in result.problems)
    assert result.records[0].note is not None
    assert "\n" in result.records[0].note
    ragged = read_csv((CSV / "ragged.csv").read_bytes())
    assert any(p.message == RUNAWAY_QUOTE for p in ragged.problems)
