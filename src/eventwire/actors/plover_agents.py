"""PLOVER's agent list: the sector code of an agent phrase ("protesters" CVLOPP, "aid groups" NGO).

Compiled into data/plover_agents.tsv by scripts/build_plover_agents.py (licence: data/LICENSES/
plover_agents.txt). The actors stage gives an unnamed group the code PLOVER's list gives its agent
phrase (coref._described_sector); persons and named actors keep their titles' and dictionaries' codes.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from eventwire.errors import DictionaryError

DATA_FILE = "plover_agents.tsv"


@lru_cache(maxsize=1)
def plover_agent_codes() -> Mapping[str, str]:
    """Normalised agent phrase -> code after the country ("CVLOPP"); read once per process."""
    resource = resources.files("eventwire.data").joinpath(DATA_FILE)
    try:
        lines = resource.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError("E202", str(resource), None, f"built-in PLOVER agent list unreadable: {exc}") from exc
    codes = {}
    for number, line in enumerate(lines, start=1):
        if not line or line.startswith("#"):
            continue
        phrase, tab, code = line.partition("\t")
        if not tab or not code:
            raise DictionaryError("E202", str(resource), number, "expected 'phrase<TAB>code'; "
                                  "rebuild with scripts/build_plover_agents.py")
        codes[phrase] = code
    return MappingProxyType(codes)
