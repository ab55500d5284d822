"""Reader for PETRARCH / TABARI verb dictionaries (the format of CAMEO.2.0.txt).

The file has synonym sets (`&LABEL` followed by `+member` lines), then verb blocks: a header
`--- NAME [code] ---`, verb lines (`VERB {irregular forms} [own code]`, multi-word verbs such as
`+ASK_FOR` or `WIRE_+TAP` where `+` marks the verb word), and pattern lines
`- PRE * POST [code] # comment`. `<!-- -->` blocks are comments, as in PETRARCH. `~` lines (verb transformations) are recognised and skipped.

The reader returns plain dicts/lists (JSON-ready) so the built-in dictionary can be compiled once to a
gzipped JSON file and loaded fast; `eventwire.events.verbs` wraps them for lookup. Malformed lines raise
DictionaryError("E201", path, line, reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.dictionaries.lines import content_lines, read_dictionary_text
from eventwire.errors import DictionaryError

_HEADER = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\]")
_CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
# CAMEO codes are digits, but PETRARCH copies any short code through ('075A', '174K', '+++').
_CODE_VALUE = re.compile(r"^(?:---|[0-9A-Za-z+#?]{1,5})?$")


@dataclass
class VerbFile:
    """What one verb dictionary file defines (JSON-ready parts)."""

    synsets: dict[str, list[list[str]]] = field(default_factory=dict)
    verbs: list[dict[str, Any]] = field(default_factory=list)
    blocks: dict[str, dict[str, Any]] = field(default_factory=dict)
    transformations: int = 0
    skipped_patterns: int = 0  # patterns naming an undefined synset (ignored, as PETRARCH does)
    errors: list[DictionaryError] = field(default_factory=list)  # malformed lines skipped (strict=False)

    def to_json(self) -> dict[str, Any]:
        return {"synsets": self.synsets, "verbs": self.verbs, "blocks": self.blocks}


def read_verb_file(path: str | Path, *, strict: bool = True, known_synsets: set[str] = frozenset()) -> VerbFile:
    """Parse a verb dictionary file; E202 if unreadable, E201 on a malformed line.

    strict=False skips malformed lines and lists them in `errors` (used only to compile the built-in
    dictionary, whose upstream file has a few typos); users' files are read strictly. known_synsets:
    synset names defined elsewhere (the built-in dictionary) that this file's patterns may use."""
    return parse_verb_text(read_dictionary_text(path, kind="verb"), source=str(path), strict=strict, known_synsets=known_synsets)


def parse_verb_text(text: str, *, source: str = "<verbs>", strict: bool = True,
                    known_synsets: set[str] = frozenset()) -> VerbFile:
    reader = _Reader(source, known_synsets)
    for number, body, _comment in content_lines(text):
        try:
            reader.read_line(body, number)
        except DictionaryError as exc:
            if strict:
                raise
            reader.result.errors.append(exc)
    return reader.result


def parse_code(raw: str) -> tuple[str | None, bool]:
    """'[042:043]' body -> ('042', False); ':173' -> ('173', True): the subject is the target;
    '---' or '' -> (None, False): no event."""
    first, _, second = raw.strip().partition(":")
    first, second = first.strip(), second.strip()
    if first and first != "---":
        return first, False
    if second and second != "---":
        return second, True
    return None, False


def paired_code(raw: str) -> str | None:
    """'[032:033]' -> '033': TABARI's paired event, coded from the target back to the source as well
    ("X left for Y": X visits Y, 032, and Y hosts X, 033). None for a single code or ':173'."""
    first, _, second = raw.strip().partition(":")
    first, second = first.strip(), second.strip()
    return second if first and first != "---" and second and second != "---" else None


