"""Country words that name more than one state ("Korea", "the Korean navy"). The knowledge base leaves
them out, since alone they cannot be placed; next to an agent the article usually says which state it
means by naming one of them elsewhere ("South Korea … the Korean navy" -> KOR)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.matcher import Match

# Only words whose candidate states are all real readings in news text; "Congolese" and "Sudanese" are
# not listed because the knowledge base already gives them one state.
AMBIGUOUS_COUNTRY_WORDS = {
    "korea": ("KOR", "PRK"), "korean": ("KOR", "PRK"), "koreans": ("KOR", "PRK"),
}


def ambiguous_candidates(doc, start_char: int, agent_start: int) -> tuple[str, ...] | None:
    """The candidate states of an ambiguous country word in the agent's phrase: between `start_char`
    and the agent noun, or right before the agent ("the Korean navy": the phrase may start at "navy")."""
    word = ambiguous_word(doc, start_char, agent_start)
    return AMBIGUOUS_COUNTRY_WORDS[word.lower_] if word is not None else None


def ambiguous_word(doc, start_char: int, agent_start: int) -> Token | None:
    """The ambiguous country word itself ("Korean"), as `ambiguous_candidates` finds it."""
    agent = _first_token_from(doc, agent_start)
    words = [doc[i] for i in range(_first_token_from(doc, start_char), agent)] + ([doc[agent - 1]] if agent else [])
    return next((token for token in words if _names_country(token)), None)


def _first_token_from(doc, char: int) -> int:
    """Index of the first token starting at or after `char` (len(doc) if none): a binary search, so a
    long document is not walked once per candidate."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < char:
            low = middle + 1
        else:
            high = middle
    return low


def _names_country(token: Token) -> bool:
    return token.lower_ in AMBIGUOUS_COUNTRY_WORDS and token.text[:1].isupper()


def named_candidate(candidates: tuple[str, ...], states: list[tuple[Match, str]]) -> str | None:
    """The one candidate state the document names elsewhere; None when it names none or several."""
    named = {iso3 for _, iso3 in states if iso3 in candidates}
    return named.pop() if len(named) == 1 else None
