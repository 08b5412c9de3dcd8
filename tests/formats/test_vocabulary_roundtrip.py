"""Every key of the domain's vocabulary survives the vCard and CSV writers and readers.

A key the readers do not know comes back as something else (a channel read as "other", a
social profile as a plain link), which the numbers and the card would then show wrongly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.formats.csv.export import write_csv
from netbook.formats.csv.reading import read_csv
from netbook.formats.vcard import read_vcards, write_vcards
from netbook.model.values import (
    ContactRecord,
    HowMet,
    InteractionValue,
    OpportunityValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.model.vocabulary import (
    CHANNELS,
    INTERACTION_KINDS,
    OPPORTUNITY_KINDS,
    OUTCOMES,
    RELATION_KINDS,
    SOCIAL_SERVICES,
)

DAY = dt.date(2021, 3, 4)


def _vcard(record: ContactRecord, version: str) -> ContactRecord:
    result = read_vcards(write_vcards([record], version).encode())
    assert not result.problems
    (back,) = result.records
    return back


def _csv(record: ContactRecord) -> ContactRecord:
    result = read_csv(write_csv([record]))
    (back,) = result.records
    return back


VCARD_TRIPS = {
    "vcard3": lambda r: _vcard(r, "3.0"),
    "vcard4": lambda r: _vcard(r, "4.0"),
}
ROUND_TRIPS = {**VCARD_TRIPS, "csv": _csv}


def _person(**story: object) -> ContactRecord:
    return ContactRecord(uid="urn:uuid:vocab-1", given_name="Ann", family_name="Lee", **story)


@pytest.mark.parametrize("trip", ROUND_TRIPS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_every_channel_comes_back(trip, channel):
    back = ROUND_TRIPS[trip](_person(how_met=HowMet(channel=channel, date=DAY)))
    assert back.how_met.channel == channel


@pytest.mark.parametrize("trip", ROUND_TRIPS)
@pytest.mark.parametrize("service", SOCIAL_SERVICES)
def test_every_social_service_comes_back(trip, service):
    profile = SocialProfileValue(service, f"https://example.org/{service}/ann")
    back = ROUND_TRIPS[trip](_person(social_profiles=[profile]))
    assert [(p.service, p.value) for p in back.social_profiles] == [(service, profile.value)]


@pytest.mark.parametrize("trip", ROUND_TRIPS)
@pytest.mark.parametrize("kind", RELATION_KINDS)
def test_every_relation_kind_comes_back(trip, kind):
    back = ROUND_TRIPS[trip](_person(relations=[RelationValue(kind=kind, name="Bo Chen")]))
    assert [(r.kind, r.name) for r in back.relations] == [(kind, "Bo Chen")]


# CSV carries neither interactions nor opportunities (docs/csv.md, "Export"); JSON does.
@pytest.mark.parametrize("trip", VCARD_TRIPS)
@pytest.mark.parametrize("kind", INTERACTION_KINDS)
def test_every_interaction_kind_comes_back(trip, kind):
    entry = InteractionValue(occurred_on=DAY, kind=kind, summary="Coffee", uid="urn:uuid:i-1")
    back = VCARD_TRIPS[trip](_person(interactions=[entry]))
    assert [(i.kind, i.occurred_on, i.summary) for i in back.interactions] == [
        (kind, DAY, "Coffee")
    ]


@pytest.mark.parametrize("trip", VCARD_TRIPS)
@pytest.mark.parametrize("kind", OPPORTUNITY_KINDS)
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_opportunity_kind_and_outcome_comes_back(trip, kind, outcome):
    entry = OpportunityValue(kind=kind, title="Talk", occurred_on=DAY, outcome=outcome, uid="o1")
    back = VCARD_TRIPS[trip](_person(opportunities=[entry]))
    assert [(o.kind, o.outcome, o.title) for o in back.opportunities] == [(kind, outcome, "Talk")]
