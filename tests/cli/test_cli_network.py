"""`stats`, `reach-out` and `introducers` through a real subprocess, as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database
from tests.cli.test_cli import netbook
from tests.services.network_book import build

AS_OF = ("--today", "2026-06-15")


@pytest.fixture
def network_db(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "cli" / "book.sqlite3"
    db = open_database(path)
    net = build(AddressBook(db))
    ids = {name: getattr(net, name) for name in ("ann", "bob", "cat", "dan", "eve", "fay")}
    db.close()
    return path, ids


def test_stats_json(network_db):
    path, ids = network_db
    result = netbook("--db", str(path), "stats", "--json", *AS_OF)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert (stats["total"], stats["archived"], stats["met_in_person"]) == (6, 1, 3)
    assert stats["by_channel"]["linkedin"] == 2
    assert stats["by_country"]["United States"] == 2
    assert stats["growth"][-1] == {"month": "2026-06", "added": 1, "total": 6}
    assert stats["top_introducers"][0] == {"id": ids["ann"], "name": "Ann Archer", "introduced": 2}
    assert stats["opportunities"]["total"] == 4
    assert stats["opportunities"]["by_kind"]["speaking"] == 1
    assert stats["opportunities"]["by_outcome"]["open"] == 1
    assert (stats["dormant"], stats["reach_out_due"], stats["birthdays_next_30_days"]) == (3, 3, 2)


def test_stats_text(network_db):
    path, _ = network_db
    result = netbook("--db", str(path), "stats", *AS_OF)
    assert result.returncode == 0, result.stderr
    assert "total: 6" in result.stdout
    assert "  linkedin: 2" in result.stdout
    assert "  2026-06: +1 = 6" in result.stdout
    assert "  Ann Archer: 2" in result.stdout


def test_reach_out(network_db):
    path, ids = network_db
    result = netbook("--db", str(path), "reach-out", "--json", *AS_OF)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert [(e["id"], e["days_overdue"]) for e in entries] == [
        (ids["fay"], 352),
        (ids["bob"], 276),
        (ids["ann"], 15),
    ]
    assert entries[-1] == {
        "id": ids["ann"],
        "name": "Ann Archer",
        "organization": "Acme Corp",
        "cadence_days": 30,
        "last_contact": "2026-05-01",
        "due_on": "2026-05-31",
        "days_overdue": 15,
    }
    text = netbook("--db", str(path), "reach-out", *AS_OF).stdout.splitlines()
    assert (
        text[0]
        == f"{ids['fay']}\tFay Fox\t352 days overdue (every 14 days, last contact 2025-06-14)"
    )


def test_introducers(network_db):
    path, ids = network_db
    result = netbook("--db", str(path), "introducers", "Acme", "--json", *AS_OF)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [c["id"] for c in found] == [ids["ann"], ids["fay"], ids["bob"], ids["eve"]]
    assert found[0]["reasons"] == ["works at Acme Corp (CTO)"]
    assert found[0]["score"] == 125
    text = netbook("--db", str(path), "introducers", "cat carter", *AS_OF).stdout
    assert text.splitlines()[0] == f"{ids['bob']}\tBob Baker\tintroduced you to Cat Carter"


def test_introducers_with_no_match_prints_nothing(network_db):
    path, _ = network_db
    result = netbook("--db", str(path), "introducers", "Nobody Inc", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_a_bad_date_is_a_usage_error(network_db):
    path, _ = network_db
    result = netbook("--db", str(path), "reach-out", "--today", "2026-02-30")
    assert result.returncode == 2
    assert "is not a date" in result.stderr
    assert "Traceback" not in result.stderr
