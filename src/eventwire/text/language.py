"""Is a text English? Positive evidence of another language, without a language model.

A text is flagged only when it shows another language, never merely for lacking English words (a list of
names, "Russia praised Pakistan." repeated, or a headline are English for the pipeline):

- its letters are mostly of another script (Cyrillic, Arabic, Chinese, Devanagari, …), or
- it is Latin-script and the very common function words of another language make up at least
  MIN_SHARE of its words and more than the English ones do ("der", "und", "nicht"; "les", "dans";
  "los", "para"; …). News prose in any of these languages is about a quarter function words, and an
  English article's foreign names and quotes come nowhere near that share.

Only the first SAMPLE_CHARS characters are read, and only when they hold at least MIN_WORDS words.
Measured in docs/architecture.md ("Language check").
"""

from __future__ import annotations

import re

# Common function words, leaving out those shared with English ("a", "in", "an", "is", "to", "die", "no",
# and Polish "i" and "w": the English pronoun and initials).
FUNCTION_WORDS = {
    "English": "the of and to that for it was on with as by at from this have has had he she they his her their "
               "its which who were been will would said says but not or be are than also about after when there "
               "what these those into over more could should",
    "German": "der die und den das ist nicht mit sich des auf für eine ein dem zu von im auch wird werden hat "
              "sind nach bei wie aus oder noch",
    "French": "le la les des et est une pour dans qui que pas sur au aux du il elle sont ont avec cette ce ne "
              "mais leur été",
    "Spanish": "el los las del que y un una por con para se su es al como más pero sus fue ha le lo",
    "Italian": "il di che della del e un una per non sono con gli si è alla nel degli anche come ha più",
    "Portuguese": "o os do da dos das que e um uma para com não em no na se por é mais foi ao",
    "Dutch": "het een en van dat op niet met voor zijn aan er ook bij werd naar wordt door",
    "Polish": "na się nie że jest jak od po ale przez oraz przy jego jej są było",
    "Turkish": "ve bir bu için ile olarak çok daha ama gibi olan değil",
    "Indonesian": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada adalah",
}
WORDS = {language: frozenset(words.split()) for language, words in FUNCTION_WORDS.items()}
MIN_SHARE = 0.10
MIN_WORDS = 30
MIN_OTHER_SCRIPT = 0.5   # share of letters outside the Latin script
SAMPLE_CHARS = 20_000
NOT_ENGLISH = "not English:"  # how the warning starts (ingest counts these)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_END = 0x250  # Basic Latin up to Latin Extended-B


def language_shares(text: str) -> tuple[dict[str, float], float, int]:
    """(share of each language's function words among the sample's words, share of letters outside the
    Latin script, number of words)."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    letters = sum(len(word) for word in words)
    if not words:
        return {language: 0.0 for language in WORDS}, 0.0, 0
    other_script = sum(ord(char) >= _LATIN_END for word in words for char in word) / letters
    shares = {language: sum(word in vocabulary for word in words) / len(words) for language, vocabulary in WORDS.items()}
    return shares, other_script, len(words)


def not_english_warning(text: str, *, declared: str | None = None) -> str | None:
    """The warning for a text that is not English, or None. A `language` given with the document wins:
    "en"/"en-GB" is English whatever the text looks like, any other code is not."""
    if declared:
        code = declared.strip().lower().replace("_", "-").split("-")[0]
        return None if code in ("en", "eng", "english") else \
            f"{NOT_ENGLISH} the document's language is {declared!r}; no events coded"
    shares, other_script, words = language_shares(text)
    if words < MIN_WORDS:
        return None
    if other_script >= MIN_OTHER_SCRIPT:
        return f"{NOT_ENGLISH} {other_script:.0%} of its letters are not Latin script; no events coded"
    language = max((name for name in shares if name != "English"), key=shares.get)
    if shares[language] >= MIN_SHARE and shares[language] > shares["English"]:
        return (f"{NOT_ENGLISH} reads as {language} ({shares[language]:.0%} common {language} words, "
                f"{shares['English']:.0%} English); no events coded")
    return None
