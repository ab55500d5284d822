"""Actor-resolution scoring: does a resolved actor cover each gold actor span, with the right country
and sector?

The predicted actor for a gold span is the one whose mention overlaps the span most (a person's
mention "Russian Foreign Minister Sergey Lavrov" beats the nested state mention "Russian"). A gold
span without an overlapping actor counts as found = no and as wrong country/sector, so accuracies are
over all spans the gold labels, not only over those found.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from eventwire.evaluate.actor_gold import ActorGoldDoc, GoldActorSpan
from eventwire.evaluate.gold import PloverGold
from eventwire.evaluate.metrics import ratio
from eventwire.schema import Actor, DocInput, DocumentRecord

# Gold sector spellings that have a CAMEO sector of another name.
_SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL", "MOS": "REL", "SOC": "CVL"}


def documents(gold: list[ActorGoldDoc]) -> list[DocInput]:
    return [DocInput(id=doc.id, text=doc.text, published=doc.published) for doc in gold]


def predicted_actor(span: GoldActorSpan, actors: list[Actor]) -> Actor | None:
    best, best_key = None, None
    for actor in actors:
        for start, end in actor.mentions:
            overlap = min(end, span.end) - max(start, span.start)
            if overlap > 0:
                key = (overlap, -(end - start))
                if best_key is None or key > best_key:
                    best, best_key = actor, key
    return best


def score(gold: list[ActorGoldDoc], predictions: Mapping[str, DocumentRecord]) -> dict:
    tally = Counter()
    by_label: dict[str, Counter] = {}
    for doc in gold:
        record = predictions[doc.id]
        tally["pipeline_errors"] += record.error is not None
        for span in doc.spans:
            _count(span, predicted_actor(span, [] if record.error else record.actors), tally,
                   by_label.setdefault(span.label, Counter()))
    return {
        "documents": len(gold),
        "spans": tally["spans"],
        "found": ratio(tally["found"], tally["spans"]),
        "country_scored": tally["country"],
        "country_accuracy": ratio(tally["country_hit"], tally["country"]),
        "sector_scored": tally["sector"],
        "sector_accuracy": ratio(tally["sector_hit"], tally["sector"]),
        "pipeline_errors": tally["pipeline_errors"],
        "per_label": {label: {"spans": counts["spans"], "found": ratio(counts["found"], counts["spans"]),
                              "country_accuracy": ratio(counts["country_hit"], counts["country"]),
                              "sector_accuracy": ratio(counts["sector_hit"], counts["sector"])}
                      for label, counts in sorted(by_label.items())},
    }


def _count(span: GoldActorSpan, actor: Actor | None, *tallies: Counter) -> None:
    for tally in tallies:
        tally["spans"] += 1
        tally["found"] += actor is not None
        if span.country:
            tally["country"] += 1
            tally["country_hit"] += actor is not None and country_matches(actor, span.country)
        if span.sector:
            tally["sector"] += 1
            tally["sector_hit"] += actor is not None and (actor.sector or "").upper() == span.sector


def country_matches(actor: Actor, gold: str) -> bool:
    """Gold codes a country with the first three letters of its CAMEO code, which for armed groups
    and other non-state actors is no country (IMG for al-Qaeda); the contract's country is then empty,
    so such gold is compared with the start of the actor's code."""
    if actor.country:
        return actor.country.upper() == gold
    return (actor.code or "").upper().startswith(gold)


def misses(gold: list[ActorGoldDoc], predictions: Mapping[str, DocumentRecord]) -> list[dict[str, Any]]:
    """Every gold span scored wrong, with what was predicted (for reading errors, not for the report)."""
    rows = []
    for doc in gold:
        for span in doc.spans:
            actor = predicted_actor(span, predictions[doc.id].actors)
            country = actor.country if actor else None
            sector = actor.sector if actor else None
            if actor is None or (span.country and not country_matches(actor, span.country)) \
                    or (span.sector and span.sector != sector):
                rows.append({"doc": doc.id, "text": span.text, "label": span.label, "gold": (span.country, span.sector),
                             "predicted": (actor.name, country, sector) if actor else None})
    return rows


def plover_actor_docs(groups: Mapping[str, list[PloverGold]]) -> list[ActorGoldDoc]:
    """PLOVER GSR sentences as actor gold: each source/target actorText located in the sentence."""
    docs = []
    for key, records in groups.items():
        text = records[0].text
        spans: dict[tuple[int, int], GoldActorSpan] = {}
        for record in records:
            for actor_text, code, sector in record.actors:
                start = text.lower().find(actor_text.lower())
                if start >= 0:
                    spans.setdefault((start, start + len(actor_text)), GoldActorSpan(
                        start, start + len(actor_text), text[start:start + len(actor_text)], "actor",
                        country=code, sector=normalize_sector(sector)))
        docs.append(ActorGoldDoc(id=key, text=text, published=records[0].date, spans=list(spans.values())))
    return docs


def normalize_sector(sector: str | None) -> str | None:
    """'CVLalb' -> 'CVL', 'RELCHR' -> 'REL', '***' -> None (unknown)."""
    head = (sector or "").strip()[:3].upper()
    if len(head) < 3 or not head.isalpha():
        return None
    return _SECTOR_ALIASES.get(head, head)


def with_silver_countries(gold: list[ActorGoldDoc], *, kb) -> list[ActorGoldDoc]:
    """ConfliBERT spans carry no codes: a span that names exactly one state (by name, demonym or
    capital, from the knowledge base's country tables) gets that state as its silver country."""
    from eventwire.actors.matcher import find_matches

    result = []
    for doc in gold:
        spans = []
        for span in doc.spans:
            names, _ = find_matches(span.text, kb=kb)
            states = {kb.entries[match.entry].code for match in names if kb.entries[match.entry].kind == "state"}
            country = states.pop() if len(states) == 1 else None
            spans.append(GoldActorSpan(span.start, span.end, span.text, span.label, country=country))
        result.append(ActorGoldDoc(id=doc.id, text=doc.text, published=doc.published, spans=spans))
    return result


# The writer or speaker ("I", "we", "our") is not an actor the text names; quotes carry speakers.
FIRST_SECOND_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"}


def actor_locations_only(gold: list[ActorGoldDoc], *, kb) -> list[ActorGoldDoc]:
    """re3d entities that map to actors: persons and organisations except first/second-person
    pronouns; locations only when they are states or capitals ("Syria", "Damascus"), not towns or
    regions ("Palmyra", "the Middle East")."""
    result = []
    for doc in gold:
        spans = [span for span in doc.spans if span.text.strip().lower() not in FIRST_SECOND_PERSON
                 and (span.label != "Location" or _is_state_name(span.text, kb))]
        result.append(ActorGoldDoc(id=doc.id, text=doc.text, published=doc.published, spans=spans))
    return result


def _is_state_name(text: str, kb) -> bool:
    words = text.split()
    name = " ".join(words[1:]) if words and words[0].lower() == "the" else text
    entry = kb.lookup(name) or kb.lookup(text)
    return entry is not None and entry.kind == "state"
