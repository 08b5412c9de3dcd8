"""The Linux desktop entry and AppStream metainfo say what the app is and what it opens."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netbook import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"


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


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="needs desktop-file-validate (apt: desktop-file-utils, installed by .ci/run)",
)
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="needs appstreamcli (apt: appstream, installed by .ci/run)",
)
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_has_screenshots_releases_and_a_content_rating():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots
    assert screenshots[0].get("type") == "default"
    for screenshot in screenshots:
        image = screenshot.findtext("image")
        assert image
        assert (DOCS_SCREENSHOTS / image.rsplit("/", 1)[1]).is_file()  # a picture we have
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_desktop_entry_passes_the_files_to_netbook():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    # %F: every selected file, as local paths, which netbook opens in its import preview.
    assert entry["Desktop Entry"]["Exec"] == "netbook %F"
