"""messages.csv's conversation days gathered on disk a few at a time: the same days, first lines
and words as gathering the whole file at once, in the order the days first appear."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from netbook.formats.linkedin_archive import Kind, LinkedInArchive, messages
from netbook.formats.linkedin_archive import gathered_days as gathered_module
from netbook.formats.linkedin_archive.messages import first_line
from netbook.formats.linkedin_archive.rows import repair_name
from tests.linkedin_archive_files import MESSAGE_HEADER, csv_bytes, message

PEOPLE = [
    ("Ann Lee", "https://www.linkedin.com/in/ann-lee"),
    ("Bob Stone", "https://www.linkedin.com/in/bob-stone"),
    ("Élise Dubois", "https://www.linkedin.com/in/elise-dubois"),
]
OWNER = ("Sam Owner", "https://www.linkedin.com/in/sam-owner")


def scattered_messages(count: int, seed: int) -> list[list[str]]:
    """Messages of a few conversations over a few days, in no order: a day's messages are far
    apart in the file, some at the same minute, some with a subject, some with words only."""
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        conversation = f"conv-{rng.randint(1, 12)}"
        who, url = rng.choice(PEOPLE)
        sender, to = ((who, url), OWNER) if rng.random() < 0.5 else (OWNER, (who, url))
        day = dt.date(2023, 5, rng.randint(1, 6))
        at = f"{day.isoformat()} {rng.randint(8, 9):02d}:{rng.choice([0, 30]):02d}:00 UTC"
        content = rng.choice(["hello", "", "Thanks —\nsee you", "ça va ?", "  padded  "])
        subject = rng.choice(["", "", "Intro", "Ã‰ric"])
        rows.append(
            message(conversation, *sender, *to, at, f"{content} {rng.random():.3f}", subject)
        )
    return rows


def gathered_all_at_once(rows: list[list[str]], keep_text: bool):
    """The days as one pass over the rows in memory gives them: the first-read of the earliest
    messages, in the order the days first appear; the words in the order they were read."""
    days: dict[tuple[str, dt.date], list] = {}
    for conversation, _, sender, _, _, _, at, subject, content, _ in rows:
        key = (conversation, dt.date.fromisoformat(at[:10]))
        line = first_line(subject.strip(), content.strip())
        if key not in days:
            days[key] = [at, line, []]
        elif at < days[key][0]:
            days[key][:2] = at, line
        days[key][2].append((at, repair_name(sender), content.strip()))
    return [
        (key, (at, line, texts if keep_text else None)) for key, (at, line, texts) in days.items()
    ]


def read_days(tmp_path, rows, keep_text: bool):
    path = tmp_path / "messages.csv"
    path.write_bytes(csv_bytes([MESSAGE_HEADER, *rows]))
    with LinkedInArchive(path) as archive:
        [part] = archive.of_kind(Kind.MESSAGES)
        days = archive.message_days(part, keep_text=keep_text)
        found = [(key, (day.first_at, day.first_line, day.texts)) for key, day in days.days.items()]
        assert list(days.days) == [key for key, _ in found]
        assert len(days.days) == len(found)
        return days.messages, found


@pytest.mark.parametrize("keep_text", [False, True], ids=["summary", "text"])
@pytest.mark.parametrize("flush", [(1, 1), (3, 7), (5000, 20_000)], ids=["1", "3", "default"])
def test_days_gathered_in_chunks_are_those_of_the_whole_file(
    tmp_path, monkeypatch, keep_text, flush
):
    """However few days are held before they go to disk, a day read again in a later chunk
    keeps its earliest message (the first read of equals) and all its words."""
    monkeypatch.setattr(messages, "FLUSH_DAYS", flush[0])
    monkeypatch.setattr(messages, "FLUSH_TEXTS", flush[1])
    monkeypatch.setattr(gathered_module, "FETCH_ROWS", 4)
    rows = scattered_messages(400, seed=7)
    count, found = read_days(tmp_path, rows, keep_text)
    assert count == 400
    expected = gathered_all_at_once(rows, keep_text)
    assert len(expected) < count / 4  # each day met many times, across chunks
    assert found == expected


def test_an_earlier_message_in_a_later_chunk_replaces_the_first_line(tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "FLUSH_DAYS", 1)
    ann, owner = PEOPLE[0], OWNER
    rows = [
        message("c1", *ann, *owner, "2023-05-04 18:00:00 UTC", "evening"),
        message("c2", *ann, *owner, "2023-05-04 10:00:00 UTC", "other conversation"),
        message("c1", *ann, *owner, "2023-05-04 09:00:00 UTC", "morning"),
        message("c1", *ann, *owner, "2023-05-04 09:00:00 UTC", "same minute, read later"),
        message("c1", *ann, *owner, "2023-05-04 12:00:00 UTC", "noon"),
    ]
    _, found = read_days(tmp_path, rows, keep_text=False)
    assert [(key, line) for key, (_, line, _) in found] == [
        (("c1", dt.date(2023, 5, 4)), "morning"),
        (("c2", dt.date(2023, 5, 4)), "other conversation"),
    ]


def test_the_gathered_days_are_gone_once_the_archive_is_closed(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_bytes(csv_bytes([MESSAGE_HEADER, *scattered_messages(10, seed=1)]))
    with LinkedInArchive(path) as archive:
        days = archive.message_days(archive.parts[0], keep_text=True)
        assert len(days.days) > 0
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        len(days.days)
