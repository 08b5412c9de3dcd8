"""Phonetic names and sort strings as Apple, Android, Japanese phones and vCard 4.0 write them.

docs/vcard.md, "Phonetic names and sort strings": X-PHONETIC-FIRST/LAST-NAME and a feature
phone's SOUND;X-IRMC-N become the phonetic names; N's SORT-AS (4.0) and SORT-STRING (3.0) the
sort strings. 3.0 writes X-PHONETIC-* (what Apple and Android read) and SORT-STRING, 4.0 the
same phonetic lines and SORT-AS on N; what was read comes back.
"""

from __future__ import annotations

import dataclasses

import pytest

from netbook.formats.vcard import read_vcards, write_vcards
from netbook.model.values import ContactRecord
from tests.conftest import DATA

PHONETIC = DATA / "vcards" / "phonetic"


def _read(name: str) -> list[ContactRecord]:
    result = read_vcards((PHONETIC / name).read_bytes())
    assert result.problems == []
    return result.records


def _names(record: ContactRecord) -> tuple[str | None, ...]:
    return (
        record.family_name,
        record.given_name,
        record.phonetic_family_name,
        record.phonetic_given_name,
        record.sort_as,
    )


def test_apple_phonetic_names():
    (taro,) = _read("apple_phonetic.vcf")
    assert _names(taro) == ("山田", "太郎", "やまだ", "たろう", None)
    assert taro.extra_properties == []


def test_android_phonetic_names_and_an_empty_middle_kept_as_written():
    (hanako,) = _read("android_phonetic.vcf")
    assert _names(hanako) == ("佐藤", "花子", "サトウ", "ハナコ", None)
    # netbook has no phonetic middle name: the line is kept and written back as it was.
    assert [x.name for x in hanako.extra_properties] == ["X-PHONETIC-MIDDLE-NAME"]
    assert "X-PHONETIC-MIDDLE-NAME:" in write_vcards([hanako], "3.0")


def test_a_feature_phone_reading_in_shift_jis_and_quoted_printable():
    kenji, misaki = _read("feature_phone_irmc.vcf")
    assert _names(kenji) == ("高橋", "健二", "ﾀｶﾊｼ", "ｹﾝｼﾞ", None)
    assert _names(misaki) == ("伊藤", "美咲", "ｲﾄｳ", "ﾐｻｷ", None)
    assert [x.name for x in kenji.extra_properties] == ["X-CLASS"]


def test_vcard4_sort_as_on_n():
    rene, ichiro = _read("v4_sort_as.vcf")
    assert _names(rene) == ("van der Harten", "Rene", None, None, "Harten,Rene")
    assert _names(ichiro) == ("鈴木", "一郎", None, None, "すずき,いちろう")


def test_a_sound_that_is_a_recording_stays_an_extra_property():
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nSOUND;VALUE=uri:https://example.org/a.ogg\r\nEND:VCARD\r\n"
    (ann,) = read_vcards(card).records
    assert ann.phonetic_family_name is None
    assert [x.name for x in ann.extra_properties] == ["SOUND"]


def test_x_phonetic_wins_over_sound_when_both_are_there():
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nSOUND;TYPE=X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;;\r\n"
        "X-PHONETIC-LAST-NAME:やまだ\r\nEND:VCARD\r\n"
    ).encode()
    (taro,) = read_vcards(card).records
    assert (taro.phonetic_family_name, taro.phonetic_given_name) == ("やまだ", "ﾀﾛｳ")


@pytest.mark.parametrize(
    "name",
    ["apple_phonetic.vcf", "android_phonetic.vcf", "feature_phone_irmc.vcf", "v4_sort_as.vcf"],
)
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_what_was_read_comes_back(name, version):
    records = _read(name)
    written = write_vcards(records, version)
    again = read_vcards(written.encode()).records
    assert [dataclasses.replace(r, extra_properties=[]) for r in again] == [
        dataclasses.replace(r, extra_properties=[]) for r in records
    ]
    assert [r.extra_properties for r in again] == [r.extra_properties for r in records]


def test_written_as_apple_and_android_read_it():
    kenji, _ = _read("feature_phone_irmc.vcf")
    (rene, _) = _read("v4_sort_as.vcf")
    v3 = write_vcards([kenji, rene], "3.0")
    assert "X-PHONETIC-LAST-NAME:ﾀｶﾊｼ\r\n" in v3
    assert "X-PHONETIC-FIRST-NAME:ｹﾝｼﾞ\r\n" in v3
    assert "SOUND" not in v3
    assert "SORT-STRING:Harten\\,Rene\r\n" in v3
    v4 = write_vcards([kenji, rene], "4.0")
    assert "X-PHONETIC-LAST-NAME:ﾀｶﾊｼ\r\n" in v4
    assert 'N;SORT-AS="Harten,Rene":van der Harten;Rene;J.;Sir;R.D.O.N.\r\n' in v4
    assert "SORT-STRING" not in v4
