"""Modality of an event trigger from its clause: asserted, negated, intended, hypothetical, reported.

Read from the trigger's auxiliaries and negation, then up its chain of governing verbs ("refused to
attack" is coded REJECT by the dictionary, not a negated attack; "plans to visit" is an intended visit).
Precedence: negated > hypothetical > intended > reported > asserted. "said" alone does not make an
event `reported` (most news is attributed); claim/allege verbs and "reportedly"/"according to" do.
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}
HYPOTHETICAL_AUX = {"could", "may", "might", "should", "can", "must"}
INTENDED_AUX = {"will", "shall", "'ll", "would", "wo"}
INTENT_GOVERNORS = {"plan", "promise", "pledge", "vow", "agree", "intend", "aim", "expect", "hope", "want",
                    "seek", "decide", "prepare", "offer", "threaten", "propose", "schedule", "set",
                    "commit", "undertake", "resolve", "wish", "go", "try", "ready", "due", "poised",
                    "keen", "eager", "determined", "likely", "about"}
HYPOTHETICAL_GOVERNORS = {"consider", "mull", "weigh", "could", "possible", "able", "might"}
REPORT_GOVERNORS = {"claim", "allege", "report", "rumor", "rumour", "purport", "accuse"}
REPORT_ADVERBS = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
GOVERNING_DEPS = {"xcomp", "ccomp", "acomp", "advcl", "pcomp", "conj"}


def event_modality(trigger: Token, *, intent_code: bool = False) -> str:
    """Modality of the event whose trigger (verb or event noun) is `trigger`.

    intent_code: the CAMEO code itself encodes intent (root 03 "promise", 13 "threaten"): the coded act
    is a future one, so `intended` unless negated or hypothetical."""
    chain = _governing_chain(trigger)
    # a governor's negation carries into its complement ("did not agree to visit"), not into reported
    # speech ("did not say that X attacked" leaves the attack's status unknown, so: asserted)
    negation_scope = chain[:2] if trigger.dep_ in ("xcomp", "dobj", "pobj", "nsubjpass") else chain[:1]
    if any(_negated(token) for token in negation_scope):
        return "negated"
    if any(_hypothetical(token) for token in chain):
        return "hypothetical"
    if intent_code or any(_intended(token, first=(i == 0)) for i, token in enumerate(chain)):
        return "intended"
    if any(_reported(token, first=(i == 0)) for i, token in enumerate(chain)):
        return "reported"
    return "asserted"


def _governing_chain(token: Token) -> list[Token]:
    """The trigger, then the verbs governing it through complement clauses. An event noun takes its
    verb's modality only as that verb's object/subject ("will hold talks"), not from a prepositional
    phrase ("during the visit")."""
    chain = [token]
    if token.pos_ in ("NOUN", "PROPN"):
        return chain + [token.head] if token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") else chain
    current = token
    while current.dep_ in GOVERNING_DEPS | {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr"} \
            and current.head.i != current.i and len(chain) < 6:
        parent = current.head
        if current.dep_ == "conj":  # a coordinated verb shares its partner's auxiliaries, not its object
            current = parent
            continue
        chain.append(parent)
        current = parent
    return chain


def _negated(token: Token) -> bool:
    if any(child.dep_ == "neg" or child.lower_ in ("never",) for child in token.children):
        return True
    # "made no visit", "no talks were held": a negating determiner on the object or subject
    return any(child.dep_ in ("dobj", "nsubjpass", "nsubj") and
               any(grand.dep_ == "det" and grand.lower_ == "no" for grand in child.children)
               for child in token.children) or any(child.dep_ == "det" and child.lower_ == "no"
                                                   for child in token.children)


def _hypothetical(token: Token) -> bool:
    if any(child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX for child in token.children):
        return True
    if any(child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether") for child in token.children):
        return True
    return token.lemma_.lower() in HYPOTHETICAL_GOVERNORS and token.pos_ in ("VERB", "ADJ")


def _intended(token: Token, *, first: bool) -> bool:
    auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in INTENDED_AUX for aux in auxes):
        return True
    if any(aux.lower_ == "to" for aux in auxes) and (first or token.head.lemma_.lower() == "be"):
        return True  # infinitives are unrealised acts: "deadline to withdraw", "is to visit"
    return not first and token.lemma_.lower() in INTENT_GOVERNORS


def _reported(token: Token, *, first: bool) -> bool:
    if any(child.lower_ in REPORT_ADVERBS for child in token.children):
        return True
    if any(child.dep_ == "prep" and child.lower_ == "according" for child in token.children):
        return True
    return not first and token.lemma_.lower() in REPORT_GOVERNORS
