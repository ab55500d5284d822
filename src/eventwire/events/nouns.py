"""Event nouns: "the visit of Russian FM", "held talks", "carried out strikes", "joint exercises".

A small table (eventwire's own, general news vocabulary) used two ways: as the object of a light verb
("hold", "conduct", "carry out", "pay", …), and on its own when the noun has participants
("Lavrov's trip to Pakistan": possessor / of / by = source, to / with / against = target).
"""

from __future__ import annotations

from spacy.tokens import Token

# noun lemma -> CAMEO code
EVENT_NOUNS = {
    "visit": "042", "trip": "042", "tour": "042",
    "talk": "040", "talks": "040", "meeting": "040", "summit": "040", "consultation": "040",
    "negotiation": "046", "negotiations": "046",
    "attack": "190", "assault": "190", "offensive": "190", "raid": "190", "strike": "190",
    "clash": "190", "fighting": "190", "skirmish": "190", "battle": "190", "ambush": "190", "gunfight": "190",
    "airstrike": "195", "bombing": "195", "shelling": "194",
    "exercise": "062", "drill": "062",
    "welcome": "043",   # "gave X a warm welcome": hosting a visitor
    "crackdown": "175", "protest": "141", "demonstration": "141", "rally": "141",
    "sanction": "163", "embargo": "163", "blockade": "191", "invasion": "192",
}
# military nouns that need a military/joint modifier to count ("military exercises", not "an exercise")
NEEDS_MILITARY_MODIFIER = {"exercise", "drill", "strike"}
MILITARY_MODIFIERS = {"military", "joint", "naval", "air", "army", "war", "combat", "missile", "drone",
                      "defense", "defence", "counter-terrorism", "counterterrorism"}
# "air strike" style compounds
AIR_MODIFIERS = {"air", "aerial", "drone"}
# Verbs that end a coercive measure: "lifted its embargo", "sanctions were eased" report the easing
# (CAMEO 085 / 0872), not the sanction.
REVERSING_VERBS = {"lift", "ease", "end", "remove", "scrap", "drop", "relax", "loosen", "suspend", "rescind",
                   "revoke", "withdraw"}
REVERSED_CODES = {"163": "085", "191": "0872"}
# Verbs whose object is a subject matter, not a happening: "the treaty *covers* attacks on X", "the law
# *prohibits* protests", "they *discussed* sanctions" name attacks, protests and sanctions as topics.
TOPIC_VERBS = {"cover", "include", "prohibit", "forbid", "ban", "outlaw", "allow", "permit", "authorize",
               "authorise", "discuss", "debate", "address", "concern", "regulate", "govern", "mention",
               "define", "exclude", "involve", "consider", "review", "examine", "study", "criminalize",
               "criminalise"}
# Prepositions that introduce a topic wherever they stand ("a report about attacks", "measures
# including sanctions"), and those that do so under a topic verb or a noun naming talks or rules
# ("talks on joint exercises", "a treaty on attacks").
TOPIC_PREPS = {"about", "regarding", "concerning", "including"}
TOPIC_PREPS_UNDER_TOPIC_WORDS = {"on", "over"}
TOPIC_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "debate", "meeting", "summit",
               "law", "treaty", "agreement", "pact", "accord", "resolution", "report", "rule", "bill",
               "convention", "deal", "memorandum", "statement", "question", "issue"}
LIGHT_VERBS = {"hold", "conduct", "carry", "stage", "launch", "pay", "make", "undertake", "have",
               "begin", "start", "mount", "perform", "organize", "organise", "host", "give", "extend",
               "accord"}


def noun_code(token: Token) -> str | None:
    """The CAMEO code of an event noun, or None."""
    lemma = token.lemma_.lower()
    code = EVENT_NOUNS.get(lemma) or EVENT_NOUNS.get(token.lower_)
    if code is None:
        return None
    modifiers = {child.lower_ for child in token.children if child.dep_ in ("amod", "compound")}
    if lemma in NEEDS_MILITARY_MODIFIER and not modifiers & MILITARY_MODIFIERS:
        return None
    if code == "190" and modifiers & AIR_MODIFIERS:
        return "195"
    if code in REVERSED_CODES and _reversed(token):
        return REVERSED_CODES[code]
    return code


def _reversed(noun: Token) -> bool:
    """The noun is what a reversing verb lifts ("lifted the embargo", "sanctions … were lifted")."""
    governor = noun
    while governor.dep_ == "conj" and governor.head.i != governor.i:
        governor = governor.head
    return governor.dep_ in ("dobj", "nsubjpass") and governor.head.lemma_.lower() in REVERSING_VERBS


def light_verb_object(verb: Token) -> Token | None:
    """The event noun object of a light verb ("held talks", "carried out strikes"), if any."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and noun_code(child):
            return child
    return None


def is_topic(noun: Token) -> bool:
    """The event noun names a subject matter, not a happening: the object of a topic verb ("the treaty
    covers attacks", "they discussed sanctions") or the object of a topic preposition ("talks on joint
    exercises", "a report about the raid")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in TOPIC_VERBS
    if noun.dep_ != "pobj":
        return False
    preposition = head.lower_
    if preposition in TOPIC_PREPS:
        return True
    governor = head.head
    return preposition in TOPIC_PREPS_UNDER_TOPIC_WORDS and (
        governor.lemma_.lower() in TOPIC_VERBS or governor.lemma_.lower() in TOPIC_NOUNS
        or governor.lower_ in TOPIC_NOUNS)
