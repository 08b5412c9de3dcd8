"""The state of one card while its properties are read, shared by every property reader.

Reading a card is split by concept: vcard_read_fields (names and single values),
vcard_read_dates, vcard_read_values (emails, phones, addresses, URLs, IM, social profiles),
vcard_read_relations and vcard_read_photo each hold the readers of their properties, and
vcard_reader walks the card and dispatches. They all work on this one object: the record being
built, the card's Apple `itemN.X-ABLabel` lines and which of them a modelled property took, the
single-valued properties already met, and the problems to report. Keeping that state here, below
the readers, lets each reader module stand alone without importing the dispatcher.

A reader (`Handler`) gets the state and a property and returns True when netbook took the
property (or deliberately dropped it); everything else is kept verbatim as an extra property.
"""

from __future__ import annotations

from collections.abc import Callable

from netbook.formats.parsed import Problem
from netbook.formats.vcard.content import Property, unescape
from netbook.formats.vcard.labels import apple_label
from netbook.formats.vcard.lines import RawCard
from netbook.model.values import ContactRecord


def optional(text: str) -> str | None:
    """Empty text and no text are the same in a vCard."""
    return text if text else None


class CardState:
    """One card being read: its record, labels, groups used and problems."""

    def __init__(self, card: RawCard, unicode_file: bool) -> None:
        self.card = card
        self.number = card.number
        self.unicode_file = unicode_file
        self.problems: list[Problem] = list(card.problems)
        self.record = ContactRecord()
        self.labels: dict[str, str] = {}  # group (lower-case) -> its X-ABLabel, escaped
        self.used_groups: set[str] = set()  # groups a modelled property took (and its label)
        self.seen: set[str] = set()  # single-valued properties already read
        self.im_keys: set[tuple[str | None, str]] = set()
        self.is_group = False
        self.members: list[Property] = []
        self.notes: list[str] = []

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.number, line, message, dropped=False))

    def first(self, name: str) -> bool:
        """True the first time `name` is met; later ones are kept as extra properties."""
        if name in self.seen:
            return False
        self.seen.add(name)
        return True

    def group_label(self, prop: Property) -> str | None:
        """The X-ABLabel of the property's group (escaped), marking the label as used."""
        if prop.group is None:
            return None
        key = prop.group.lower()
        label = self.labels.get(key)
        if label is not None:
            self.used_groups.add(key)
        return label

    def label(self, prop: Property, from_types: str | None) -> str | None:
        label = self.group_label(prop)
        if label is not None:
            return apple_label(unescape(label))
        return from_types

    @staticmethod
    def preferred(prop: Property) -> bool:
        return prop.head.preferred()


Handler = Callable[[CardState, Property], bool]
