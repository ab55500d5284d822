"""Gold records, one shape per gold format, as the readers produce them and the scorers consume them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from eventwire.events.options import DEFAULT_OPTIONS, CoderOptions


@dataclass
class PloverGold:
    """One PLOVER GSR record: one event of one sentence (a sentence with two events is two records)."""

    id: str
    text: str
    date: str | None
    event: str                                   # PLOVER category
    sources: list[str] = field(default_factory=list)   # actor codes (ISO3, IGO, NGO, …)
    targets: list[str] = field(default_factory=list)
    # (actorText, code, sector or None) of every source and target, for actor-resolution scoring
    actors: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def reciprocal(self) -> bool:
        """CAMEO "SRC/TAR": all parties listed as sources and no target."""
        return len(self.sources) > 1 and not self.targets


@dataclass(frozen=True)
class Triple:
    """One PETRARCH coding: (source code, target code, CAMEO event code), as PETRARCH writes them."""

    source: str
    target: str
    event: str

    @property
    def root(self) -> str:
        return self.event[:2]


@dataclass
class PetrarchGold:
    id: str
    category: str
    date: str | None                             # ISO date
    text: str
    triples: list[Triple] = field(default_factory=list)   # empty = no events expected
    skip_reason: str | None = None               # set when the record is not evaluated
    options: CoderOptions = DEFAULT_OPTIONS      # coder options its file's <Config> lines set


@dataclass
class PetrarchEnvironment:
    """The <Environment> block: which dictionaries the file was written against."""

    verb_file: str | None = None
    actor_files: list[str] = field(default_factory=list)
    agent_files: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)   # categories evaluated; empty = all
    discard_files: list[str] = field(default_factory=list)
    pico_files: list[str] = field(default_factory=list)   # <PICOfile>: UniversalPetrarch's coding ontology

    def resolve(self, gold_path: Path) -> tuple[list[Path], Path | None, list[Path]] | None:
        """Paths of the named dictionaries next to the gold file (or in validation_dictionaries/);
        None unless the verb file and every actor file exist."""
        folders = [gold_path.parent, gold_path.parent / "validation_dictionaries"]

        def find(name: str) -> Path | None:
            return next((folder / name for folder in folders if (folder / name).is_file()), None)

        if not self.verb_file or not self.actor_files:
            return None
        actors = [find(name) for name in self.actor_files]
        agents = [find(name) for name in self.agent_files]
        verbs = find(self.verb_file)
        if verbs is None or any(path is None for path in actors):
            return None
        return actors, verbs, [path for path in agents if path is not None]

    def resolve_discards(self, gold_path: Path) -> list[Path]:
        """The discard files named in <Discardfile> that exist next to the gold file."""
        return _existing(self.discard_files, gold_path)

    def resolve_pico(self, gold_path: Path) -> list[Path]:
        """The ontology files named in <PICOfile> that exist next to the gold file."""
        return _existing(self.pico_files, gold_path)


def _existing(names: list[str], gold_path: Path) -> list[Path]:
    folders = [gold_path.parent, gold_path.parent / "validation_dictionaries"]
    found = (next((folder / name for folder in folders if (folder / name).is_file()), None) for name in names)
    return [path for path in found if path is not None]


@dataclass
class PetrarchFile:
    environment: PetrarchEnvironment
    records: list[PetrarchGold]


@dataclass
class ConflibertGold:
    """One ConfliBERT CAMEO class row: a sentence and its five-way class label (0–4)."""

    id: str
    text: str
    label: str
