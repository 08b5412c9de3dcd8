"""TLS against a real Radicale with a self-signed certificate: refused with its fingerprint,
accepted only once that fingerprint is trusted explicitly, refused again if it changes."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from netbook.services.sync.discovery import discover
from netbook.services.sync.errors import TlsError
from netbook.services.sync.transport import HttpClient, fingerprint_of
from tests.sync.servers import DavServer, start_radicale


def _self_signed(folder: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path, fingerprint_of(cert.public_bytes(serialization.Encoding.DER))


@pytest.fixture
def tls_radicale(tmp_path: Path) -> Iterator[tuple[DavServer, str]]:
    tmp_path.mkdir(exist_ok=True)
    cert, key, fingerprint = _self_signed(tmp_path)
    server = start_radicale(tmp_path / "radicale", tls=(cert, key))
    try:
        yield server, fingerprint
    finally:
        server.stop()


def test_a_self_signed_server_is_refused_with_its_fingerprint(
    tls_radicale: tuple[DavServer, str],
) -> None:
    server, fingerprint = tls_radicale
    client = HttpClient(server.url, server.user, server.password)
    with pytest.raises(TlsError) as caught:
        client.request("PROPFIND", "/", headers={"Depth": "0"})
    assert caught.value.fingerprint == fingerprint
    assert fingerprint in str(caught.value)
    assert "cannot be verified" in str(caught.value)


def test_a_trusted_fingerprint_lets_it_in_and_only_it(
    tls_radicale: tuple[DavServer, str],
) -> None:
    server, fingerprint = tls_radicale
    trusted = HttpClient(server.url, server.user, server.password, trusted_fingerprint=fingerprint)
    found = discover(trusted, server.url)
    assert found.principal == "/alice/"
    other = "00:" * 31 + "00"
    wrong = HttpClient(server.url, server.user, server.password, trusted_fingerprint=other)
    with pytest.raises(TlsError, match="someone is in between"):
        wrong.request("PROPFIND", "/", headers={"Depth": "0"})
