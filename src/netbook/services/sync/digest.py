"""HTTP authentication challenges, and the answer to a Digest one (RFC 7616).

Basic needs no module of its own; Digest does: the password never crosses the wire, only a
hash of it with the server's nonce, the method and the path.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_SCHEME_START = re.compile(r"(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?=\s+[^\s=,]|\s*$|,)")
_PARAM = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)')
_HASHES = {"md5": hashlib.md5, "sha-256": hashlib.sha256}


def parse_challenges(values: Iterable[str]) -> dict[str, dict[str, str]]:
    """The challenges of WWW-Authenticate headers: lower-case scheme -> its parameters."""
    found: dict[str, dict[str, str]] = {}
    for value in values:
        starts = list(_SCHEME_START.finditer(value))
        for index, match in enumerate(starts):
            end = starts[index + 1].start() if index + 1 < len(starts) else len(value)
            params: dict[str, str] = {}
            for name, raw in _PARAM.findall(value[match.end() : end]):
                if raw.startswith('"'):
                    raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
                params[name.lower()] = raw
            found.setdefault(match.group(1).lower(), params)
    return found


@dataclass(slots=True)
class DigestState:
    """One Digest challenge being answered; the nonce count grows with each request."""

    challenge: dict[str, str]
    count: int = 0
    cnonce: str = field(default_factory=lambda: os.urandom(8).hex())

    def supported(self) -> bool:
        algorithm = self.challenge.get("algorithm", "MD5").lower().removesuffix("-sess")
        qops = {q.strip() for q in self.challenge.get("qop", "auth").split(",")}
        return algorithm in _HASHES and "nonce" in self.challenge and ("auth" in qops or not qops)

    def header(self, method: str, uri: str, username: str, password: str) -> str:
        """The Authorization header for one request."""
        algorithm = self.challenge.get("algorithm", "MD5")
        digest = _HASHES[algorithm.lower().removesuffix("-sess")]

        def h(text: str) -> str:
            return digest(text.encode("utf-8")).hexdigest()

        realm = self.challenge.get("realm", "")
        nonce = self.challenge["nonce"]
        self.count += 1
        nc = f"{self.count:08x}"
        ha1 = h(f"{username}:{realm}:{password}")
        if algorithm.lower().endswith("-sess"):
            ha1 = h(f"{ha1}:{nonce}:{self.cnonce}")
        ha2 = h(f"{method}:{uri}")
        qop = "auth" if "qop" in self.challenge else None
        if qop:
            response = h(f"{ha1}:{nonce}:{nc}:{self.cnonce}:{qop}:{ha2}")
        else:
            response = h(f"{ha1}:{nonce}:{ha2}")
        parts = [
            f'username="{_quoted(username)}"',
            f'realm="{_quoted(realm)}"',
            f'nonce="{_quoted(nonce)}"',
            f'uri="{_quoted(uri)}"',
            f"algorithm={algorithm}",
            f'response="{response}"',
        ]
        if qop:
            parts += [f"qop={qop}", f"nc={nc}", f'cnonce="{self.cnonce}"']
        if "opaque" in self.challenge:
            parts.append(f'opaque="{_quoted(self.challenge["opaque"])}"')
        return "Digest " + ", ".join(parts)


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
