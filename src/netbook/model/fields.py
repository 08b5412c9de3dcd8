"""A contact's single-valued fields, declared once.

Each `ScalarField` is a `ContactRecord` attribute, a column of the contact table and a key of
the JSON export, all of the same name. The store's row mapping (store/contact_rows.py,
store/contact_loading.py), the merges (services/merging.py, services/incoming_merge.py), the
search index and JSON take their lists from `SCALAR_FIELDS`; the vCard and CSV mappings, whose
property and column names belong to their formats, are keyed by these names, and
tests/model/test_fields.py checks that every declared field is carried by each of them. A new
field is one line here, its column in model/tables.py (with a migration) and its attribute in
model/values.py, plus what each format calls it.

The story of a connection (how we met, who introduced us, the cadence) has merge rules of its
own (the user's story is never overwritten by a file) and is not declared here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScalarField:
    """One single value of a contact and how each layer treats it."""

    name: str
    # The values a file may differ on change together in groups (services/incoming_merge.py);
    # None for a value that is joined rather than replaced (the note).
    group: str | None
    # When a duplicate is folded in and its value differs, it is written into the kept note.
    # Not for the parts of a name (the display name tells them) or for what is not a value.
    listed_when_merged: bool = True
    # The column of the search index it is found under (store/search_index.py), or None.
    search: str | None = None


_NAME = "name"
_PHONETIC = "phonetic_name"

SCALAR_FIELDS: tuple[ScalarField, ...] = (
    ScalarField("kind", "kind", listed_when_merged=False),
    ScalarField("display_name", _NAME, search="name"),
    ScalarField("prefix", _NAME, listed_when_merged=False, search="name"),
    ScalarField("given_name", _NAME, listed_when_merged=False, search="name"),
    ScalarField("additional_names", _NAME, listed_when_merged=False, search="name"),
    ScalarField("family_name", _NAME, listed_when_merged=False, search="name"),
    ScalarField("suffix", _NAME, listed_when_merged=False, search="name"),
    ScalarField("nickname", "nickname", search="name"),
    # How the name is read (Apple's and Android's X-PHONETIC-*, a Japanese phone's
    # SOUND;X-IRMC-N) and how it sorts (vCard 4.0's SORT-AS): docs/vcard.md.
    ScalarField("phonetic_given_name", _PHONETIC, listed_when_merged=False, search="name"),
    ScalarField("phonetic_family_name", _PHONETIC, listed_when_merged=False, search="name"),
    ScalarField("sort_as", _PHONETIC, listed_when_merged=False, search="name"),
    ScalarField("organization", "organization", search="organization"),
    ScalarField("department", "department", search="organization"),
    ScalarField("title", "title", search="title"),
    ScalarField("role", "role", search="title"),
    ScalarField("birthday", "birthday"),
    ScalarField("anniversary", "anniversary"),
    ScalarField("gender", "gender"),
    ScalarField("note", None, listed_when_merged=False, search="note"),
)
SCALAR_NAMES: tuple[str, ...] = tuple(f.name for f in SCALAR_FIELDS)

# The single values a merge replaces (the note is joined instead).
REPLACED_SCALARS: tuple[str, ...] = tuple(f.name for f in SCALAR_FIELDS if f.group is not None)

# The groups of single values a file may differ on, in the order they are shown.
SCALAR_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (group, tuple(f.name for f in SCALAR_FIELDS if f.group == group))
    for group in dict.fromkeys(f.group for f in SCALAR_FIELDS if f.group is not None)
)


def searched_under(column: str) -> tuple[str, ...]:
    """The fields the search index finds under `column`, in their declared order."""
    return tuple(f.name for f in SCALAR_FIELDS if f.search == column)
