"""CAMEO/Phoenix actor codes: split a code into country and sector, map Phoenix country codes to ISO3."""

from __future__ import annotations

# Phoenix codes that differ from ISO 3166-1 alpha-3; historical states (USR, YUG, CSK, DDR …) have no ISO3.
PHOENIX_TO_ISO3 = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
NON_STATE_PREFIXES = ("IGO", "NGO", "NGM", "MNC", "IMG", "UIS")
# CAMEO/Phoenix sector (role) codes, first level after the country.
SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "REL", "ELI", "SPY", "UAF",
    "HLH", "AGR", "LAB", "ENV", "DEV", "CRM", "REF", "MOD", "RAD", "PTY", "HRI", "INS", "SEP", "IGO", "NGO",
    "MUS", "CHR", "JEW", "BUD", "HIN", "PPL",
})


def split_code(code: str | None, *, countries: frozenset[str] | set[str]) -> tuple[str | None, str | None]:
    """'PAKGOVLEG' -> ('PAK', 'GOV'); 'IGOUNO' -> ('IGO', None); '~MIL' -> (None, 'MIL')."""
    if not code:
        return None, None
    code = code.strip("~")
    head = code[:3]
    if head in countries or head in NON_STATE_PREFIXES:
        country = "NGO" if head == "NGM" else head
        rest = code[3:]
    else:
        country, rest = None, code
    sector = rest[:3] if rest[:3] in SECTORS else None
    if country in ("IGO", "NGO") and sector in ("IGO", "NGO"):
        sector = None
    return (country if country in countries or country in ("IGO", "NGO") else None), sector


def to_iso3_code(code: str | None) -> str | None:
    """Rewrite a Phoenix code's country prefix to ISO3 ('TMPGOV' -> 'TLSGOV')."""
    if not code or code[:3] not in PHOENIX_TO_ISO3:
        return code
    return PHOENIX_TO_ISO3[code[:3]] + code[3:]