class _Reader:
    def __init__(self, source: str, known_synsets: set[str] = frozenset()):
        self.source = source
        self.known_synsets = {name.upper() for name in known_synsets}
        self.result = VerbFile()
        self.synset: str | None = None  # label whose `+` members are being read
        self.block: str | None = None

    def fail(self, number: int, reason: str) -> None:
        raise DictionaryError("E201", self.source, number, reason)

    def read_line(self, body: str, number: int) -> None:
        line = body.strip()
        if not line or line.startswith("~~") or line.startswith("===="):
            return
        if line.startswith("---"):
            self.read_header(line, number)
        elif line.startswith("&"):
            self.start_synset(line, number)
        elif line.startswith("~"):
            self.result.transformations += 1
        elif line.startswith("-"):
            self.read_pattern(line, number)
        elif line.startswith("*"):  # a pattern whose leading '-' was forgotten; PETRARCH-2 files have them
            self.read_pattern("- " + line, number)
        elif line.startswith("+") and self.synset is not None:
            self.add_member(line, number)
        else:
            self.read_verb(line, number)

    def read_header(self, line: str, number: int) -> None:
        match = _HEADER.match(line)
        if not match or not match.group("name").strip():
            self.fail(number, "block header must look like '--- NAME [code] ---'")
        code, subject_is_target = self.code(match.group("code"), number)
        name = match.group("name").strip().upper()
        self.synset, self.block = None, name
        block = self.result.blocks.setdefault(name, {"code": None, "subject_is_target": False,
                                                     "patterns": []})
        block["code"], block["subject_is_target"] = code, subject_is_target
        _set_paired(block, match.group("code"))

    def start_synset(self, line: str, number: int) -> None:
        label = line.split()[0]
        if len(line.split()) > 1 or not re.fullmatch(r"&[A-Z0-9_'\-]+", label.upper()):
            self.fail(number, f"synset label must be one word like '&FOOD', got {line!r}")
        self.synset = _bare(label).upper()
        self.result.synsets[self.synset] = []
        self.plurals = not label.endswith("_")

    def add_member(self, line: str, number: int) -> None:
        phrase = line[1:].strip()
        if phrase.startswith("(") and phrase.endswith(")"):  # PETRARCH-2 phrase member '+(TO THE END)'
            phrase = phrase[1:-1].strip()
        if not phrase or any(ch in phrase for ch in "$%^{}()[]"):
            self.fail(number, f"synset member must be a plain word or phrase, got {line!r}")
        members = self.result.synsets[self.synset]
        words = _words(phrase)
        members.append(words)
        if self.plurals and not phrase.endswith("_"):
            members.append(words[:-1] + [_plural(words[-1])])

    def read_verb(self, line: str, number: int) -> None:
        if self.block is None:
            self.fail(number, f"verb {line!r} appears before any '--- NAME [code] ---' block")
        self.synset = None
        code_match = _CODE.search(line)
        own_code = None
        if code_match:
            own_code = self.code(code_match.group("code"), number)
            line = line[: code_match.start()] + line[code_match.end():]
        head, forms = _split_forms(line, number, self)
        words, verb_index = _verb_words(head, number, self)
        entry = {"words": words, "verb": words[verb_index], "verb_index": verb_index,
                 "block": self.block, "forms": forms}
        if own_code is not None:
            entry["code"], entry["subject_is_target"] = own_code
            _set_paired(entry, code_match.group("code"))
        self.result.verbs.append(entry)

    def read_pattern(self, line: str, number: int) -> None:
        if self.block is None:
            self.fail(number, "pattern line appears before any '--- NAME [code] ---' block")
        self.synset = None
        code_match = _CODE.search(line)
        if not code_match:
            self.fail(number, "pattern line has no [code]")
        body = line[1: code_match.start()].strip()
        if body.count("*") != 1:
            self.fail(number, "pattern must contain exactly one '*' (the verb)")
        pre_text, post_text = body.split("*")
        code, subject_is_target = self.code(code_match.group("code"), number)
        pre, post = _terms(pre_text, number, self), _terms(post_text, number, self)
        _mark_adjacent(pre, pre_text, post, post_text)
        if self.uses_undefined_synset(pre + post):
            self.result.skipped_patterns += 1
            return
        pattern = {"pre": pre, "post": post, "code": code, "subject_is_target": subject_is_target, "line": number}
        _set_paired(pattern, code_match.group("code"))
        self.result.blocks[self.block]["patterns"].append(pattern)

    def code(self, raw: str, number: int) -> tuple[str | None, bool]:
        parts = raw.split(":")
        if len(parts) > 2 or not all(_CODE_VALUE.match(part.strip()) for part in parts):
            self.fail(number, f"bad CAMEO code [{raw}]")
        return parse_code(raw)

    def uses_undefined_synset(self, terms: list[dict[str, Any]]) -> bool:
        names = [word for term in terms for word in term["words"] if word.startswith("&")]
        return any(name.upper() not in self.result.synsets and name.upper() not in self.known_synsets
                   for name in names)


def _set_paired(item: dict[str, Any], raw: str) -> None:
    paired = paired_code(raw)
    if paired is not None:
        item["paired_code"] = paired
    else:
        item.pop("paired_code", None)


def _split_forms(line: str, number: int, reader: _Reader) -> tuple[str, list[list[str]]]:
    """'SEND {SENDS SENT}' -> ('SEND', [['sends'], ['sent']]); unbalanced braces are an error."""
    if line.count("{") != line.count("}") or line.count("{") > 1:
        reader.fail(number, "verb line has unbalanced or repeated '{...}' irregular forms")
    head, _, rest = line.partition("{")
    head = "_".join(head.split())  # 'LASH OUT' is written for 'LASH_OUT' in older files
    forms_text = rest.partition("}")[0]
    forms = [_words(form.replace("+", "")) for form in forms_text.split()]
    if not head.strip() or len(head.split()) > 1:
        reader.fail(number, f"verb line must start with one verb or '_'-joined phrase, got {line!r}")
    return head.strip(), forms


