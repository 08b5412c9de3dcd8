"""Names written two ways join a duplicate group; ambiguous short names join nobody."""

from __future__ import annotations

from netbook.services.duplicates import find_duplicates
from netbook.services.similar_names import covers
from tests.conftest import person


def test_covers_initials_and_missing_middle_names():
    assert covers(("a",), ("ann",))
    assert covers(("ann",), ("ann", "b"))
    assert covers(("a", "b"), ("ann", "beth"))
    assert not covers(("ann",), ("annie",))  # a different name, not an initial
    assert not covers(("ann",), ("ann",))
    assert not covers(("ann", "b"), ("ann",))
    assert not covers((), ("ann",))


def test_initial_and_middle_name_variants_are_grouped(book):
    a = book.add(person("A.", "Lee"))
    ann = book.add(person("Ann", "Lee"))
    ann_b = book.add(person("Ann", "Lee", additional_names="B."))
    bo = book.add(person("Bo", "Chen"))
    bo_jr = book.add(person("Bo Wei", "Chen"))
    book.add(person("Bob", "Chen"))  # "Bo" is not an initial of "Bob": left alone
    groups = {g.ids: g for g in find_duplicates(book.database)}
    assert set(groups) == {(a, ann, ann_b), (bo, bo_jr)}
    assert any(r.startswith("similar names") for r in groups[(bo, bo_jr)].reasons)


def test_an_initial_fitting_two_different_people_joins_nobody(book):
    book.add(person("A.", "Lee"))
    book.add(person("Ann", "Lee"))
    book.add(person("Amy", "Lee"))
    book.add(person("Ann", "Li"))  # another family name
    assert find_duplicates(book.database) == []
