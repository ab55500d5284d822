"""What a worker needs to build its own Resources: the options, not the loaded objects.

The model and dictionaries weigh ~700 MB and do not pickle cheaply; the options are a few paths,
so they travel with every task and each worker process loads its Resources from them once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from eventwire.budget import DEFAULT_TIME_LIMIT

if TYPE_CHECKING:
    from eventwire.actors.aliases import AliasTable


@dataclass(frozen=True)
class ResourceOptions:
    """The keyword arguments of `eventwire.resources.load_resources`, minus the model object.

    Paths are made absolute, so a worker started in another directory finds the same files;
    on a remote Dask cluster they must exist at the same paths on every worker machine."""

    actor_files: tuple[Path, ...] = ()
    verb_file: Path | None = None
    agent_files: tuple[Path, ...] = ()
    use_default_dictionaries: bool = True
    discard_files: tuple[Path, ...] = ()
    pico_files: tuple[Path, ...] = ()
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds per document (eventwire.budget)
    min_confidence: float | None = None            # least event confidence (None: the event model's own)
    # Learned aliases, travelling as data, not as a path: every worker, local or on a Dask cluster,
    # resolves with the same table (ingest: the store's, as it was when the run started).
    aliases: AliasTable | None = None

    @classmethod
    def from_files(cls, *, actor_files: Sequence[Path] = (), verb_file: Path | None = None,
                   agent_files: Sequence[Path] = (), use_default_dictionaries: bool = True,
                   discard_files: Sequence[Path] = (), pico_files: Sequence[Path] = (),
                   time_limit: float | None = DEFAULT_TIME_LIMIT,
                   min_confidence: float | None = None, aliases: AliasTable | None = None) -> "ResourceOptions":
        return cls(actor_files=_absolute_all(actor_files), verb_file=_absolute(verb_file),
                   agent_files=_absolute_all(agent_files), use_default_dictionaries=use_default_dictionaries,
                   discard_files=_absolute_all(discard_files), pico_files=_absolute_all(pico_files),
                   time_limit=time_limit, min_confidence=min_confidence, aliases=aliases)

    def without_aliases(self) -> "ResourceOptions":
        """The options that decide what a worker loads (a new alias table needs no new model)."""
        return self if self.aliases is None else replace(self, aliases=None)

    @property
    def files(self) -> list[Path]:
        """Every dictionary file named, in the order load_resources reads them."""
        named = (*self.actor_files, self.verb_file, *self.agent_files, *self.discard_files, *self.pico_files)
        return [path for path in named if path]

    def keywords(self) -> dict:
        """The dictionary options as `load_resources` keyword arguments (the time limit apart)."""
        return {"actor_files": list(self.actor_files), "verb_file": self.verb_file,
                "agent_files": list(self.agent_files), "use_default_dictionaries": self.use_default_dictionaries,
                "discard_files": self.discard_files, "pico_files": self.pico_files}

    def load(self):
        """The Resources these options describe (loads the spaCy model: seconds, ~700 MB)."""
        from eventwire.resources import load_resources

        return load_resources(**self.keywords(), time_limit=self.time_limit, min_confidence=self.min_confidence,
                              aliases=self.aliases)


def _absolute(path: Path | str | None) -> Path | None:
    return None if path is None else Path(path).absolute()


def _absolute_all(paths: Sequence[Path | str]) -> tuple[Path, ...]:
    return tuple(Path(path).absolute() for path in paths)
