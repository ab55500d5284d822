"""Text stage: DocInput -> PreparedArticle (clean body text, metadata, boilerplate spans).

Text input passes through unchanged (offsets line up with the caller's copy); HTML input is reduced
to its article body with trafilatura. Either way, lines of site furniture ("Share this article",
copyright notes, "Author's Profile") are reported as `boilerplate` spans the pipeline codes nothing from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.errors import InputError
from eventwire.schema import DocInput
from eventwire.text.boilerplate import find_boilerplate
from eventwire.text.html import extract_html
from eventwire.text.language import not_english_warning

SHORT_TEXT_CHARS = 200


@dataclass
class PreparedArticle:
    text: str                      # text input: unchanged; html input: extracted body
    title: str | None = None
    published: str | None = None   # ISO date/datetime string as given or found in the HTML
    url: str | None = None
    source: str | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # spans not to code from
    warnings: list[str] = field(default_factory=list)
    english: bool = True           # False: not English (text/language.py); the stages are skipped


def prepare_article(article: DocInput) -> PreparedArticle:
    """Body text + metadata of one article. Fields given in the DocInput win over HTML metadata."""
    if article.text is not None:
        prepared = PreparedArticle(text=article.text, title=article.title, published=article.published,
                                   url=article.url, source=article.source)
    elif article.html is not None:
        prepared = _prepare_html(article)
    else:
        raise InputError("E107", article.id, "document has neither text nor html")
    if not prepared.text.strip():
        raise InputError("E101", article.id, "empty document (no text)")
    prepared.boilerplate = find_boilerplate(prepared.text)
    prepared.warnings.extend(_warnings(prepared))
    language = not_english_warning(prepared.text, declared=article.language)
    if language is not None:
        prepared.english = False
        prepared.warnings.append(language)
    return prepared


def _prepare_html(article: DocInput) -> PreparedArticle:
    page = extract_html(article.html, doc_id=article.id, url=article.url)
    return PreparedArticle(
        text=page.text,
        title=article.title or page.title,
        published=article.published or page.published,
        url=article.url or page.url,
        source=article.source or page.sitename,
    )


def _warnings(prepared: PreparedArticle) -> list[str]:
    warnings = []
    body_chars = len(prepared.text.strip()) - sum(end - start for start, end in prepared.boilerplate)
    if body_chars < SHORT_TEXT_CHARS:
        warnings.append(f"short text: {body_chars} characters of article body")
    return warnings


__all__ = ["PreparedArticle", "find_boilerplate", "prepare_article"]
