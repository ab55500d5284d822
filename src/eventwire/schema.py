"""The contract types (eventwire/1): the only shapes stages exchange.

Every field mirrors ../shared/CONTRACT.md; `to_dict()` writes exactly the contract's JSON shape and
`from_dict()` reads it back. Offsets are Python string indices, end-exclusive, into the document text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "eventwire/1"

ACTOR_KINDS = ("state", "person", "organization", "group", "igo", "ngo", "unknown")
MODALITIES = ("asserted", "negated", "intended", "hypothetical", "reported")
PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT", "CRIME",
)
PLACE_FEATURES = ("country", "admin1", "admin2", "city", "region", "landmark", "other")


@dataclass
class DocInput:
    """One article as read by ingest, before any processing."""

    id: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "unknown"
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    mentions: list[list[int]] = field(default_factory=list)
    # Added after eventwire/1's first fields: where the country or code came from when the actor's own
    # words do not give it ({"clue": "in Lahore", "by": "sentence place"}); absent from the JSON when None.
    inferred: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.inferred is None:
            del data["inferred"]
        return data


@dataclass
class Location:
    """A place as an event or actor has it. `start`/`end` are null only for an actor located by its
    country where the text never names that country as a place."""

    text: str
    start: int | None
    end: int | None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class ActorRef:
    """An event participant: a span of text and the actor it resolves to (if any). `location`: where
    the actor is (a place the text states for it, else its country; eventwire addition within v1)."""

    actor: str | None
    text: str
    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    location: Location | None = None


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Quantity:
    """A number attached to an event ("50,000 doses"). Not in the v1 contract's examples; additive."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None


@dataclass
class Event:
    id: str
    sentence: int
    trigger: Span
    source: list[ActorRef]
    target: list[ActorRef]
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    modality: str = "asserted"
    date: str | None = None
    date_end: str | None = None
    location: Location | None = None
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    date_precision: str | None = None  # "day" | "month" | "year"; added after eventwire/1's first fields
    tone: float | None = None  # tone of the event's clause, on the document tone's scale
    date_source: str | None = None  # "expression" | "context" | "published" (attributes/dates.py)
    historical: bool = False  # dated more than 30 days before its article: history, not news
    location_source: str | None = None  # "event" | "sentence" | "article" (attributes/locate.py)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    actor: str | None = None


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str = "direct"
    speaker: Speaker | None = None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    feature: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Tone:
    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0


@dataclass
class DocumentRecord:
    doc_id: str
    text: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: list[list[int]] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    schema: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape, keys in the contract's order."""
        return {
            "schema": self.schema,
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "sentences": [list(pair) for pair in self.sentences],
            "actors": [actor.to_dict() for actor in self.actors],
            "events": [asdict(event) for event in self.events],
            "quotes": [asdict(quote) for quote in self.quotes],
            "places": [asdict(place) for place in self.places],
            "tone": asdict(self.tone),
            "warnings": list(self.warnings),
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentRecord":
        return cls(
            schema=data.get("schema", SCHEMA_VERSION),
            doc_id=data["doc_id"],
            title=data.get("title"),
            published=data.get("published"),
            url=data.get("url"),
            source=data.get("source"),
            text=data.get("text", ""),
            sentences=[list(pair) for pair in data.get("sentences", [])],
            actors=[Actor(**actor) for actor in data.get("actors", [])],
            events=[_event_from_dict(event) for event in data.get("events", [])],
            quotes=[_quote_from_dict(quote) for quote in data.get("quotes", [])],
            places=[Place(**place) for place in data.get("places", [])],
            tone=Tone(**data.get("tone", {})),
            warnings=list(data.get("warnings", [])),
            error=data.get("error"),
        )


def error_record(article: DocInput | None, doc_id: str, message: str) -> DocumentRecord:
    """The record for a document that could not be processed: empty lists and an error message."""
    return DocumentRecord(
        doc_id=doc_id,
        title=article.title if article else None,
        published=article.published if article else None,
        url=article.url if article else None,
        source=article.source if article else None,
        error=message,
    )


def _event_from_dict(data: dict[str, Any]) -> Event:
    values = dict(data)
    values["trigger"] = Span(**data["trigger"])
    values["source"] = [_actor_ref_from_dict(ref) for ref in data.get("source", [])]
    values["target"] = [_actor_ref_from_dict(ref) for ref in data.get("target", [])]
    values["location"] = Location(**data["location"]) if data.get("location") else None
    values["quantities"] = [Quantity(**q) for q in data.get("quantities", [])]
    return Event(**values)


def _actor_ref_from_dict(data: dict[str, Any]) -> ActorRef:
    values = dict(data)
    values["location"] = Location(**data["location"]) if data.get("location") else None
    return ActorRef(**values)


def _quote_from_dict(data: dict[str, Any]) -> Quote:
    values = dict(data)
    values["speaker"] = Speaker(**data["speaker"]) if data.get("speaker") else None
    values["cue"] = Span(**data["cue"]) if data.get("cue") else None
    return Quote(**values)
