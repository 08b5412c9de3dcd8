"""The Linux desktop entry and AppStream metainfo say what the app is and what it opens."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from netbook import APP_ID

LINUX = Path(__file__).resolve().parents[1] / "resources" / "linux"


def test_desktop_entry_opens_vcards():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop files
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].startswith("netbook ")
    assert section["Icon"] == APP_ID
    mime_types = section["MimeType"].rstrip(";").split(";")
    assert {"text/vcard", "text/x-vcard"} <= set(mime_types)


def test_metainfo_is_well_formed_and_names_the_desktop_entry():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("summary")
