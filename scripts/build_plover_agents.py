"""Compile PLOVER's agent list into src/eventwire/data/plover_agents.tsv: agent phrase -> sector code.

    python scripts/build_plover_agents.py [--shared ../shared]

Source: ../shared/data/plover_codebook/ngec/PLOVER_agents.txt (NGEC-2025, MIT; the file's own header:
Copyright (c) 2014 Open Event Data Alliance, MIT). The actors stage gives an unnamed group ("aid groups",
"protesters") the sector PLOVER's list gives its phrase (docs/actors.md, "Actors placed by context").

What is kept: phrases whose code, read in groups of three letters, is made of CAMEO sectors, after
PLOVER's own codes are mapped to CAMEO's (JRN journalists -> MED; MED, medical in PLOVER, -> HLH; SOC
social groups -> CVL; PRM private militias -> UAF). Codes that name no actor (JNK natural hazards, NON, UNK) or a non-state prefix (IGO,
IMG, PRE) are dropped. A phrase the file gives two different codes (SECURITY_FORCE is ~COP on one line,
~MIL on another) is dropped: the list contradicts itself, and the Phoenix agent code stays. A phrase the
file writes out beats a plural generated from another line, as in scripts/build_actor_data.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.actors.codes import SECTORS
from eventwire.actors.kb import normalize_name
from eventwire.dictionaries.agents import read_agent_file

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_actor_data import written_phrases  # noqa: E402

SOURCE = Path("data") / "plover_codebook" / "ngec" / "PLOVER_agents.txt"
OUT = ROOT / "src" / "eventwire" / "data" / "plover_agents.tsv"
PLOVER_TO_CAMEO = {"JRN": "MED", "MED": "HLH", "SOC": "CVL", "PRM": "UAF"}
HEADER = """\
# PLOVER agent phrases and their CAMEO sector codes, compiled by scripts/build_plover_agents.py from
# PLOVER_agents.txt of NGEC-2025 (https://github.com/ahalterman/NGEC-2025, commit
# a3909e2aa02969ccaaa915a9626a5316e1cac0f8), Copyright (c) 2014 Open Event Data Alliance, MIT License
# (LICENSES/plover_agents.txt). Changes: phrases lower-cased with plurals generated, PLOVER codes mapped
# to CAMEO sectors (JRN->MED, MED->HLH, SOC->CVL, PRM->UAF), non-actor codes and phrases coded two ways
# dropped.
# phrase<TAB>code
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    agents = compile_plover_agents(args.shared / SOURCE)
    lines = [f"{phrase}\t{code}\n" for phrase, code in sorted(agents.items())]
    args.out.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"wrote {args.out}: {len(agents)} phrases")


def compile_plover_agents(path: Path) -> dict[str, str]:
    written = written_phrases(path)
    codes: dict[str, set[str]] = {}
    generated: dict[str, set[str]] = {}
    for entry in read_agent_file(path, strict=False):
        code = cameo_code(entry.sector_code)
        if code is None:
            continue
        target = codes if (entry.line, entry.phrase) in written else generated
        target.setdefault(normalize_name(entry.phrase), set()).add(code)
    for phrase, found in generated.items():
        codes.setdefault(phrase, found)
    return {phrase: next(iter(found)) for phrase, found in codes.items() if len(found) == 1}


def cameo_code(code: str) -> str | None:
    """'CVLOPPJRN' -> 'CVLOPPMED'; None when a part is no CAMEO sector."""
    parts = [PLOVER_TO_CAMEO.get(code[i:i + 3], code[i:i + 3]) for i in range(0, len(code), 3)]
    if not parts or len(code) % 3 or any(part not in SECTORS or part == "IGO" for part in parts):
        return None
    return "".join(parts)


if __name__ == "__main__":
    main()
