"""Reported speech and attributed thought without quotation marks ("X said (that) …", "according to X, …").

What counts follows the usual definition of attribution in news (PolNeAR's guidelines): statements,
beliefs, intentions and findings credited to a source. Each finding is the content's token range, the
cue tokens and the speaker's subject token:

- a cue verb with a clausal complement: "Clinton said (that) Trump …", "she believes …", "the poll shows
  …"; intention verbs with an infinitive: "Trump plans to …" (the "to" belongs to the content);
- a cue verb set beside its content: "The museum, he said, celebrated …";
- "according to X": the rest of the clause is the content, X the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from eventwire.attributes.speakers import cue_subject

SPEECH_LEMMAS = {
    "say", "tell", "add", "state", "note", "claim", "announce", "declare", "insist", "argue", "warn",
    "explain", "assert", "reiterate", "stress", "emphasize", "emphasise", "confirm", "deny", "allege",
    "acknowledge", "admit", "maintain", "affirm", "write", "tweet", "report", "suggest", "predict",
    "contend", "concede", "complain", "testify", "reveal", "disclose", "indicate", "promise", "pledge",
    "vow", "threaten", "reply", "respond", "answer", "recall", "mention", "boast", "brag", "joke",
    "lament", "caution", "observe", "remark", "comment", "charge", "counter", "agree", "propose",
    "demand", "assure", "inform", "remind", "estimate", "conclude", "find", "show", "signal", "hint",
    "speculate", "predict", "posit", "suggest", "question", "wonder", "ask", "urge", "repeat", "shout",
    "scream", "cry", "declare", "proclaim", "post", "acknowledge", "insinuate", "imply", "accuse",
}
BELIEF_LEMMAS = {"believe", "think", "feel", "know", "expect", "hope", "fear", "worry", "doubt",
                 "suspect", "assume", "understand", "realize", "realise", "recognize", "guess", "consider",
                 "learn", "notice", "decide", "determine", "judge", "wish", "bet", "trust"}
INTENTION_LEMMAS = {"want", "plan", "intend", "promise", "pledge", "vow", "refuse", "decline", "agree",
                    "hope", "wish", "threaten", "seek", "aim", "prefer", "expect", "offer", "decide",
                    "urge", "ask", "call", "vow", "need", "like", "love", "hate", "mean"}
# Verbs whose object (with its "as …"/"for …" phrase) is what the source said or thinks:
# "cited derogatory comments", "called the charges unsubstantiated", "criticized X as a 'crazy system'".
OBJECT_LEMMAS = {"cite", "mention", "call", "label", "brand", "dub", "describe", "criticize", "criticise",
                 "attack", "condemn", "blast", "slam", "praise", "defend", "reject", "oppose", "endorse",
                 "support", "back", "deny", "dispute", "question", "accuse", "blame", "applaud", "welcome",
                 "denounce", "decry", "dismiss", "hail", "tout", "laud", "demand", "recommend", "propose",
                 "note", "acknowledge", "announce", "reveal", "disclose", "report", "discuss", "highlight",
                 "emphasize", "stress", "predict", "promise", "pledge", "vow", "threaten", "warn", "urge",
                 "rule", "order", "request", "challenge", "contest", "mock", "ridicule", "insult", "thank",
                 "congratulate", "credit", "fault", "lambast", "rebuke", "scold", "chastise", "assail"}
OBJECT_DEPS = ("dobj", "oprd", "dative")
OBJECT_PREPS = {"as", "for", "of", "to", "about", "on"}
CLAUSE_CUES = SPEECH_LEMMAS | BELIEF_LEMMAS
MIN_CONTENT_TOKENS = 2
MAX_LEAD_TOKENS = 5


@dataclass(frozen=True)
class Reported:
    content: SpacySpan
    cue: SpacySpan
    speaker: Token | SpacySpan | None


def reported_speech(sentence: SpacySpan) -> list[Reported]:
    """Every attribution without quotation marks in one sentence, outermost only."""
    found = [] if (colon := _colon_lead(sentence)) is None else [colon]
    for token in sentence:
        finding = _according_to(token) if token.lower_ == "according" else _verb_cue(token)
        if finding is not None:
            found.append(finding)
    return _outermost(found)


def _verb_cue(verb: Token) -> Reported | None:
    if verb.pos_ not in ("VERB", "AUX") and not (verb.pos_ == "NOUN" and verb.dep_ == "ROOT"):
        return None
    lemma = verb.lemma_.lower()
    content = None
    if lemma in CLAUSE_CUES:
        content = _complement(verb, "ccomp") or _aside_content(verb)
    if content is None and lemma in INTENTION_LEMMAS:
        content = _complement(verb, "xcomp", keep_to=True)
    if content is None and lemma in OBJECT_LEMMAS:
        content = _object_content(verb)
    if content is None:
        return None
    subject = cue_subject(verb)
    if subject is None:
        return None
    return Reported(content=content, cue=verb.doc[verb.i:verb.i + 1], speaker=subject)


def _complement(verb: Token, dep: str, *, keep_to: bool = False) -> SpacySpan | None:
    """The verb's complement clause without a leading "that"/"whether" and edge punctuation."""
    complement = next((child for child in verb.children if child.dep_ == dep), None)
    if complement is None or (dep == "xcomp" and complement.pos_ not in ("VERB", "AUX")):
        return None
    tokens = sorted(_content_tokens(complement), key=lambda t: t.i)
    if dep == "xcomp" and not keep_to:
        tokens = [t for t in tokens if t.dep_ != "aux" or t.i != tokens[0].i]
    return _trimmed(verb.doc, _within_paragraph(tokens, verb))


