"""Match a verb's dependency context against the verb dictionary: which entry, which code.

PETRARCH patterns name the head nouns before (`pre`) and after (`post`) the verb and prepositional
phrases `(PREP noun)`. Here the post context is the verb's own subtree after it, without nested clauses
(their verbs are coded on their own); the pre context is its subject. The matching pattern demanding
the most words wins: "promised … military gear" beats the bare "promise".
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    marked: dict[str, Token] = field(default_factory=dict)  # role -> phrase head a `(PREP +)` marks


def match_verb(token: Token, verbs: VerbDictionary) -> VerbMatch | None:
    """The best dictionary reading of a verb token, or None if the verb is not in the dictionary."""
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
                    _adjacent_terms_match(pattern, token, verbs):
                best = VerbMatch(entry, pattern.code, pattern.subject_is_target, pattern)
    if best is not None:
        best.marked = marked_phrases(best.pattern, post)
        return best
    code, subject_is_target = verbs.entry_code(entries[0])
    return VerbMatch(entries[0], code, subject_is_target, None)


def post_context(token: Token) -> list[Token]:
    """Tokens after the verb in its own clause (objects, particles, prepositional phrases)."""
    found: list[Token] = []
    for child in token.rights:
        if child.dep_ not in CLAUSE_DEPS and child.dep_ != "punct":
            found.extend(t for t in child.subtree if not _inside_clause(t, child))
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            # PETRARCH reads the verb phrase's words: "declined to comment" matches `DECLINE * comment`
            found.append(child)
    return found


def marked_phrases(pattern: Pattern, context: list[Token]) -> dict[str, Token]:
    """The objects of the prepositional phrases a pattern marks as target or source ("* EID (WITH +)":
    "celebrated Eid in X with Y" -> target Y)."""
    marked: dict[str, Token] = {}
    for term in pattern.pre + pattern.post:
        role = term.get("role")
        prep = _matching_prep(term, context) if role else None
        pobj = next((child for child in prep.children if child.dep_ == "pobj"), None) if prep else None
        if pobj is not None:
            marked.setdefault(role, pobj)
    return marked


def pre_context(token: Token) -> list[Token]:
    found: list[Token] = []
    for child in token.lefts:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("advmod", "npadvmod", "aux"):
            found.extend(child.subtree)
    return found


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
    neighbours = {child.lower_ for child in token.children} | {child.lemma_.lower() for child in token.children}
    return all(word in neighbours for word in entry.extra_words)


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
    return _phrase_in(term["words"], context, verbs)


def _matching_prep(term: dict, context: list[Token], verbs: VerbDictionary | None = None) -> Token | None:
    """The first preposition of the context that satisfies a `(PREP words)` term. Without `verbs` the
    term's words are not checked again (the pattern already matched)."""
    for token in context:
        if token.lower_ in term["preps"] and token.dep_ in ("prep", "agent", "dative", "prt", "advmod"):
            inner = [t for t in token.subtree if t.i != token.i]
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


def _word_matches(word: str, context: list[Token], index: int, verbs: VerbDictionary) -> bool:
    token = context[index]
    if not word.isupper():
        if token.pos_ in ("ADP", "PART") and (token.head in context or any(
                child.dep_ == "pobj" for child in token.children)):
            # a bare particle in a pattern ("FIRE * OFF": fire off a letter) is the verb's particle, not
            # a preposition with an object of its own ("fired a missile into the sea off Japan")
            return False
        return word in (token.lower_, token.lemma_.lower())
    # a synset: any member, multi-word members end at the token
    for member in verbs.members_ending_with(word, (token.lower_, token.lemma_.lower())):
        start = index - len(member) + 1
        if start >= 0 and all(m in (t.lower_, t.lemma_.lower()) for m, t in zip(member, context[start: index + 1])):
            return True
    return False