def _verb_words(head: str, number: int, reader: _Reader) -> tuple[list[str], int]:
    """'+ASK_FOR' -> (['ask', 'for'], 0); 'WIRE_+TAP' -> (['wire', 'tap'], 1)."""
    parts = [part for part in head.strip("_").split("_") if part]
    marked = [i for i, part in enumerate(parts) if part.startswith("+")]
    if len(marked) > 1 or not parts:
        reader.fail(number, f"multi-word verb must mark exactly one word with '+': {head!r}")
    words = [part.lstrip("+").lower() for part in parts]
    if not all(re.fullmatch(r"[a-z0-9'\-]+", word) for word in words):
        reader.fail(number, f"verb has characters that are not letters: {head!r}")
    return words, (marked[0] if marked else 0)


def _terms(text: str, number: int, reader: _Reader) -> list[dict[str, Any]]:
    """Pattern side -> terms: {'kind': 'noun', 'words': [...]} (last word is the head) or
    {'kind': 'prep', 'preps': [...], 'words': [...]} for '(PREP noun)', with 'role' ('target'/'source')
    when the phrase holds a `+`/`$` marker. A `+`/`$` standing after a word marks the phrase that
    follows the word (`MAY_DAY $` -> 'after': 'source'), one before a word the phrase before it
    (`+ HOSTING` -> 'before': 'target'). Other markers (% ^, and word-less ones) are dropped."""
    terms: list[dict[str, Any]] = []
    tokens = re.findall(r"\([^()]*\)|\{[^{}]*\}|[^\s(){}]+|[(){}]", text)
    pending_before: str | None = None
    for index, token in enumerate(tokens):
        if token in "(){}":
            reader.fail(number, "unbalanced '(' or '{' in pattern")
        marker = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("$", "+"):
            follows_prep = index > 0 and tokens[index - 1].lower() in BARE_PHRASE_PREPS
            if terms and terms[-1]["kind"] == "noun" and not follows_prep:
                terms[-1]["after"] = _marked_role([token])
            elif not terms:
                pending_before = _marked_role([token])
            continue
        if token.lower() in BARE_PHRASE_PREPS and marker in _PHRASE_MARKERS:
            # TABARI's form without parentheses: `EID AT ^ WITH +` is `EID (AT ^) (WITH +)`; the
            # preposition heads a phrase, it is no word of the verb phrase on its own
            term = {"kind": "prep", "preps": [token.lower()], "words": []}
            role = _marked_role([marker])
            if role:
                term["role"] = role
            terms.append(term)
            continue
        if token.startswith("("):
            inner = token[1:-1].replace("{", " ").replace("}", " ").split()
            if not inner:
                reader.fail(number, "empty '( )' in pattern")
            words = _content_words(inner[1:])
            term = {"kind": "prep", "preps": [p.lower() for p in inner[0].split("/")], "words": words}
            role = _marked_role(inner[1:])
            if role:
                term["role"] = role
            terms.append(term)
        elif token.startswith("{"):
            words = _content_words(token[1:-1].split())
            if words and pending_before:
                terms.append({"kind": "noun", "words": words, "before": pending_before})
                pending_before = None
            elif len(words) > 1:
                # a noun phrase in braces is closed: its words stand together ("{&TIETYPES MEMOS}"
                # matches "economic memos", not "cultural secret memos")
                terms.append({"kind": "noun", "words": words, "closed": True})
            elif words:
                terms.append({"kind": "noun", "words": words})
        else:
            words = _content_words([token])
            if words:
                terms.append({"kind": "noun", "words": words})
                if pending_before:
                    terms[-1]["before"], pending_before = pending_before, None
    return terms


# Prepositions that head a phrase when a marker follows them outside parentheses (`WITH +`, `FROM $`).
BARE_PHRASE_PREPS = frozenset({"about", "against", "at", "by", "for", "from", "in", "into", "of", "on", "over",
                               "to", "toward", "towards", "with"})
_PHRASE_MARKERS = ("^", "+", "$", "%")


def _mark_adjacent(pre: list[dict[str, Any]], pre_text: str, post: list[dict[str, Any]], post_text: str) -> None:
    """`RECENTLY_*` / `* _LEAVE`: an underscore joining a phrase to the verb means the words must be
    consecutive with it (PETRARCH dictionaries.rst: a blank allows words between, `_` does not)."""
    if pre and pre[-1]["kind"] == "noun" and pre_text.endswith("_"):
        pre[-1]["adjacent"] = True
    if post and post[0]["kind"] == "noun" and post_text.startswith("_"):
        post[0]["adjacent"] = True


def _marked_role(raw: list[str]) -> str | None:
    """PETRARCH's actor markers inside a prepositional phrase: `(WITH +)` puts the target there,
    `(BY $)` the source."""
    if "+" in raw:
        return "target"
    if "$" in raw:
        return "source"
    return None


def _content_words(raw: list[str]) -> list[str]:
    words: list[str] = []
    for item in raw:
        if item in ("$", "+", "%", "^") or not item.strip("$+%^"):
            continue
        item = item.strip("$%^")
        if item.startswith("&"):
            words.append(_bare(item).upper())
        else:
            words.extend(_words(item.strip("+")))
    return words


def _bare(label: str) -> str:
    return label.rstrip("_")


def _words(phrase: str) -> list[str]:
    return [word.lower() for word in phrase.replace("_", " ").split()]


def _plural(word: str) -> str:
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
