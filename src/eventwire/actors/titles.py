"""Titles around person names: "Pakistan’s powerful army chief, Gen. Qamar Javed Bajwa" (a title phrase
before the name) and "Michael Kugelman, Deputy Director of … the U.S.-based Wilson Center" (an
appositive after it). Both give a person's country, sector and role; the phrase before the name
becomes part of the person's mention.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.actors.matcher import Match

# Words that may sit inside a title phrase without being agents themselves ("Deputy Foreign Minister").
TITLE_MODIFIERS = {"deputy", "vice", "former", "acting", "senior", "top", "interim", "caretaker", "federal",
                   "then", "junior", "chief", "new", "outgoing", "incoming", "powerful", "veteran"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"'s", "’s", "'", "’"}
# Head nouns of organisation names and the sector they suggest (think tanks and universities -> EDU).
ORG_HEAD_SECTORS = {
    "center": "EDU", "centre": "EDU", "institute": "EDU", "institution": "EDU", "university": "EDU",
    "college": "EDU", "academy": "EDU", "school": "EDU", "tank": "EDU", "council": None, "foundation": None,
    "press": "MED", "news": "MED", "times": "MED", "post": "MED", "agency": None, "tv": "MED",
    "television": "MED", "radio": "MED", "journal": "MED", "daily": "MED", "tribune": "MED", "herald": "MED",
    "company": "BUS", "corporation": "BUS", "corp": "BUS", "inc": "BUS", "ltd": "BUS", "bank": "BUS",
    "army": "MIL", "navy": "MIL", "forces": "MIL", "ministry": "GOV", "government": "GOV", "parliament": "LEG",
    "party": "PTY", "court": "JUD", "police": "COP",
}
PERSON_TITLE_HEADS = {"minister", "fm", "pm", "chief", "president", "general", "gen.", "secretary", "spokesman",
                      "spokesperson", "spokeswoman", "ambassador", "envoy", "director", "commander", "adviser",
                      "advisor", "official", "leader", "premier", "chancellor", "king", "queen", "governor",
                      "senator", "lawmaker", "diplomat", "officer", "analyst", "expert", "counterpart", "head",
                      "chairman", "mayor", "prince", "emir"}


@dataclass
class TitleInfo:
    start: int | None = None          # char offset where the title phrase starts (None: no title before)
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    titles: set[str] = field(default_factory=set)


def title_before(doc: Doc, name_start: int, *, agents: list[Match], states: list[tuple[Match, str]]) -> TitleInfo:
    """Walk left from a name over agents, modifiers, a country or demonym (+ possessive) and a determiner."""
    info = TitleInfo()
    token = _token_before(doc, name_start)
    if token is not None and token.text == "," and _appositive_of_title(doc, token, name_start, agents):
        token = _token_before(doc, token.idx)  # "Turkey's defence minister, Hulusi Akar": one person
    leftmost, found_agents = None, []
    while token is not None:
        agent = _covering(agents, token.idx)
        state = _covering_state(states, token.idx)
        lower = token.lower_
        if agent:
            found_agents.append(agent)
            leftmost = agent.start
        elif lower in POSSESSIVES or state:
            state_match = state or _covering_state(states, _prev_idx(doc, token))
            if not state_match or not found_agents:
                break
            info.country, leftmost = state_match[1], state_match[0].start
            token = _token_before(doc, state_match[0].start)
            if token is not None and token.lower_ in DETERMINERS:
                leftmost = token.idx
            break
        elif lower == "," and found_agents and len(found_agents) == 1 and leftmost == found_agents[0].start \
                and _covering(agents, _prev_idx(doc, token)):
            pass  # "army chief, Gen. X": an appositive title before the name
        elif lower in TITLE_MODIFIERS or (found_agents and _modifies(token)):
            pass
        elif lower in DETERMINERS and found_agents:
            leftmost = token.idx
            break
        else:
            break
        token = _token_before(doc, min(token.idx, leftmost if leftmost is not None else token.idx))
    if found_agents:
        first = min(found_agents, key=lambda match: match.start)
        info.start, info.role = leftmost, _role_text(doc, first)
        info.sector = state_media_sector(first) or _sector(first.agent)
        info.titles = {canonical_title(match.key) for match in found_agents}
    return info


def appositive_after(doc: Doc, name_end: int, *, agents: list[Match], states: list[tuple[Match, str]]) -> TitleInfo:
    """", Deputy Director of the Asia Program at the U.S.-based Wilson Center," -> role, country, sector."""
    info = TitleInfo()
    comma = _token_before(doc, name_end + 1)
    if comma is None or comma.text != "," or comma.idx != name_end:
        return info
    tokens = []
    for token in doc[comma.i + 1: comma.i + 25]:
        if token.is_sent_start or token.text in {",", ";", ".", ":", "“", "”", '"', "(", ")"}:
            break
        tokens.append(token)
    if not tokens:
        return info
    first_agent = next((a for a in agents if tokens[0].idx <= a.start < tokens[-1].idx + len(tokens[-1])), None)
    if first_agent:
        info.sector, info.titles = state_media_sector(first_agent) or _sector(first_agent.agent), {canonical_title(first_agent.key)}
    role_tokens = []
    for token in tokens:
        if token.pos_ == "ADP" or token.lower_ in DETERMINERS:
            break
        role_tokens.append(token)
    if role_tokens and role_tokens[-1].lower_ in PERSON_TITLE_HEADS:
        info.role = doc_text(doc)[role_tokens[0].idx: role_tokens[-1].idx + len(role_tokens[-1])]
    end = tokens[-1].idx + len(tokens[-1])
    countries = [iso3 for match, iso3 in states if tokens[0].idx <= match.start < end]
    info.country = countries[0] if countries else None
    heads = [ORG_HEAD_SECTORS[token.lower_] for token in tokens if ORG_HEAD_SECTORS.get(token.lower_)]
    if heads and not info.sector:
        info.sector = heads[-1]
    return info


def _appositive_of_title(doc: Doc, comma, name_start: int, agents: list[Match]) -> bool:
    """The name after `comma` is in apposition to the title before it ("Pakistan's water minister,
    Faisal Vawda, …"), as the parse says: the name's head is an `appos` of the title's head noun. Not a
    title that only precedes the name ("Speaking to the minister, Akar said")."""
    if comma.i == 0 or comma.i + 1 >= len(doc) or _covering(agents, doc[comma.i - 1].idx) is None:
        return False
    name = doc[comma.i + 1]
    if name.idx != name_start:
        return False
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head  # "Hulusi" -> "Akar"
    return name.dep_ == "appos" and name.head.i == comma.i - 1


def _modifies(token) -> bool:
    """Words inside a title phrase: adjectives, "internationally recognized", noun compounds ("paper
    workers", "security chief")."""
    # spaCy often tags the lower-case compound of an institution as PROPN ("defence" in "North
    # Korea's defence ministry"); a lower-case word is no name, so it modifies like a noun.
    return token.pos_ in ("ADJ", "ADV") or (token.dep_ == "compound" and (token.pos_ == "NOUN" or
                                                                        (token.pos_ == "PROPN" and token.is_lower))) \
        or (token.tag_ == "VBN" and token.dep_ == "amod")


def canonical_title(key: str) -> str:
    """'fm' and 'foreign minister' are the same title (for matching "the Russian FM" to its person)."""
    return {"fm": "foreign minister", "pm": "prime minister", "gen.": "general", "gen": "general",
            "army chief": "army chief"}.get(key, key)


def _role_text(doc: Doc, agent: Match) -> str:
    text = doc_text(doc)[agent.start: agent.end]
    return {"FM": "Foreign Minister", "PM": "Prime Minister"}.get(text, text)


# Head words of state media ("state-run television", "the state news agency"): Phoenix codes them
# ~GOVMED like an information minister, but the actor is a media outlet that reports, so MED.
MEDIA_HEADS = {"television", "tv", "radio", "media", "agency", "news", "newspaper", "broadcaster", "channel",
               "press", "daily", "outlet", "outlets", "broadcasters", "newspapers", "channels"}


def state_media_sector(agent: Match) -> str | None:
    """MED for a state media outlet (a ~GOVMED agent headed by a media word), else None."""
    code = (agent.agent or "").strip("~")
    return "MED" if code.startswith("GOVMED") and agent.key.split()[-1] in MEDIA_HEADS else None


def _sector(code: str | None) -> str | None:
    from eventwire.actors.codes import SECTORS

    if not code or not code.startswith("~"):
        return None
    sector = code[1:4]
    return sector if sector in SECTORS else None


def doc_text(doc: Doc) -> str:
    """doc.text rebuilds the string on every access; keep one copy per Doc."""
    text = doc.user_data.get("_eventwire_text")
    if text is None:
        text = doc.user_data["_eventwire_text"] = doc.text
    return text


def _covering(matches: list[Match], offset: int | None) -> Match | None:
    if offset is None:
        return None
    return next((match for match in matches if match.start <= offset < match.end), None)


def _covering_state(states: list[tuple[Match, str]], offset: int | None) -> tuple[Match, str] | None:
    if offset is None:
        return None
    return next((item for item in states if item[0].start <= offset < item[0].end), None)


def _token_before(doc: Doc, offset: int):
    """The last token that starts before `offset`."""
    starts = doc.user_data.get("_eventwire_token_starts")
    if starts is None:
        starts = doc.user_data["_eventwire_token_starts"] = [token.idx for token in doc]
    index = bisect_left(starts, offset)
    return doc[index - 1] if index > 0 else None


def _prev_idx(doc: Doc, token) -> int | None:
    return doc[token.i - 1].idx if token.i > 0 else None
