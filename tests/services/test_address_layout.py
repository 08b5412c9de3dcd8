"""Addresses are laid out the way their country writes them, nothing dropped."""

from __future__ import annotations

import pytest

from netbook.model.values import Address
from netbook.services.address_layout import address_lines


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            Address(
                street="12 MG Road", locality="Bengaluru", postal_code="560052", country="India"
            ),
            ["12 MG Road", "Bengaluru 560052", "India"],
        ),
        (
            Address(
                street="Mönckebergstraße 7",
                locality="Hamburg",
                postal_code="20095",
                country="Deutschland",
            ),
            ["Mönckebergstraße 7", "20095 Hamburg", "Deutschland"],
        ),
        (
            Address(
                street="1 Main St",
                locality="Boston",
                region="MA",
                postal_code="02110",
                country="USA",
            ),
            ["1 Main St", "Boston, MA 02110", "USA"],
        ),
        (
            Address(
                street="10 Downing St", locality="London", postal_code="SW1A 2AA", country="UK"
            ),
            ["10 Downing St", "London", "SW1A 2AA", "UK"],
        ),
        (
            Address(
                street="千代田1-1",
                locality="千代田区",
                region="東京都",
                postal_code="100-0001",
                country="日本",
            ),
            ["〒100-0001", "東京都", "千代田区", "千代田1-1", "日本"],
        ),
    ],
    ids=["India", "Germany", "USA", "UK", "Japan"],
)
def test_each_country_has_its_own_layout(address, expected):
    assert address_lines(address) == expected


def test_an_empty_part_takes_no_separator_and_keeps_the_case_typed():
    address = Address(street="1 Main St", locality="boston", postal_code="02110", country="US")
    assert address_lines(address) == ["1 Main St", "boston, 02110", "US"]


def test_an_unknown_country_keeps_every_part():
    address = Address(
        po_box="PO Box 7",
        street="Coral Way 1",
        locality="Atlantis",
        region="Deep",
        postal_code="999",
        country="Atlantis Republic",
    )
    assert address_lines(address) == [
        "PO Box 7",
        "Coral Way 1",
        "Atlantis 999",
        "Deep",
        "Atlantis Republic",
    ]


def test_a_value_the_layout_has_no_place_for_is_kept():
    # Germany's layout has no region: it is not dropped.
    address = Address(locality="Hamburg", postal_code="20095", region="HH", country="DE")
    assert address_lines(address) == ["20095 Hamburg", "HH", "DE"]
