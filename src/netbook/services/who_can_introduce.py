"""Who can introduce me? The contacts closest to a company or a person, best first.

For a company: the people who work there, then those linked to them (who introduced them,
whom they introduced, relations), and people who used to work there (a job change the
importer recorded). For a person: their introducer, the people they introduced, their
relations, their colleagues, and people who shared an interaction with them; a person who is
only named in the book (a relation or an introducer written as text) counts too.

Each link carries a weight (docs/network.md lists them); a candidate's score is the sum of its
links plus a closeness bonus (met in person, in touch this year, favourite). Only active
contacts are suggested. Everything is a handful of indexed queries, bounded by TARGET_LIMIT.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, select, text

from netbook.model.tables import interaction_participant
from netbook.model.text import fold
from netbook.model.vocabulary import CHANGED_JOB, SYMMETRIC_RELATIONS
from netbook.services.interactions import last_contact_of
from netbook.store.core_tables import chunks, contact_t, interaction_t, relation_t
from netbook.store.search_index import FTS_TABLE, match_expression

# At most this many companies' employees / matching people are looked at.
TARGET_LIMIT = 500

WORKS_THERE = 100
INTRODUCED_TARGET = 80  # introduced you to the person
RELATION_OF_TARGET = 70
COLLEAGUE_OF_TARGET = 60
USED_TO_WORK_THERE = 60
INTRODUCED_INSIDER = 60  # introduced you to someone who works there
INTRODUCED_BY_TARGET = 50
RELATION_OF_INSIDER = 50
INTERACTION_WITH_TARGET = 40
INTRODUCED_BY_INSIDER = 30
BONUS_MET = 15
BONUS_RECENT = 10
BONUS_FAVOURITE = 5
RECENT_DAYS = 365


@dataclass(frozen=True, slots=True)
class IntroductionCandidate:
    id: int
    name: str
    organization: str | None
    title: str | None
    reasons: tuple[str, ...]  # strongest first: "works at Acme", "introduced you to ..."
    score: int


@dataclass(frozen=True, slots=True)
class _Person:
    id: int
    name: str
    organization: str | None
    title: str | None

    def with_org(self) -> str:
        return f"{self.name} ({self.organization})" if self.organization else self.name


class _Reasons:
    def __init__(self, excluded: Iterable[int] = ()) -> None:
        self.by_id: dict[int, dict[str, int]] = defaultdict(dict)
        self.excluded = set(excluded)

    def add(self, contact_id: int | None, reason: str, weight: int) -> None:
        if contact_id is None or contact_id in self.excluded:
            return
        known = self.by_id[contact_id]
        known[reason] = max(weight, known.get(reason, 0))


def _fts_ids(conn: Connection, column: str, expression: str) -> list[int]:
    stmt = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m LIMIT :limit")
    return [
        int(r[0])
        for r in conn.execute(
            stmt, {"m": f"{{{column}}} : ({expression})", "limit": TARGET_LIMIT * 4}
        )
    ]


def _people(conn: Connection, ids: Sequence[int], *, active_only: bool) -> list[_Person]:
    found: list[_Person] = []
    for chunk in chunks(sorted(set(ids))):
        stmt = select(
            contact_t.c.id, contact_t.c.display_name, contact_t.c.organization, contact_t.c.title
        ).where(contact_t.c.id.in_(chunk), contact_t.c.kind != "organization")
        if active_only:
            stmt = stmt.where(contact_t.c.archived_at.is_(None))
        found.extend(
            _Person(r.id, r.display_name, r.organization, r.title) for r in conn.execute(stmt)
        )
    found.sort(key=lambda p: p.id)
    return found[:TARGET_LIMIT]


def _relation_phrase(kind: str, other: str, forward: bool) -> str:
    words = kind.strip().lower().replace("_", " ") or "contact"
    if forward or words in SYMMETRIC_RELATIONS:
        return f"{words} of {other}"
    return f"linked to {other} ({words})"


def _links(
    conn: Connection, targets: dict[int, _Person], reasons: _Reasons, *, company: bool
) -> None:
    """Introducers, introducees and relations of each target."""
    ids = sorted(targets)
    for chunk in chunks(ids):
        for cid, introducer in conn.execute(
            select(contact_t.c.id, contact_t.c.introduced_by_id).where(
                contact_t.c.id.in_(chunk), contact_t.c.introduced_by_id.is_not(None)
            )
        ):
            target = targets[cid]
            if company:
                reasons.add(
                    introducer, f"introduced you to {target.with_org()}", INTRODUCED_INSIDER
                )
            else:
                reasons.add(introducer, f"introduced you to {target.name}", INTRODUCED_TARGET)
        for cid, introducer in conn.execute(
            select(contact_t.c.id, contact_t.c.introduced_by_id).where(
                contact_t.c.introduced_by_id.in_(chunk)
            )
        ):
            target = targets[introducer]
            if company:
                reasons.add(
                    cid, f"was introduced to you by {target.with_org()}", INTRODUCED_BY_INSIDER
                )
            else:
                reasons.add(cid, f"was introduced to you by {target.name}", INTRODUCED_BY_TARGET)
        weight = RELATION_OF_INSIDER if company else RELATION_OF_TARGET
        for owner, kind, related in conn.execute(
            select(
                relation_t.c.contact_id, relation_t.c.kind, relation_t.c.related_contact_id
            ).where(
                relation_t.c.contact_id.in_(chunk), relation_t.c.related_contact_id.is_not(None)
            )
        ):
            # The target's card says `related` is their <kind>: related is <kind> of target.
            name = targets[owner].with_org() if company else targets[owner].name
            reasons.add(related, _relation_phrase(kind, name, forward=True), weight)
        for owner, kind, related in conn.execute(
            select(
                relation_t.c.contact_id, relation_t.c.kind, relation_t.c.related_contact_id
            ).where(relation_t.c.related_contact_id.in_(chunk))
        ):
            name = targets[related].with_org() if company else targets[related].name
            reasons.add(owner, _relation_phrase(kind, name, forward=False), weight)


def _colleagues(conn: Connection, targets: dict[int, _Person], reasons: _Reasons) -> None:
    by_org: dict[str, list[_Person]] = defaultdict(list)
    for person in targets.values():
        if person.organization and person.organization.strip():
            by_org[person.organization.strip().lower()].append(person)
    orgs = sorted(by_org)
    for chunk in chunks(orgs):
        for cid, organization in conn.execute(
            select(contact_t.c.id, contact_t.c.organization)
            .where(
                func.lower(func.trim(contact_t.c.organization)).in_(chunk),
                contact_t.c.kind != "organization",
            )
            .limit(TARGET_LIMIT * 4)
        ):
            for person in by_org[organization.strip().lower()]:
                if person.id != cid:
                    reasons.add(
                        cid,
                        f"works with {person.name} at {person.organization}",
                        COLLEAGUE_OF_TARGET,
                    )


def _shared_interactions(conn: Connection, targets: dict[int, _Person], reasons: _Reasons) -> None:
    mine = interaction_participant.alias("mine")
    theirs = interaction_participant.alias("theirs")
    for chunk in chunks(sorted(targets)):
        for target, other, kind, occurred in conn.execute(
            select(
                mine.c.contact_id,
                theirs.c.contact_id,
                interaction_t.c.kind,
                func.max(interaction_t.c.occurred_on),
            )
            .join(
                theirs,
                and_(
                    theirs.c.interaction_id == mine.c.interaction_id,
                    theirs.c.contact_id != mine.c.contact_id,
                ),
            )
            .join(interaction_t, interaction_t.c.id == mine.c.interaction_id)
            .where(mine.c.contact_id.in_(chunk))
            .group_by(mine.c.contact_id, theirs.c.contact_id, interaction_t.c.kind)
        ):
            when = occurred.isoformat() if isinstance(occurred, dt.date) else str(occurred)
            reasons.add(
                other, f"{kind} with {targets[target].name} ({when})", INTERACTION_WITH_TARGET
            )


def _words_match(words: list[str], value: str | None) -> bool:
    """Every query word starts a word of `value` (folded), as the search field matches."""
    if not value:
        return False
    tokens = fold(value).replace("-", " ").split()
    return all(any(t.startswith(w) for t in tokens) for w in words)


def _named_only(conn: Connection, words: list[str], reasons: _Reasons) -> None:
    """People the book knows only by name: a relation or an introducer written as text."""
    like = [func.lower(relation_t.c.related_name).like(f"%{w}%") for w in words]
    for owner, kind, name in conn.execute(
        select(relation_t.c.contact_id, relation_t.c.kind, relation_t.c.related_name)
        .where(
            relation_t.c.related_contact_id.is_(None), relation_t.c.related_name.is_not(None), *like
        )
        .limit(TARGET_LIMIT * 4)
    ):
        if _words_match(words, name):
            reasons.add(owner, _relation_phrase(kind, name, forward=True), RELATION_OF_TARGET)
    like = [func.lower(contact_t.c.introduced_by_name).like(f"%{w}%") for w in words]
    for cid, name in conn.execute(
        select(contact_t.c.id, contact_t.c.introduced_by_name)
        .where(contact_t.c.introduced_by_id.is_(None), *like)
        .limit(TARGET_LIMIT * 4)
    ):
        if _words_match(words, name):
            reasons.add(cid, f"was introduced to you by {name}", INTRODUCED_BY_TARGET)


def _former_employees(conn: Connection, words: list[str], reasons: _Reasons) -> None:
    """Job changes the importer recorded as "title at Old → title at New"."""
    like = [func.lower(interaction_t.c.summary).like(f"%{w}%") for w in words]
    for cid, summary in conn.execute(
        select(interaction_participant.c.contact_id, interaction_t.c.summary)
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(interaction_t.c.kind == CHANGED_JOB, *like)
        .limit(TARGET_LIMIT * 4)
    ):
        before, _, after = summary.partition("→")
        if _words_match(words, before) and not _words_match(words, after):
            place = before.strip().rsplit(" at ", 1)[-1]
            reasons.add(cid, f"used to work at {place}", USED_TO_WORK_THERE)


@dataclass(frozen=True, slots=True)
class _Candidate:
    person: _Person
    sort_key: str
    bonus: int


def _candidates(conn: Connection, ids: Sequence[int], today: dt.date) -> dict[int, _Candidate]:
    """The active ones among `ids`, with their closeness bonus."""
    since = today - dt.timedelta(days=RECENT_DAYS)
    found: dict[int, _Candidate] = {}
    for chunk in chunks(sorted(ids)):
        for row in conn.execute(
            select(
                contact_t.c.id,
                contact_t.c.display_name,
                contact_t.c.organization,
                contact_t.c.title,
                contact_t.c.met_in_person,
                contact_t.c.favourite,
                contact_t.c.sort_key,
                last_contact_of(contact_t).label("last"),
            ).where(contact_t.c.id.in_(chunk), contact_t.c.archived_at.is_(None))
        ):
            bonus = BONUS_MET if row.met_in_person else 0
            if row.last is not None and row.last >= since:
                bonus += BONUS_RECENT
            if row.favourite:
                bonus += BONUS_FAVOURITE
            person = _Person(row.id, row.display_name, row.organization, row.title)
            found[row.id] = _Candidate(person, row.sort_key, bonus)
    return found


def who_can_introduce(
    conn: Connection, query: str, today: dt.date, limit: int = 20
) -> list[IntroductionCandidate]:
    """The contacts best placed to introduce you to a company or a person, best first."""
    expression = match_expression(query)
    words = fold(query).replace("-", " ").split()
    if expression is None or not words:
        return []
    insiders = {
        p.id: p for p in _people(conn, _fts_ids(conn, "organization", expression), active_only=True)
    }
    people = {p.id: p for p in _people(conn, _fts_ids(conn, "name", expression), active_only=False)}
    # You already know the person you asked about; they are not their own introduction.
    reasons = _Reasons(excluded=set(people) - set(insiders))
    for person in insiders.values():
        title = f" ({person.title})" if person.title else ""
        reasons.add(person.id, f"works at {person.organization}{title}", WORKS_THERE)
    if insiders:
        _links(conn, insiders, reasons, company=True)
    _former_employees(conn, words, reasons)
    if people:
        _links(conn, people, reasons, company=False)
        _colleagues(conn, people, reasons)
        _shared_interactions(conn, people, reasons)
    _named_only(conn, words, reasons)

    details = _candidates(conn, list(reasons.by_id), today)
    ranked: list[tuple[int, str, IntroductionCandidate]] = []
    for cid, found in reasons.by_id.items():
        detail = details.get(cid)
        if detail is None or not found:
            continue
        ordered = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        score = sum(found.values()) + detail.bonus
        candidate = IntroductionCandidate(
            id=cid,
            name=detail.person.name,
            organization=detail.person.organization,
            title=detail.person.title,
            reasons=tuple(reason for reason, _ in ordered),
            score=score,
        )
        ranked.append((-score, detail.sort_key, candidate))
    ranked.sort(key=lambda item: (item[0], item[1], item[2].id))
    return [candidate for _, _, candidate in ranked[:limit]]
