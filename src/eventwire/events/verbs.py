"""The verb dictionary: which verbs (and verb + object/preposition patterns) code which CAMEO event.

The built-in dictionary is CAMEO.2.0 (PETRARCH) plus eventwire's small supplement, compiled by
scripts/build_event_data.py into data/verbs.json.gz so loading takes milliseconds. Users' files in the
same text format add to it (entries for the same verb or block override / come first) or replace it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.dictionaries.discards import NO_DISCARDS, Discards, read_discard_file
from eventwire.dictionaries.pico import NO_NEGATIONS, Negations, read_pico_file
from eventwire.dictionaries.verbs import VerbFile, read_verb_file

DEFAULT_FILE = "verbs.json.gz"


@dataclass
class VerbEntry:
    """One verb (possibly multi-word: `words` with the verb at `verb_index`) and the block it belongs to."""

    words: tuple[str, ...]
    verb_index: int
    block: str
    code: str | None = None          # the verb's own code; None -> the block's code
    has_own_code: bool = False
    subject_is_target: bool = False
    paired_code: str | None = None   # `[032:033]`: the code of the same act seen from the target

    @property
    def verb(self) -> str:
        return self.words[self.verb_index]

    @property
    def extra_words(self) -> tuple[str, ...]:
        return self.words[: self.verb_index] + self.words[self.verb_index + 1:]


@dataclass
class Pattern:
    pre: list[dict[str, Any]]
    post: list[dict[str, Any]]
    code: str | None
    subject_is_target: bool = False
    paired_code: str | None = None

    @property
    def size(self) -> int:
        """How much evidence the pattern demands; a bigger match is a more specific code."""
        return sum(len(term["words"]) + (term["kind"] == "prep") for term in self.pre + self.post)


@dataclass
class VerbBlock:
    name: str
    code: str | None
    subject_is_target: bool = False
    patterns: list[Pattern] = field(default_factory=list)
    paired_code: str | None = None


class VerbDictionary:
    def __init__(self, data: dict[str, Any], *, builtin: bool = True, discards: Discards = NO_DISCARDS,
                 negations: Negations = NO_NEGATIONS):
        self.builtin = builtin  # False when a user's file was loaded: its codes are the user's to decide
        self.discards = discards  # sentences / stories PETRARCH's discard dictionary says not to code
        self.negations = negations  # a PICO ontology: what a negated verb's code becomes
        self.synsets: dict[str, list[tuple[str, ...]]] = {
            name: [tuple(member) for member in members] for name, members in data["synsets"].items()}
        self.blocks = {name: VerbBlock(name, block["code"], block.get("subject_is_target", False),
                                       [_pattern(p) for p in block["patterns"]], block.get("paired_code"))
                       for name, block in data["blocks"].items()}
        self._by_verb: dict[str, list[VerbEntry]] = {}
        self._forms: dict[str, str] = {}
        self._synset_index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for entry in data["verbs"]:
            self._add_entry(entry)

    def _add_entry(self, raw: dict[str, Any]) -> None:
        entry = VerbEntry(tuple(raw["words"]), raw["verb_index"], raw["block"], raw.get("code"),
                          "code" in raw, raw.get("subject_is_target", False), raw.get("paired_code"))
        entries = self._by_verb.setdefault(entry.verb, [])
        # a later entry for the same words overrides (user files are merged after the defaults)
        entries[:] = [old for old in entries if old.words != entry.words] + [entry]
        for form in raw.get("forms", []):
            if len(form) == len(entry.words):
                self._forms.setdefault(form[entry.verb_index], entry.verb)

    @property
    def verb_count(self) -> int:
        return sum(len(entries) for entries in self._by_verb.values())

    @property
    def pattern_count(self) -> int:
        return sum(len(block.patterns) for block in self.blocks.values())

    def entries(self, lemma: str, *, text: str = "") -> list[VerbEntry]:
        """Entries for a verb lemma (falls back on irregular forms listed in the dictionary). An entry
        written as the word itself comes first: TABARI files list inflected forms as verbs of their
        own (`CALLED`, `INDICATED`), and "called" must find them though its lemma is "call"."""
        lemma, word = lemma.lower(), text.lower()
        found = list(self._by_verb.get(lemma, ()))
        if word and word != lemma:
            found = list(self._by_verb.get(word, ())) + found
        if not found and word:
            found = list(self._by_verb.get(self._forms.get(word, ""), ()))
        return found

    def block(self, entry: VerbEntry) -> VerbBlock:
        return self.blocks[entry.block]

    def entry_code(self, entry: VerbEntry) -> tuple[str | None, bool]:
        """The code of the bare verb: its own code, else its block's."""
        if entry.has_own_code:
            return entry.code, entry.subject_is_target
        block = self.block(entry)
        return block.code, block.subject_is_target

    def entry_paired_code(self, entry: VerbEntry) -> str | None:
        """The bare verb's paired code (`[032:033]` -> 033), from the entry or else its block."""
        return entry.paired_code if entry.has_own_code else self.block(entry).paired_code

    def members(self, name: str) -> list[tuple[str, ...]]:
        return self.synsets.get(name.upper(), [])

    def members_ending_with(self, name: str, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """Members of a synset whose last word is one of `words` (pattern matching asks this for every
        token, so members are indexed by last word once per synset)."""
        index = self._synset_index.get(name)
        if index is None:
            index = {}
            for member in self.members(name):
                index.setdefault(member[-1], []).append(member)
            self._synset_index[name] = index
        return [member for word in dict.fromkeys(words) for member in index.get(word, ())]


def load_verb_dictionary(path: str | Path | None = None, *, use_defaults: bool = True,
                         discard_files: tuple[str | Path, ...] | list = (),
                         pico_files: tuple[str | Path, ...] | list = ()) -> VerbDictionary:
    """The built-in dictionary, plus a user's file (`--verbs FILE`), or only that file; with the
    user's PETRARCH discard files and UniversalPetrarch PICO ontology files (negation)."""
    data = _load_default() if use_defaults else {"synsets": {}, "verbs": [], "blocks": {}}
    if path is not None:
        data = merge_verb_data(data, read_verb_file(path, known_synsets=set(data["synsets"])))
    discards = NO_DISCARDS
    for discard_path in discard_files:
        discards = discards.merged(read_discard_file(discard_path))
    negations = NO_NEGATIONS
    for pico_path in pico_files:
        negations = negations.merged(read_pico_file(pico_path))
    return VerbDictionary(data, builtin=path is None, discards=discards, negations=negations)


def merge_verb_data(base: dict[str, Any], extra: VerbFile) -> dict[str, Any]:
    """Add a parsed file to compiled data: its synsets and verbs override, its patterns come first."""
    merged = {"synsets": {**base["synsets"], **extra.synsets}, "verbs": list(base["verbs"]) + extra.verbs,
              "blocks": {name: dict(block) for name, block in base["blocks"].items()}}
    for name, block in extra.blocks.items():
        old = merged["blocks"].get(name)
        patterns = block["patterns"] + (old["patterns"] if old else [])
        merged["blocks"][name] = {**block, "patterns": patterns}
    return merged


def _load_default() -> dict[str, Any]:
    with resources.files("eventwire").joinpath("data", DEFAULT_FILE).open("rb") as handle:
        return json.loads(gzip.decompress(handle.read()))


def _pattern(raw: dict[str, Any]) -> Pattern:
    return Pattern(raw["pre"], raw["post"], raw["code"], raw.get("subject_is_target", False), raw.get("paired_code"))