def _object_content(verb: Token) -> SpacySpan | None:
    """The verb's object with the phrases completing it ("X as a 'crazy system'", "for a moratorium")."""
    parts = [child for child in verb.rights
             if child.dep_ in OBJECT_DEPS or child.dep_ in ("ccomp", "xcomp")
             or child.dep_ == "prep" and child.lower_ in OBJECT_PREPS]
    if not any(child.dep_ in OBJECT_DEPS or child.dep_ == "prep" and child.lower_ == "for" for child in parts):
        return None
    tokens = sorted((t for part in parts for t in _content_tokens(part)), key=lambda t: t.i)
    return _trimmed(verb.doc, _within_paragraph(tokens, verb))


def _aside_content(verb: Token) -> SpacySpan | None:
    """ "The museum, he said, celebrated …": a cue in a parenthetical aside reports its head clause."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    # The content runs around the aside; the span keeps it whole, aside included (spans are contiguous).
    return _trimmed(verb.doc, _within_paragraph(sorted(_content_tokens(verb.head), key=lambda t: t.i), verb))


def _according_to(according: Token) -> Reported | None:
    """ "According to X, …": the clause the phrase modifies (without the phrase) is the content."""
    to = next((child for child in according.children if child.lower_ == "to"), None)
    if to is None and according.i + 1 < len(according.doc) and according.nbor(1).lower_ == "to":
        to = according.nbor(1)
    source = next((child for child in to.children if child.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    tokens = _within_paragraph([t for t in _content_tokens(head) if t.i not in phrase], according)
    content = _trimmed(according.doc, tokens)
    if content is None:
        return None
    source_span = according.doc[source.left_edge.i:source.right_edge.i + 1]
    return Reported(content=content, cue=according.doc[according.i:to.i + 1], speaker=source_span)


def _content_tokens(root: Token) -> list[Token]:
    """The root's subtree, less what is not clearly attributed (conservative, as annotators are):
    a non-restrictive relative clause (", which …") is the writer's background, and a further cue verb
    attached by coordination or as an adverbial (", arguing that …") starts an attribution of its own."""
    cut: set[int] = set()
    for token in root.subtree:
        if token is root or token.i in cut:
            continue
        if _background_clause(token) or _own_attribution(token):
            cut |= {t.i for t in token.subtree}
    return [t for t in root.subtree if t.i not in cut]


def _background_clause(token: Token) -> bool:
    return token.dep_ == "relcl" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _own_attribution(token: Token) -> bool:
    return (token.dep_ in ("advcl", "conj") and token.pos_ == "VERB" and token.lemma_.lower() in CLAUSE_CUES
            and any(child.dep_ in ("ccomp", "xcomp") for child in token.children))


def _within_paragraph(tokens: list[Token], anchor: Token) -> list[Token]:
    """Tokens in the anchor's paragraph: sentence splitting sometimes runs across a blank line."""
    doc = anchor.doc
    breaks = _line_breaks(doc)
    after = bisect_left(breaks, anchor.i)  # the first break at or after the anchor ends its paragraph
    start = breaks[after - 1] + 1 if after else 0
    end = breaks[after] if after < len(breaks) else len(doc)
    return [t for t in tokens if start <= t.i < end]


def _line_breaks(doc) -> list[int]:
    """Indices of the whitespace tokens holding a line break, found once per Doc (a paragraph without
    breaks would otherwise be walked token by token for every cue in it)."""
    breaks = doc.user_data.get("_eventwire_line_breaks")
    if breaks is None:
        breaks = doc.user_data["_eventwire_line_breaks"] = [t.i for t in doc if t.is_space and "\n" in t.text]
    return breaks


def _colon_lead(sentence: SpacySpan) -> Reported | None:
    """ "Pence: Gennifer Flowers Won't Be at Debate" / "WALLACE: Let's start …": a short name-like lead
    at the start of a line, a colon, then what it said (to the end of the line)."""
    doc = sentence.doc
    colon = next((t for t in sentence[:MAX_LEAD_TOKENS + 1] if t.text == ":"), None)
    if colon is None or colon.i == sentence.start:
        return None
    lead = [t for t in doc[sentence.start:colon.i] if not t.is_space]
    if not lead or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT") for t in lead) \
            or not any(t.pos_ in ("PROPN", "NOUN") for t in lead) or not _starts_line(lead[0]):
        return None
    end = colon.i + 1
    while end < sentence.end and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    content = _trimmed(doc, list(doc[colon.i + 1:end]))
    if content is None:
        return None
    return Reported(content=content, cue=doc[colon.i:colon.i + 1], speaker=doc[lead[0].i:lead[-1].i + 1])


def _starts_line(token: Token) -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text or token.doc.text[token.idx - 1:token.idx] == "\n"


def _trimmed(doc, tokens: list[Token]) -> SpacySpan | None:
    """The tokens' range without a leading complementizer or conjunction and edge punctuation."""
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if")
                      or tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < MIN_CONTENT_TOKENS:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]


def _outermost(found: list[Reported]) -> list[Reported]:
    """Attributions inside another's content are dropped (the outer one carries them)."""
    return [item for item in found
            if not any(other is not item and other.content.start <= item.cue.start < other.content.end
                       for other in found)]
