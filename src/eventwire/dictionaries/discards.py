"""Reader and matcher for PETRARCH/TABARI discard dictionaries.

One phrase per line; `+PHRASE` discards the whole story, a bare `PHRASE` the sentence it occurs in
(PETRARCH codes nothing there: "AFRICAN NATIONS CUP" makes "restore" a sports story, not diplomacy).
`_` joins words as elsewhere in these files; `#` comments and `<!-- -->` blocks are skipped.
Phrases match whole words, case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dictionaries.lines import content_lines, read_dictionary_text
from eventwire.errors import DictionaryError


@dataclass(frozen=True)
class Discards:
    sentence_phrases: tuple[str, ...] = ()
    story_phrases: tuple[str, ...] = ()
    _patterns: dict = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.sentence_phrases or self.story_phrases)

    def discards_sentence(self, text: str) -> bool:
        return self._matches("sentence", self.sentence_phrases, text)

    def discards_story(self, text: str) -> bool:
        return self._matches("story", self.story_phrases, text)

    def _matches(self, kind: str, phrases: tuple[str, ...], text: str) -> bool:
        if not phrases:
            return False
        pattern = self._patterns.get(kind)
        if pattern is None:
            alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
            pattern = self._patterns[kind] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        return pattern.search(text) is not None

    def merged(self, other: "Discards") -> "Discards":
        return Discards(self.sentence_phrases + other.sentence_phrases, self.story_phrases + other.story_phrases)


NO_DISCARDS = Discards()


def read_discard_file(path: Path | str) -> Discards:
    return parse_discard_dictionary(read_dictionary_text(path, kind="discard"), path=str(path))


def parse_discard_dictionary(text: str, *, path: str = "<discards>") -> Discards:
    sentence: list[str] = []
    story: list[str] = []
    for number, body, _ in content_lines(text):
        line = body.strip()
        if not line:
            continue
        is_story = line.startswith("+")
        phrase = " ".join(line.lstrip("+").replace("_", " ").split())
        if not any(char.isalnum() for char in phrase):
            raise DictionaryError("E201", path, number, f"discard line has no phrase: {line!r}")
        (story if is_story else sentence).append(phrase)
    return Discards(tuple(sentence), tuple(story))
