"""WebDAV and CardDAV XML: the request bodies netbook sends and the multistatus it reads.

Every byte of XML from a server goes through defusedxml (no entity expansion, no external
entities, no DTD tricks); a body that is not well-formed is a ServerError naming the server.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from netbook.services.sync.errors import ServerError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALSERVER = "http://calendarserver.org/ns/"

_PREFIXES = {DAV: "d", CARDDAV: "card", CALSERVER: "cs"}

GETETAG = f"{{{DAV}}}getetag"
RESOURCETYPE = f"{{{DAV}}}resourcetype"
DISPLAYNAME = f"{{{DAV}}}displayname"
SYNC_TOKEN = f"{{{DAV}}}sync-token"
CURRENT_USER_PRINCIPAL = f"{{{DAV}}}current-user-principal"
SUPPORTED_REPORT_SET = f"{{{DAV}}}supported-report-set"
ADDRESSBOOK_HOME_SET = f"{{{CARDDAV}}}addressbook-home-set"
ADDRESS_DATA = f"{{{CARDDAV}}}address-data"
SUPPORTED_ADDRESS_DATA = f"{{{CARDDAV}}}supported-address-data"
MAX_RESOURCE_SIZE = f"{{{CARDDAV}}}max-resource-size"
GETCTAG = f"{{{CALSERVER}}}getctag"


def _name(qname: str) -> tuple[str, str]:
    namespace, local = qname[1:].split("}", 1)
    return namespace, local


def _element(parent: Element | None, qname: str) -> Element:
    namespace, local = _name(qname)
    tag = f"{_PREFIXES[namespace]}:{local}"
    return Element(tag) if parent is None else SubElement(parent, tag)


def _document(root: Element) -> bytes:
    for namespace, prefix in _PREFIXES.items():
        root.set(f"xmlns:{prefix}", namespace)
    text = tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text).encode("utf-8")


def propfind_body(props: Sequence[str]) -> bytes:
    root = _element(None, f"{{{DAV}}}propfind")
    prop = _element(root, f"{{{DAV}}}prop")
    for qname in props:
        _element(prop, qname)
    return _document(root)


def mkcol_body(display_name: str) -> bytes:
    """RFC 5689 extended MKCOL: a new address book (RFC 6352 section 6.3.1) named so."""
    root = _element(None, f"{{{DAV}}}mkcol")
    prop = _element(_element(root, f"{{{DAV}}}set"), f"{{{DAV}}}prop")
    kind = _element(prop, RESOURCETYPE)
    _element(kind, f"{{{DAV}}}collection")
    _element(kind, f"{{{CARDDAV}}}addressbook")
    _element(prop, DISPLAYNAME).text = display_name
    return _document(root)


def sync_collection_body(token: str | None, props: Sequence[str]) -> bytes:
    """RFC 6578 sync-collection: changes since `token` (everything when None)."""
    root = _element(None, f"{{{DAV}}}sync-collection")
    _element(root, SYNC_TOKEN).text = token or ""
    _element(root, f"{{{DAV}}}sync-level").text = "1"
    prop = _element(root, f"{{{DAV}}}prop")
    for qname in props:
        _element(prop, qname)
    return _document(root)


def multiget_body(hrefs: Iterable[str]) -> bytes:
    """RFC 6352 addressbook-multiget of these hrefs, asking for their etags and cards."""
    root = _element(None, f"{{{CARDDAV}}}addressbook-multiget")
    prop = _element(root, f"{{{DAV}}}prop")
    _element(prop, GETETAG)
    _element(prop, ADDRESS_DATA)
    for href in hrefs:
        _element(root, f"{{{DAV}}}href").text = href
    return _document(root)


@dataclass(slots=True)
class DavResponse:
    """One <response> of a multistatus: its href, status and the properties found."""

    href: str
    status: int | None = None  # the response's own status (sync-collection: 404 = removed)
    props: dict[str, Element] = field(default_factory=dict)  # found (200) properties

    def text(self, qname: str) -> str | None:
        found = self.props.get(qname)
        if found is None:
            return None
        return "".join(found.itertext()).strip() or None

    def child_hrefs(self, qname: str) -> list[str]:
        found = self.props.get(qname)
        if found is None:
            return []
        return [
            (h.text or "").strip() for h in found.iter(f"{{{DAV}}}href") if (h.text or "").strip()
        ]


@dataclass(slots=True)
class Multistatus:
    responses: list[DavResponse]
    sync_token: str | None = None


def _status_code(text: str | None) -> int | None:
    parts = (text or "").split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None


def parse_xml(body: bytes, where: str) -> Element:
    """The root of a server's XML answer, parsed safely."""
    try:
        root: Element = SafeTree.fromstring(body)
    except DefusedXmlException as exc:
        raise ServerError(f"{where}: the server's XML uses forbidden constructs ({exc})") from None
    except SafeTree.ParseError as exc:
        raise ServerError(f"{where}: the server's XML is not well-formed ({exc})") from None
    return root


def parse_multistatus(body: bytes, where: str) -> Multistatus:
    """A 207 body as responses; ServerError when it is not a multistatus."""
    root = parse_xml(body, where)
    if root.tag != f"{{{DAV}}}multistatus":
        raise ServerError(f"{where}: expected a WebDAV multistatus, got <{root.tag}>")
    responses = []
    for node in root.findall(f"{{{DAV}}}response"):
        href = (node.findtext(f"{{{DAV}}}href") or "").strip()
        if not href:
            continue
        response = DavResponse(href=href, status=_status_code(node.findtext(f"{{{DAV}}}status")))
        for propstat in node.findall(f"{{{DAV}}}propstat"):
            code = _status_code(propstat.findtext(f"{{{DAV}}}status"))
            prop = propstat.find(f"{{{DAV}}}prop")
            if prop is None or (code is not None and not 200 <= code < 300):
                continue
            for child in prop:
                response.props[child.tag] = child
        responses.append(response)
    token = root.findtext(SYNC_TOKEN)
    return Multistatus(responses, token.strip() if token else None)


def error_names(body: bytes) -> set[str]:
    """The precondition names of a DAV:error body ({DAV:}valid-sync-token, ...); empty if
    the body is no such XML (servers often answer errors with HTML)."""
    try:
        root = SafeTree.fromstring(body)
    except (DefusedXmlException, SafeTree.ParseError):
        return set()
    if root.tag != f"{{{DAV}}}error":
        return set()
    return {child.tag for child in root}


def normal_href(href: str, base: str) -> str:
    """The path of `href` (relative or absolute) in one canonical percent-encoding, so that
    hrefs written differently by the server and by netbook compare equal."""
    path = urlsplit(urljoin(base, href)).path
    return quote(unquote(path), safe="/@:+,;=!$&'()*~")


def is_collection(response: DavResponse, kind: str) -> bool:
    """Whether a response's resourcetype contains the element `kind` (a qualified name)."""
    found = response.props.get(RESOURCETYPE)
    return found is not None and found.find(kind) is not None
