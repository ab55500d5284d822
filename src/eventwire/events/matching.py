"""Match a verb's dependency context against the verb dictionary: which entry, which code.

PETRARCH patterns name the head nouns before (`pre`) and after (`post`) the verb and prepositional
phrases `(PREP noun)`. Here the post context is the verb's own subtree after it, without nested clauses
(their verbs are coded on their own); the pre context is its subject. The matching pattern demanding
the most words wins: "promised … military gear" beats the bare "promise".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Token

from eventwire.events.verbs import Pattern, VerbDictionary, VerbEntry

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "cc", "mark"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}


@dataclass
class VerbMatch:
    entry: VerbEntry
    code: str | None
    subject_is_target: bool
    pattern: Pattern | None  # None: the bare verb's code
    # role -> candidate phrase heads a marker points at (`(PREP +)`, `MAY_DAY $`), nearest first
    marked: dict[str, list[Token]] = field(default_factory=dict)
    paired_code: str | None = None   # `[032:033]`: also coded from the target back to the source


def match_verb(token: Token, verbs: VerbDictionary, *,
               names_actor: Callable[[Token], bool] | None = None) -> VerbMatch | None:
    """The best dictionary reading of a verb token, or None if the verb is not in the dictionary.
    With `names_actor`, a phrase the pattern marks as source or target (`(FROM +)`) must name an
    actor, as in PETRARCH, whose `+`/`$` match only coded actors ("withdrew from Liberia" matches
    `* FROM +`, "withdrawing capital from the country" does not)."""
    entries = [entry for entry in verbs.entries(token.lemma_, text=token.text) if _has_extra_words(entry, token)]
    if not entries:
        return None
    entries.sort(key=lambda entry: -len(entry.words))  # "meet with" before "meet"
    post, pre = post_context(token), pre_context(token)
    best: VerbMatch | None = None
    for entry in entries:
        for pattern in verbs.block(entry).patterns:
            if (best is None or pattern.size > best.pattern.size) and \
                    _terms_match(pattern.post, post, verbs) and _terms_match(pattern.pre, pre, verbs) and \
                    _adjacent_terms_match(pattern, token, verbs) and \
                    (names_actor is None or _marked_phrases_name_actors(pattern, pre, post, names_actor)):
                best = VerbMatch(entry, pattern.code, pattern.subject_is_target, pattern,
                                 paired_code=pattern.paired_code)
    if best is not None:
        best.marked = marked_phrases(best.pattern, post, pre=pre, verbs=verbs)
        return best
    code, subject_is_target = verbs.entry_code(entries[0])
    return VerbMatch(entries[0], code, subject_is_target, None, paired_code=verbs.entry_paired_code(entries[0]))


def post_context(token: Token) -> list[Token]:
    """Tokens after the verb in its own clause (objects, particles, prepositional phrases). A passive's
    subject is the verb's logical object and comes first: "peacekeepers were withdrawn" reads as
    "withdrew peacekeepers" (`WITHDRAW * &PKO`)."""
    found: list[Token] = [t for child in token.lefts if child.dep_ == "nsubjpass" for t in child.subtree]
    for child in token.rights:
        if child.dep_ not in CLAUSE_DEPS and child.dep_ != "punct":
            found.extend(t for t in child.subtree if not _inside_clause(t, child))
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            # PETRARCH reads the verb phrase's words: "declined to comment" matches `DECLINE * comment`
            found.append(child)
        elif child.dep_ == "ccomp":
            found.extend(copular_predicate(child))
    return found


PREDICATE_DEPS = ("attr", "acomp")
PREDICATE_MODIFIERS = {"amod", "advmod", "compound", "det", "nummod", "neg"}


def copular_predicate(clause: Token) -> list[Token]:
    """The predicate words of a copular complement clause ("allowed that Mordor isn't a *real pleasant
    place*"): a clause with no verb of its own is no event of its own, so, as PETRARCH reads the words
    after the verb, its predicate belongs to the governing verb's pattern (`ALLOW * REAL_PLEASANT`).
    Only the predicate and its modifiers: a phrase under it may name an act ("are guilty *of violating
    the ceasefire*") that is no word of the governing verb's ("said … ceasefire" is no ceasefire). A
    complement with a main verb ("said that X attacked Y") is coded on its own and adds nothing."""
    if clause.pos_ != "AUX" or clause.lemma_.lower() != "be":
        return []
    return [token for child in clause.rights if child.dep_ in PREDICATE_DEPS
            for token in child.subtree if _modifier_of(token, child)]


def _modifier_of(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ not in PREDICATE_MODIFIERS:
            return False
        token = token.head
    return True


def marked_phrases(pattern: Pattern, context: list[Token], *, pre: list[Token] = (),
                   verbs: VerbDictionary | None = None) -> dict[str, list[Token]]:
    """The objects of the prepositional phrases a pattern marks as target or source ("* EID (WITH +)":
    "celebrated Eid in X with Y" -> target Y)."""
    marked: dict[str, list[Token]] = {}
    for term in pattern.pre + pattern.post:
        role = term.get("role")
        prep = _matching_prep(term, context) if role else None
        pobj = _phrase_object(prep) if prep is not None else None
        if pobj is not None:
            marked.setdefault(role, [pobj])
    if verbs is not None:
        for terms, side in ((pattern.pre, list(pre)), (pattern.post, context)):
            for term in terms:
                for role, nouns in _word_marked_nouns(term, side, verbs):
                    marked.setdefault(role, nouns)
    return marked


def _word_marked_nouns(term: dict, context: list[Token], verbs: VerbDictionary) -> list[tuple[str, list[Token]]]:
    """`MAY_DAY $`: the nouns after the matched words, nearest first, may hold the source; `+ HOSTING`:
    the nouns before them may hold the target. The coder takes the first that names an actor."""
    found = []
    words = term["words"]
    if term.get("after"):
        anchor = next((t for i, t in enumerate(context) if _word_matches(words[-1], context, i, verbs)), None)
        if anchor is not None:
            found.append((term["after"], [t for t in anchor.sent if t.i > anchor.i and _nominal(t)]))
    if term.get("before"):
        anchor = next((t for i, t in enumerate(context) if _word_matches(words[0], context, i, verbs)), None)
        if anchor is not None:
            found.append((term["before"], [t for t in reversed(anchor.sent) if t.i < anchor.i and _nominal(t)]))
    return found


def _nominal(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN", "PRON")


def _marked_phrases_name_actors(pattern: Pattern, pre: list[Token], post: list[Token],
                                names_actor: Callable[[Token], bool]) -> bool:
    for terms, context in ((pattern.pre, pre), (pattern.post, post)):
        for term in terms:
            prep = _matching_prep(term, context) if term.get("role") else None
            noun = _phrase_object(prep) if prep is not None else None
            if prep is not None and (noun is None or not names_actor(noun)):
                return False
    return True


def _phrase_object(prep: Token) -> Token | None:
    """The noun a preposition governs. spaCy often reads a preposition right after the verb as its
    particle and the noun as the verb's object ("clash *over* the efforts": prt + dobj); PETRARCH reads
    the words in order, so the verb's next object is the phrase's noun."""
    pobj = next((child for child in prep.children if child.dep_ == "pobj"), None)
    if pobj is not None or prep.dep_ != "prt":
        return pobj
    return next((child for child in prep.head.children
                 if child.i > prep.i and child.dep_ in ("dobj", "pobj", "npadvmod")), None)


def _phrase_words(prep: Token) -> list[Token]:
    """The words of a prepositional phrase after its preposition (for a particle: its noun's phrase)."""
    inner = [t for t in prep.subtree if t.i != prep.i]
    if inner or prep.dep_ != "prt":
        return inner
    noun = _phrase_object(prep)
    return list(noun.subtree) if noun is not None else []


def pre_context(token: Token) -> list[Token]:
    found: list[Token] = []
    if token.head.i < token.i and (token.dep_ in ("ccomp", "xcomp") or _infinitive_clause(token)):
        # PETRARCH reads the words before the verb: the verb whose complement or purpose this is
        # ("indicated it should have acted" matches `INDICATED SHOULD *`)
        found.append(token.head)
    for child in token.lefts:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("advmod", "npadvmod", "aux"):
            found.extend(child.subtree)
    return found


def _infinitive_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _inside_clause(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ in CLAUSE_DEPS - {"conj", "cc"}:
            return True
        token = token.head
    return False


def _has_extra_words(entry: VerbEntry, token: Token) -> bool:
    """A multi-word verb needs its other words as particles/prepositions next to the verb."""
    if len(entry.words) == 1:
        return True
    neighbours = {word for child in token.children if _phrasal_part(child, token)
                  for word in (child.lower_, child.lemma_.lower())}
    return all(word in neighbours for word in entry.extra_words)


def _phrasal_part(child: Token, verb: Token) -> bool:
    """A preposition after the verb's direct object heads a phrase of its own, not a phrasal verb: "gave a
    speech *in* Seoul" is no GIVE IN (yield); particles ("gave *in*", "turned the city over") always count."""
    if child.dep_ != "prep" or child.i < verb.i:
        return True
    return not any(other.dep_ == "dobj" and verb.i < other.i < child.i for other in verb.children)


def _terms_match(terms: list[dict], context: list[Token], verbs: VerbDictionary) -> bool:
    return all(_term_matches(term, context, verbs) for term in terms)


def _adjacent_terms_match(pattern: Pattern, verb: Token, verbs: VerbDictionary) -> bool:
    """A phrase joined to the verb by `_` (`RECENTLY_*`) must stand right next to it in the sentence:
    "recently did allow" does not match `RECENTLY_*`."""
    doc = verb.doc
    for term in pattern.pre:
        if term.get("adjacent"):
            before = list(doc[max(0, verb.i - 2 * len(term["words"]) - 4): verb.i])
            if not _consecutive_at(term["words"], before, len(before) - 1, verbs):
                return False
    for term in pattern.post:
        if term.get("adjacent"):
            after = list(doc[verb.i + 1: verb.i + 2 * len(term["words"]) + 5])
            if _span_end(term["words"], after, verbs) < 0:
                return False
    return True


def _consecutive_at(words: list[str], window: list[Token], last: int, verbs: VerbDictionary) -> bool:
    """The words end exactly at window[last], each right after the one before."""
    for word in reversed(words):
        length = _match_length(word, window, last, verbs)
        if not length:
            return False
        last -= length
    return True


def _span_end(words: list[str], window: list[Token], verbs: VerbDictionary) -> int:
    """Where words read consecutively from window[0] end (-1 if they do not)."""
    position = 0
    for word in words:
        length = next((n for n in range(1, len(window) - position + 1)
                       if _match_length(word, window, position + n - 1, verbs) == n), 0)
        if not length:
            return -1
        position += length
    return position - 1


def _match_length(word: str, window: list[Token], index: int, verbs: VerbDictionary) -> int:
    """How many tokens ending at window[index] the word (or a synset member) covers; 0: no match."""
    if index < 0 or index >= len(window):
        return 0
    token = window[index]
    forms = (token.lower_, token.lemma_.lower())
    if not word.isupper():
        return 1 if word in forms else 0
    for member in verbs.members_ending_with(word, forms):
        start = index - len(member) + 1
        if start >= 0 and all(m in (t.lower_, t.lemma_.lower()) for m, t in zip(member, window[start: index + 1])):
            return len(member)
    return 0


def _term_matches(term: dict, context: list[Token], verbs: VerbDictionary) -> bool:
    if term["kind"] == "prep":
        return _matching_prep(term, context, verbs) is not None
    if term.get("closed"):
        return any(_consecutive_at(term["words"], context, index, verbs) for index in range(len(context)))
    return _phrase_in(term["words"], context, verbs)


def _matching_prep(term: dict, context: list[Token], verbs: VerbDictionary | None = None) -> Token | None:
    """The first preposition of the context that satisfies a `(PREP words)` term. Without `verbs` the
    term's words are not checked again (the pattern already matched)."""
    for token in context:
        if token.lower_ in term["preps"] and token.dep_ in ("prep", "agent", "dative", "prt", "advmod"):
            inner = _phrase_words(token)
            if not term["words"] or verbs is None or _phrase_in(term["words"], inner, verbs):
                return token
    return None


def _phrase_in(words: list[str], context: list[Token], verbs: VerbDictionary) -> bool:
    """All words present, the last one (the head) at or after the others, as PETRARCH's `{A B}` means."""
    heads = [i for i, token in enumerate(context) if _word_matches(words[-1], context, i, verbs)]
    for head in heads:
        window = context[max(0, head - 6): head]
        if all(any(_word_matches(word, window, j, verbs) for j in range(len(window))) for word in words[:-1]):
            return True
    return False


def _verb_particle(token: Token, context: list[Token]) -> bool:
    """A bare particle or preposition in a pattern ("FIRE * OFF": fired off a letter; "CALL * FOR":
    called for a boycott) is the verb's own: a particle, or a preposition right after the verb. One
    inside the object's phrase or after the verb's other phrases ("fired a missile into the sea off
    Japan") is not."""
    if token.head in context:
        return False
    if not any(child.dep_ == "pobj" for child in token.children):
        return True
    before = [child for child in token.head.rights if child.i < token.i]
    return all(child.dep_ in ("advmod", "prt", "punct") for child in before)


def _word_matches(word: str, context: list[Token], index: int, verbs: VerbDictionary) -> bool:
    token = context[index]
    if not word.isupper():
        if token.pos_ in ("ADP", "PART") and not _verb_particle(token, context):
            return False
        return word in (token.lower_, token.lemma_.lower())
    # a synset: any member, multi-word members end at the token
    for member in verbs.members_ending_with(word, (token.lower_, token.lemma_.lower())):
        start = index - len(member) + 1
        if start >= 0 and all(m in (t.lower_, t.lemma_.lower()) for m, t in zip(member, context[start: index + 1])):
            return True
    return False
