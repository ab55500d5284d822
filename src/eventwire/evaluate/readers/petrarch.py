"""PETRARCH / TABARI validation records (XML-like; read by pattern, since some files are not
well-formed XML: a self-closed <Sentence/>, `noevents = "True"`, quoted codes in single quotes)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from eventwire.errors import GoldFileError
from eventwire.evaluate.readers.files import read_gold_text
from eventwire.evaluate.gold import PetrarchEnvironment, PetrarchFile, PetrarchGold, Triple
from eventwire.events.options import CoderOptions

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE_START = re.compile(r"^[ \t]*<Sentence\b([^>]*)>", re.MULTILINE)
_SENTENCE_END = re.compile(r"</Sentence>|</Sentences>")
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_CONFIG = re.compile(r"<Config\b([^>]*)>")
_ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.DOTALL)
_CONLLU_TOKEN = re.compile(r"^\d+\t([^\t]+)\t", re.MULTILINE)
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[.,;:!?%)\]]|'s\b|n't\b)")
_FALSE = {"false", "0", "no"}
# Error markers that test PETRARCH's handling of its *input parse*; eventwire parses the text
# itself, so these records say nothing about it.
_PARSE_INPUT_ERRORS = {"bad_input_parse"}
# The options a validation file starts from: PETRARCH's PETR_config.ini, which requires a dyad and
# leaves internal and terminal comma clauses of 2-8 words uncoded (the values the UnitTest file
# restores after its COMMA records); its <Config> lines switch options for the records after them.
PETRARCH_DEFAULT_OPTIONS = CoderOptions(require_dyad=True, comma_min=2, comma_max=8, comma_emin=2, comma_emax=8)


def read_petrarch_xml(path: Path) -> PetrarchFile:
    return parse_petrarch_xml(read_gold_text(path, kind="PETRARCH XML"), path=path)


def parse_petrarch_xml(content: str, *, path: Path | str = "<PETRARCH XML>") -> PetrarchFile:
    content = _COMMENT.sub("", content)
    environment = _environment(content)
    starts = list(_SENTENCE_START.finditer(content))
    if not starts:
        raise GoldFileError("E502", path, "no <Sentence> records found")
    records = []
    options_at = _options_in_effect(content, path=path)
    for number, match in enumerate(starts):
        limit = starts[number + 1].start() if number + 1 < len(starts) else len(content)
        end = _SENTENCE_END.search(content, match.end(), limit)
        body = content[match.end(): end.start() if end else limit]
        record = _record(match.group(1), body, environment=environment, path=path)
        record.options = options_at(match.start())
        records.append(record)
    return PetrarchFile(environment=environment, records=records)


def _options_in_effect(content: str, *, path: Path | str):
    """A function from a position in the file to the coder options its <Config> lines set by then."""
    settings = []
    for match in _CONFIG.finditer(content):
        attributes = _attributes(match.group(1))
        if "option" in attributes:
            settings.append((match.start(), attributes["option"], attributes.get("value", "")))

    def options_at(position: int) -> CoderOptions:
        options = PETRARCH_DEFAULT_OPTIONS
        for start, option, value in settings:
            if start > position:
                break
            try:
                options = options.with_setting(option, value)
            except ValueError as exc:
                raise GoldFileError("E504", path, f"<Config option={option!r}>: {exc}") from exc
        return options

    return options_at


def _environment(content: str) -> PetrarchEnvironment:
    def tag(name: str) -> str:
        match = re.search(rf"<{name}>(.*?)</{name}>", content, re.DOTALL)
        return match.group(1).strip() if match else ""

    def names(value: str) -> list[str]:
        return [name.strip() for name in value.split(",") if name.strip()]

    return PetrarchEnvironment(verb_file=tag("Verbfile") or None, actor_files=names(tag("Actorfile")),
                               agent_files=names(tag("Agentfile")), include=tag("Include").split(),
                               discard_files=names(tag("Discardfile")), pico_files=names(tag("PICOfile")))


def _attributes(raw: str) -> dict[str, str]:
    # findall gives '' for the quote style not used: a single-quoted value ('"THE MINISTRY"') is in `single`
    return {key.lower(): (double or single).strip()
            for key, double, single in _ATTRIBUTE.findall(raw)}


def _record(raw_attributes: str, body: str, *, environment: PetrarchEnvironment,
            path: Path | str) -> PetrarchGold:
    attributes = _attributes(raw_attributes)
    record_id = attributes.get("id", "?")
    text_match = _TEXT.search(body)
    if not text_match:
        raise GoldFileError("E503", path, f"record {record_id} has no <Text>")
    codings = [_attributes(raw) for raw in _CODING.findall(body)]
    text = " ".join(html.unescape(text_match.group(1)).split()) or _text_from_conllu(body)
    record = PetrarchGold(
        id=record_id,
        category=attributes.get("category", ""),
        date=_iso_date(attributes.get("date")),
        text=text,
        triples=[Triple(coding.get("sourcecode", ""), coding.get("targetcode", ""), coding["eventcode"])
                 for coding in codings if "eventcode" in coding],
    )
    record.skip_reason = _skip_reason(attributes, codings, record, environment)
    return record


def _text_from_conllu(body: str) -> str:
    """Some records leave <Text> empty and carry only a CoNLL-U parse: rebuild the sentence from
    its tokens (PETRARCH itself codes from the parse)."""
    parse = _PARSE.search(body)
    tokens = _CONLLU_TOKEN.findall(parse.group(1)) if parse else []
    return _SPACE_BEFORE_PUNCTUATION.sub("", " ".join(tokens))


def _skip_reason(attributes: dict[str, str], codings: list[dict[str, str]], record: PetrarchGold,
                 environment: PetrarchEnvironment) -> str | None:
    if not record.text:
        return "no text"
    flag = attributes.get("evaluate", attributes.get("sentence", "true"))
    if flag.lower() in _FALSE:
        return "marked not to evaluate"
    if environment.include and record.category not in environment.include:
        return f"category {record.category} not in the file's <Include>"
    if any(coding.get("error") in _PARSE_INPUT_ERRORS for coding in codings):
        return "tests the input parse"
    return None


def _iso_date(value: str | None) -> str | None:
    """PETRARCH dates are YYYYMMDD."""
    if value and re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None
