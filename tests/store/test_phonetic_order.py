"""Names sort and are found by how they are read (docs/vcard.md, phonetic names)."""

from __future__ import annotations

from netbook.model.values import ContactRecord
from tests.conftest import person


def _japanese(family: str, given: str, reading: tuple[str, str]) -> ContactRecord:
    return ContactRecord(
        family_name=family,
        given_name=given,
        phonetic_family_name=reading[0],
        phonetic_given_name=reading[1],
    )


def test_the_list_orders_names_by_their_reading(book):
    book.add_many(
        [
            _japanese("山田", "太郎", ("やまだ", "たろう")),
            _japanese("佐藤", "花子", ("サトウ", "ハナコ")),
            _japanese("高橋", "健二", ("ﾀｶﾊｼ", "ｹﾝｼﾞ")),  # a feature phone's half-width kana
            person("Aoi", "Ito"),
            ContactRecord(family_name="van der Harten", given_name="Rene", sort_as="Harten,Rene"),
        ]
    )
    shown = [s.display_name for s in book.page(0, 10)]
    # Kanji would put 佐藤 (U+4F50) before 山田 (U+5C71) before 高橋 (U+9AD8); the readings
    # give さ, た, や, written in hiragana, katakana or half-width alike.
    assert shown == ["Rene van der Harten", "Aoi Ito", "花子 佐藤", "健二 高橋", "太郎 山田"]


def test_typing_the_reading_finds_the_person(book):
    yamada = book.add(_japanese("山田", "太郎", ("やまだ", "たろう")))
    takahashi = book.add(_japanese("高橋", "健二", ("ﾀｶﾊｼ", "ｹﾝｼﾞ")))
    assert [s.id for s in book.search("やまだ")] == [yamada]
    # Full-width katakana finds the half-width reading a feature phone wrote.
    assert [s.id for s in book.search("タカハシ")] == [takahashi]
    assert [s.id for s in book.search("山田")] == [yamada]


def test_a_sort_string_is_found_too(book):
    suzuki = book.add(
        ContactRecord(family_name="鈴木", given_name="一郎", sort_as="すずき,いちろう")
    )
    assert [s.id for s in book.search("すずき")] == [suzuki]
