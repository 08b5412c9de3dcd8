"""netbook's own data as X-NETBOOK-* vCard properties, and back.

The story netbook keeps about a contact (how we met, who introduced us, meeting in person,
interactions, opportunities, the keep-in-touch cadence, favourite, archived) has no standard
vCard property. It travels as these properties, so that exporting a book and importing the file
gives back the same book; other clients keep or ignore X- properties. Every value is structured
like ADR: components separated by `;`, each escaped as vCard text (so any text survives), dates
as ISO `YYYY-MM-DD`, an empty component meaning "not set". docs/vcard.md is the reference.

    X-NETBOOK-HOW-MET:<channel>;<date>;<place>;<context>
    X-NETBOOK-INTRODUCED-BY:<uid>;<name>
    X-NETBOOK-MET-IN-PERSON:<TRUE|FALSE>;<date>;<place>
    X-NETBOOK-KEEP-IN-TOUCH:<days>
    X-NETBOOK-FAVOURITE:TRUE
    X-NETBOOK-ARCHIVED:TRUE
    X-NETBOOK-INTERACTION:<date>;<kind>;<summary>;<uid>;<with uid>,<with uid>,...
    X-NETBOOK-OPPORTUNITY:<kind>;<title>;<date>;<outcome>;<note>;<uid>;<introducer uid>

This module works on plain-text components; escaping is the vCard writer's and reader's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from netbook.model.values import ContactRecord, HowMet, InteractionValue, OpportunityValue

PREFIX = "X-NETBOOK-"
HOW_MET = "X-NETBOOK-HOW-MET"
INTRODUCED_BY = "X-NETBOOK-INTRODUCED-BY"
MET_IN_PERSON = "X-NETBOOK-MET-IN-PERSON"
KEEP_IN_TOUCH = "X-NETBOOK-KEEP-IN-TOUCH"
FAVOURITE = "X-NETBOOK-FAVOURITE"
ARCHIVED = "X-NETBOOK-ARCHIVED"
INTERACTION = "X-NETBOOK-INTERACTION"
OPPORTUNITY = "X-NETBOOK-OPPORTUNITY"
MAX_CADENCE_DAYS = 36_500
# Servers that do not know X-NETBOOK-* keep them as plain text and re-escape them, which
# turns a `;` or `,` inside a component into a separator (Radicale does). Components holding
# one of these characters are therefore written percent-encoded, marked by this parameter.
PERCENT_PARAM = "X-NETBOOK-ENCODING"
PERCENT = "PERCENT"
_UNSAFE = re.compile(r"[%;,\\\r\n]")
_UNSAFE_IN_PERCENT_MODE = re.compile(r"[;,\\\r\n]")
_PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")

# A component is text, or (only for the participants of an interaction) a list of texts.
Component = str | list[str]


class NetbookValueError(ValueError):
    """An X-NETBOOK-* value netbook cannot read (a bad date or number); the message says why."""


def needs_percent(parts: Sequence[Component]) -> bool:
    """Whether a property's components hold a character a text re-escaping would confuse."""
    texts = [t for p in parts for t in (p if isinstance(p, list) else [p])]
    return any(_UNSAFE_IN_PERCENT_MODE.search(t) for t in texts)


def percent_encode(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"%{ord(m.group(0)):02X}", text)


def percent_decode(text: str) -> str:
    return _PERCENT_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def _text(value: str | None) -> str:
    return value or ""


def netbook_properties(record: ContactRecord) -> list[tuple[str, list[Component]]]:
    """The X-NETBOOK-* properties for `record`, as (name, plain-text components)."""
    props: list[tuple[str, list[Component]]] = []
    how = record.how_met
    if not how.is_empty():
        props.append(
            (
                HOW_MET,
                [_text(how.channel), _date_text(how.date), _text(how.place), _text(how.context)],
            )
        )
    if record.introduced_by_uid or record.introduced_by_name:
        props.append(
            (INTRODUCED_BY, [_text(record.introduced_by_uid), _text(record.introduced_by_name)])
        )
    if record.met_in_person or record.met_in_person_date or record.met_in_person_place:
        props.append(
            (
                MET_IN_PERSON,
                [
                    "TRUE" if record.met_in_person else "FALSE",
                    _date_text(record.met_in_person_date),
                    _text(record.met_in_person_place),
                ],
            )
        )
    if record.keep_in_touch_days is not None:
        props.append((KEEP_IN_TOUCH, [str(record.keep_in_touch_days)]))
    if record.favourite:
        props.append((FAVOURITE, ["TRUE"]))
    if record.archived:
        props.append((ARCHIVED, ["TRUE"]))
    for item in record.interactions:
        props.append(
            (
                INTERACTION,
                [
                    item.occurred_on.isoformat(),
                    item.kind,
                    item.summary,
                    _text(item.uid),
                    list(item.with_uids),
                ],
            )
        )
    for opp in record.opportunities:
        props.append(
            (
                OPPORTUNITY,
                [
                    opp.kind,
                    opp.title,
                    _date_text(opp.occurred_on),
                    _text(opp.outcome),
                    _text(opp.note),
                    _text(opp.uid),
                    _text(opp.introducer_uid),
                ],
            )
        )
    return props


