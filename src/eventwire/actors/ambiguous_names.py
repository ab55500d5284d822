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
    before = [token for token in doc if token.idx < agent_start]
    words = [token for token in before if token.idx >= start_char] + before[-1:]
    for token in words:
        if _names_country(token):
            return AMBIGUOUS_COUNTRY_WORDS[token.lower_]
    return None


def _names_country(token: Token) -> bool:
    return token.lower_ in AMBIGUOUS_COUNTRY_WORDS and token.text[:1].isupper()


def named_candidate(candidates: tuple[str, ...], states: list[tuple[Match, str]]) -> str | None:
    """The one candidate state the document names elsewhere; None when it names none or several."""
    named = {iso3 for _, iso3 in states if iso3 in candidates}
    return named.pop() if len(named) == 1 else None
