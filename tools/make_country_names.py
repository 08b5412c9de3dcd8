"""Write resources/countries.tsv: every region phonenumbers knows, with its names.

Each line is an ISO 3166 alpha-2 code, the English name, then the other names the region has
in phonenumbers' locale data (German "Deutschland", French "Allemagne", ...). netbook reads it
to count contacts by country whatever language their address was written in. The table is
generated once and committed because loading phonenumbers' locale module costs 0.7 s.

Run: .venv/bin/python tools/make_country_names.py
"""

from __future__ import annotations

from pathlib import Path

from phonenumbers.geodata.locale import LOCALE_DATA

OUT = Path(__file__).resolve().parents[1] / "resources" / "countries.tsv"


def _resolve(names: dict[str, str], value: str) -> str:
    """Follow the locale data's "*xx" references (same name as language xx); cycle-safe."""
    seen: set[str] = set()
    while value.startswith("*") and value not in seen:
        seen.add(value)
        value = names.get(value[1:], "")
    return "" if value.startswith("*") else value


def main() -> None:
    lines = []
    for region, names in sorted(LOCALE_DATA.items()):
        english = _resolve(names, names.get("en") or names.get("aa", ""))
        others: list[str] = []
        for value in names.values():
            name = _resolve(names, value).replace("\t", " ")
            if name and name != english and name not in others:
                others.append(name)
        lines.append("\t".join([region, english, *others]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} regions to {OUT}")


if __name__ == "__main__":
    main()
