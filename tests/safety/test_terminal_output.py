"""Promise 9: nothing stored can drive the terminal (docs/reliability.md, section 9).

A book full of a stranger's escape sequences (ESC colour and OSC title codes, C0 and C1
controls, bidi overrides) goes through every command that prints text, as a real subprocess:
no such character reaches stdout or stderr raw, and `--json` still gives back every character
exactly as stored.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from netbook.model.values import HowMet, InteractionValue, LabelledValue
from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database
from tests.conftest import person
from tests.safety.support import netbook

ESC_NAME = "Eve \x1b[31mRed\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://evil.example\x1b\\link"
BIDI_ORG = "Acme \u202egnp.exe\u202c \u2066isolated\u2069"
C1_TITLE = "Boss \x9b2J \x85 \x90dcs\x9c"
C0_NOTE = "line\rover\x08\x07\x00written\x7f"
BIDI_TAG = "tag\u200f\u061c"
TODAY = "2026-12-01"


def unsafe_characters(text: str) -> list[str]:
    """Characters that can drive a terminal: controls (but newline and tab) and bidi marks."""
    bidi = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    return [
        f"U+{ord(c):04X}"
        for c in text
        if (unicodedata.category(c) == "Cc" and c not in "\n\t") or c in bidi or c in "\u2028\u2029"
    ]


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "book.sqlite3"
    database = open_database(path)
    try:
        book = AddressBook(database)
        introducer, eve, _twin = book.add_many(
            [
                person(
                    "Ivan",
                    "\x1b[5mBlink",
                    organization=BIDI_ORG,
                    uid="urn:uuid:ivan",
                    keep_in_touch_days=30,
                ),
                person(
                    "Eve",
                    "Hostile",
                    display_name=ESC_NAME,
                    organization=BIDI_ORG,
                    title=C1_TITLE,
                    note=C0_NOTE,
                    tags=[BIDI_TAG, "\x1b[2Jclear"],
                    emails=[LabelledValue("eve\x1b[8m@evil.example", "\x9bwork")],
                    phones=[LabelledValue("+1 617 555 0100\x1b[1A", "cell")],
                    how_met=HowMet("event\x1b[0m", dt.date(2020, 1, 2), "Pla\u202ece", "ctx\x07"),
                    introduced_by_uid="urn:uuid:ivan",
                    introduced_by_name="Ivan \x1b[5mBlink",
                    met_in_person=True,
                    keep_in_touch_days=7,
                    uid="urn:uuid:eve\x1b[31m",
                ),
                person(
                    "Eve",
                    "Hostile",
                    display_name=ESC_NAME,
                    emails=[LabelledValue("eve\x1b[8m@evil.example")],
                ),
            ]
        )
        book.add(
            person(
                "Olga",
                "Other",
                organization="Acme",
                interactions=[
                    InteractionValue(
                        dt.date(2026, 1, 5),
                        "meeting",
                        "Lunch with \x1b[31mEve\u202e",
                        with_uids=["urn:uuid:eve\x1b[31m"],
                    )
                ],
            )
        )
        assert introducer
        assert eve
    finally:
        database.close()
    return path


def _text_commands(book: Path) -> dict[str, list[str]]:
    return {
        "list": ["list"],
        "list query": ["list", "eve"],
        "list archived": ["list", "--archived"],
        "show by id": ["show", "2"],
        "show by uid": ["show", "urn:uuid:eve\x1b[31m"],
        "show unknown": ["show", "nobody\x1b[31m\u202e"],
        "stats": ["stats", "--today", TODAY],
        "duplicates": ["duplicates"],
        "introducers": ["introducers", "acme", "--today", TODAY],
        "reach-out": ["reach-out", "--today", TODAY],
        "import dry run": ["import", "--dry-run", str(book)],
    }


def test_no_text_output_carries_a_control_character(hostile_book):
    for name, command in _text_commands(hostile_book).items():
        result = netbook("--db", str(hostile_book), *command)
        assert "Traceback" not in result.stderr, (name, result.stderr)
        assert unsafe_characters(result.stdout) == [], (name, result.stdout)
        assert unsafe_characters(result.stderr) == [], (name, result.stderr)
    shown = netbook("--db", str(hostile_book), "show", "2").stdout
    assert "\\u001b[31mRed" in shown  # escaped, so the user still sees what is stored
    assert "\\u202e" in shown
    listed = netbook("--db", str(hostile_book), "list").stdout
    assert all(line.count("\t") <= 2 for line in listed.splitlines())  # no forged columns


def test_a_value_cannot_forge_lines_in_list_output(tmp_path):
    path = tmp_path / "book.sqlite3"
    database = open_database(path)
    try:
        AddressBook(database).add(person("Mal", "Lory", display_name="Mal\n99\tAdmin\r\nRoot"))
    finally:
        database.close()
    listed = netbook("--db", str(path), "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("\n") == 1
    assert "Mal\\u000a99\\u0009Admin\\u000d\\u000aRoot" in listed.stdout


@pytest.mark.parametrize(
    "command",
    [["list", "--json"], ["show", "2", "--json"], ["export", "--format", "json"]],
)
def test_json_output_is_exact_and_still_safe(hostile_book, command):
    result = netbook("--db", str(hostile_book), *command)
    assert result.returncode == 0, result.stderr
    # JSON's own \\u escapes: safe on a terminal, and a JSON reader gets the stored text back.
    assert unsafe_characters(result.stdout) == []
    data = json.loads(result.stdout)
    eve = next(c for c in (data if isinstance(data, list) else [data]) if c["title"] == C1_TITLE)
    assert eve["display_name"] == ESC_NAME
    assert eve["organization"] == BIDI_ORG
    assert eve["note"] == C0_NOTE
    assert sorted(eve["tags"]) == sorted([BIDI_TAG, "\x1b[2Jclear"])
    assert eve["emails"][0]["value"] == "eve\x1b[8m@evil.example"
    assert eve["how_met"]["place"] == "Pla\u202ece"


def test_stats_and_reach_out_json_are_exact(hostile_book):
    reach = json.loads(
        netbook("--db", str(hostile_book), "reach-out", "--json", "--today", TODAY).stdout
    )
    assert ESC_NAME in {entry["name"] for entry in reach}
    found = json.loads(
        netbook("--db", str(hostile_book), "introducers", "acme", "--json", "--today", TODAY).stdout
    )
    assert any("\x1b" in entry["name"] or "\u202e" in str(entry) for entry in found)
