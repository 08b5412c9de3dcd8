"""Every key of the vocabulary has a label people read, and the window offers every key."""

from __future__ import annotations

import pytest

from netbook.model import vocabulary
from netbook.ui import labels
from netbook.ui.dialogs.interaction import LogInteractionDialog
from netbook.ui.editor.editor import how_met_channels
from netbook.ui.editor.rows import social_services

KEY_SETS = [
    ((*vocabulary.CHANNELS, vocabulary.UNKNOWN_CHANNEL), labels.channel_labels),
    (vocabulary.SOCIAL_SERVICES, labels.service_labels),
    (vocabulary.RELATION_KINDS, labels.relation_labels),
    (vocabulary.INTERACTION_KINDS + vocabulary.NOT_CONTACT_KINDS, labels.interaction_labels),
    (vocabulary.OPPORTUNITY_KINDS, labels.opportunity_labels),
    (vocabulary.OUTCOMES, labels.outcome_labels),
    (vocabulary.OUTCOMES, labels.outcome_words),
]


@pytest.mark.parametrize(("keys", "names"), KEY_SETS, ids=lambda v: getattr(v, "__name__", ""))
def test_every_key_has_a_label(keys, names):
    table = names()
    assert set(keys) == set(table)
    assert all(label.strip() for label in table.values())


def test_aliases_show_the_label_of_their_key():
    assert labels.channel_label("x") == labels.channel_label("twitter") == "Twitter/X"
    assert labels.channel_label("Meetup") == labels.channel_labels()["event"]
    assert labels.service_label("X") == "Twitter/X"
    assert labels.relation_label("co-worker") == labels.relation_labels()["colleague"]


def test_keys_outside_the_vocabulary_are_shown_as_written():
    assert labels.channel_label("podcast") == "Podcast"
    assert labels.opportunity_label("board_seat") == "Board seat"
    assert labels.service_label("") == "Profile"


def test_the_editor_and_the_log_dialog_offer_every_key(qtbot):
    assert [key for key, _ in how_met_channels() if key] == list(vocabulary.CHANNELS)
    assert [key for key, _ in social_services()] == list(vocabulary.SOCIAL_SERVICES)
    dialog = LogInteractionDialog("Ann Lee")
    qtbot.addWidget(dialog)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert offered == list(vocabulary.INTERACTION_KINDS)
