"""Codes that follow from how an act is framed, as the CAMEO codebook asks.

- An act the actor *says it will do* is coded as that intent, not as the act: "agreed to provide aid"
  is 033 (express intent to provide aid, PLOVER AGREE), "would blockade Paris" is 1381 (threaten a
  blockade, PLOVER THREATEN).
- A cooperative act the actor *refuses or withholds* is a rejection: "will not lift the ban" is 1241
  (decline to ease sanctions), "failed to reach agreement" is 127, "declined to resign" is 124. The
  rejection itself happened, so its modality becomes `asserted`.

Only the built-in dictionary is recoded this way; a user's verb file keeps its own codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.codebook import CameoCode, Codebook
from eventwire.events.modality import INTENDED_AUX, INTENT_GOVERNORS, event_modality

# "promise/agree to provide aid" = CAMEO 03x "express intent to …" (PETRARCH's combination rule)
INTENT_EQUIVALENT = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "060": "031",
                     "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                     "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "046": "036",
                     "045": "039", "050": "032", "057": "032", "080": "035", "081": "0351", "084": "0353"}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# an announced use of force or pressure is a threat of it (CAMEO 13x)
THREAT_EQUIVALENT = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                     "172": "132", "191": "1381", "192": "1382"}
THREAT_BY_ROOT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "1384",
                  "20": "1385"}
REJECT_EQUIVALENT = {"031": "121", "0311": "1211", "0312": "1212", "0313": "1213", "0314": "1214",
                     "033": "122", "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224",
                     "034": "123", "0341": "1231", "0342": "1232", "0343": "1233", "0344": "1234",
                     "035": "124", "0351": "1241", "0352": "1242", "0353": "1243", "0354": "1244",
                     "0355": "1245", "0356": "1246", "036": "125", "037": "127", "038": "126", "039": "126",
                     "057": "127", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
                     "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
REJECT_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
# a dictionary intent code on an act that was carried out ("lifts sanctions", "deployed peacekeepers")
REALISED_EQUIVALENT = {"031": "060", "0311": "061", "0312": "062", "0313": "063", "0314": "064", "032": "050",
                       "033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074", "035": "080",
                       "0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087",
                       "036": "040", "039": "045"}
# verbs whose act is itself the statement of intent: "approved the plan", "offered help" stay 03x
PROMISING_VERBS = {"approve", "accept", "assure", "guarantee", "consent", "welcome", "endorse", "back"}
REFUSAL_GOVERNORS = {"refuse", "decline", "fail", "reject"}
INTENT_WORDS = INTENT_GOVERNORS | {"willing", "threaten"}


def recode_for_framing(entry: CameoCode, modality: str, trigger: Token,
                       codebook: Codebook) -> tuple[CameoCode, str]:
    """The (code, modality) of the event once its framing is read; unchanged when nothing applies."""
    if modality == "negated" or _governed_by(trigger, REFUSAL_GOVERNORS):
        code = _equivalent(entry, REJECT_EQUIVALENT, REJECT_BY_ROOT)
        if code is not None:
            return code_or(codebook, code, entry), "asserted"
        return entry, modality
    if entry.root == "03" and modality == "intended" and _carried_out(trigger):
        code = REALISED_EQUIVALENT.get(entry.code)
        if code is not None:
            return code_or(codebook, code, entry), event_modality(trigger)
        return entry, modality
    if modality == "intended" and _announced(trigger):
        code = _equivalent(entry, INTENT_EQUIVALENT, INTENT_BY_ROOT) or \
            _equivalent(entry, THREAT_EQUIVALENT, THREAT_BY_ROOT)
        if code is not None:
            return code_or(codebook, code, entry), modality
    return entry, modality


def _equivalent(entry: CameoCode, by_code: dict[str, str], by_root: dict[str, str]) -> str | None:
    for length in range(len(entry.code), 2, -1):   # the most specific listed prefix
        if entry.code[:length] in by_code:
            return by_code[entry.code[:length]]
    return by_root.get(entry.root)


def code_or(codebook: Codebook, code: str, fallback: CameoCode) -> CameoCode:
    return codebook.get(code) or fallback


def _governed_by(trigger: Token, lemmas: set[str]) -> bool:
    """The trigger is the complement of one of these verbs ("refused to lift", "failed to reach")."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lemmas


def _carried_out(trigger: Token) -> bool:
    """A verb reporting a done act, with no word of intent on it or above it."""
    if trigger.pos_ not in ("VERB", "AUX") or _announced(trigger):
        return False
    if trigger.lemma_.lower() in INTENT_WORDS | PROMISING_VERBS:
        return False
    return event_modality(trigger) != "intended"


def _announced(trigger: Token) -> bool:
    """An explicit statement of intent: "will/would …" or "agreed/plans/vowed/is ready to …" — not a
    purpose infinitive ("sent troops to help"), which reports the act that was done."""
    if any(child.dep_ in ("aux", "auxpass") and child.lower_ in INTENDED_AUX for child in trigger.children):
        return True
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in INTENT_WORDS
