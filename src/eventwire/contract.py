"""Check a record against the eventwire/1 contract: the JSON Schema shipped in the package plus the
rules a schema cannot express (every offset points at the text it claims, references resolve)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator


@lru_cache(maxsize=1)
def contract_schema() -> dict[str, Any]:
    return json.loads(resources.files("eventwire").joinpath("contract.schema.json").read_text("utf-8"))


def contract_problems(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the contract; an empty list means it conforms."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(contract_schema())
    problems = [f"{'/'.join(map(str, error.absolute_path)) or '<record>'}: {error.message}"
                for error in validator.iter_errors(record)]
    if problems:  # offset checks assume the shape is right
        return problems
    return list(_offset_problems(record))


def _offset_problems(record: dict[str, Any]) -> Iterator[str]:
    text = record["text"]
    actor_ids = {actor["id"] for actor in record["actors"]}

    def check(where: str, span: dict[str, Any]) -> Iterator[str]:
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            yield f"{where}: offsets [{start}, {end}) outside the text"
        elif text[start:end] != span["text"]:
            yield f"{where}: text {span['text']!r} != text[{start}:{end}] {text[start:end]!r}"

    for index, (start, end) in enumerate(record["sentences"]):
        if not 0 <= start < end <= len(text):
            yield f"sentences/{index}: offsets [{start}, {end}) outside the text"
    for actor in record["actors"]:
        for start, end in actor["mentions"]:
            if not 0 <= start < end <= len(text):
                yield f"actor {actor['id']}: mention [{start}, {end}) outside the text"
    for event in record["events"]:
        where = f"event {event['id']}"
        if event["sentence"] >= len(record["sentences"]):
            yield f"{where}: sentence {event['sentence']} does not exist"
        yield from check(f"{where}/trigger", event["trigger"])
        for side in ("source", "target"):
            for ref in event[side]:
                yield from check(f"{where}/{side}", ref)
                place = ref.get("location")
                if place and place["start"] is not None:  # null offsets: located by its country, not a text span
                    yield from check(f"{where}/{side}/location", place)
                if ref["actor"] is not None and ref["actor"] not in actor_ids:
                    yield f"{where}/{side}: unknown actor {ref['actor']}"
        if event["cameo"][:2] != event["root"]:
            yield f"{where}: root {event['root']} is not the start of cameo {event['cameo']}"
        if event["location"]:
            yield from check(f"{where}/location", event["location"])
        for quantity in event["quantities"]:
            yield from check(f"{where}/quantity", quantity)
    for index, quote in enumerate(record["quotes"]):
        yield from check(f"quotes/{index}", quote)
        for part in ("speaker", "cue"):
            if quote[part]:
                yield from check(f"quotes/{index}/{part}", quote[part])
        speaker = quote["speaker"]
        if speaker and speaker["actor"] is not None and speaker["actor"] not in actor_ids:
            yield f"quotes/{index}/speaker: unknown actor {speaker['actor']}"
    for index, place in enumerate(record["places"]):
        yield from check(f"places/{index}", place)