def _parts(components: list[str], count: int) -> list[str]:
    return (components + [""] * count)[:count]


def _optional(text: str) -> str | None:
    return text or None


def _date(text: str, what: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise NetbookValueError(f"{what} has an impossible date {text.strip()!r}") from None


def _flag(text: str, what: str) -> bool:
    """A boolean component: TRUE or FALSE in any case (vCard 4.0's BOOLEAN), empty for not set.

    Any other word ("yes", "1", "maybe") is refused rather than guessed at: netbook never
    writes one, so it comes from a hand-edited or foreign file whose meaning is unknown.
    """
    value = text.strip().upper()
    if value == "TRUE":
        return True
    if value in ("FALSE", ""):
        return False
    raise NetbookValueError(f"{what} is {text.strip()[:20]!r}, neither TRUE nor FALSE")


def _how_met(record: ContactRecord, parts: list[str]) -> None:
    channel, date, place, context = _parts(parts, 4)
    record.how_met = HowMet(
        _optional(channel), _date(date, "how we met"), _optional(place), _optional(context)
    )


def _introduced_by(record: ContactRecord, parts: list[str]) -> None:
    uid, name = _parts(parts, 2)
    record.introduced_by_uid = _optional(uid)
    record.introduced_by_name = _optional(name)


def _met_in_person(record: ContactRecord, parts: list[str]) -> None:
    flag, date, place = _parts(parts, 3)
    # Both read before either is set: an unreadable value leaves out the whole property.
    met, when = _flag(flag, "met in person"), _date(date, "met in person")
    record.met_in_person, record.met_in_person_date = met, when
    record.met_in_person_place = _optional(place)


def cadence_days(text: str) -> int:
    """A keep-in-touch cadence in days, read from untrusted text.

    Bounded: a number SQLite cannot store (or a date sum cannot reach) would abort a whole
    import, and no one keeps in touch less than once a century.
    """
    text = text.strip()
    try:
        days = int(text)
    except ValueError:
        raise NetbookValueError(
            f"the keep-in-touch cadence {text!r} is not a number of days"
        ) from None
    if not 0 < days <= MAX_CADENCE_DAYS:
        raise NetbookValueError(
            f"the keep-in-touch cadence {text[:20]!r} is not between 1 and {MAX_CADENCE_DAYS} days"
        )
    return days


def _keep_in_touch(record: ContactRecord, parts: list[str]) -> None:
    record.keep_in_touch_days = cadence_days(_parts(parts, 1)[0])


def _favourite(record: ContactRecord, parts: list[str]) -> None:
    record.favourite = _flag(_parts(parts, 1)[0], "favourite")


def _archived(record: ContactRecord, parts: list[str]) -> None:
    record.archived = _flag(_parts(parts, 1)[0], "archived")


def _opportunity(record: ContactRecord, parts: list[str]) -> None:
    kind, title, date, outcome, note, uid, introducer = _parts(parts, 7)
    record.opportunities.append(
        OpportunityValue(
            kind=kind,
            title=title,
            occurred_on=_date(date, "an opportunity"),
            outcome=_optional(outcome),
            note=_optional(note),
            uid=_optional(uid),
            introducer_uid=_optional(introducer),
        )
    )


_READERS: dict[str, Callable[[ContactRecord, list[str]], None]] = {
    HOW_MET: _how_met,
    INTRODUCED_BY: _introduced_by,
    MET_IN_PERSON: _met_in_person,
    KEEP_IN_TOUCH: _keep_in_touch,
    FAVOURITE: _favourite,
    ARCHIVED: _archived,
    OPPORTUNITY: _opportunity,
}


def is_netbook_property(name: str) -> bool:
    """Whether netbook reads `name` itself (an unknown X-NETBOOK-* is kept as an extra)."""
    return name in _READERS or name == INTERACTION


def read_netbook_property(
    record: ContactRecord, name: str, parts: list[str], participants: list[str]
) -> None:
    """Apply one X-NETBOOK-* property's components to `record`.

    `participants` is the interaction's last component split as a list (the caller splits it,
    because only it knows the escaping).

    Raises:
        NetbookValueError: a date or number in the value cannot be read.
    """
    if name == INTERACTION:
        date, kind, summary, uid = _parts(parts, 4)
        occurred = _date(date, "an interaction")
        if occurred is None:
            raise NetbookValueError("an interaction has no date")
        record.interactions.append(
            InteractionValue(
                occurred_on=occurred,
                kind=kind,
                summary=summary,
                uid=_optional(uid),
                with_uids=[p for p in participants if p],
            )
        )
        return
    _READERS[name](record, parts)
