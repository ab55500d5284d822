"""HTML -> article body text and metadata, with trafilatura (offline, no network)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import InputError

# trafilatura falls back to any text it finds ("Home"); a page with no line of at least this many
# words has no article body to code.
MIN_PARAGRAPH_WORDS = 4


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    sitename: str | None = None


def extract_html(html: str, *, doc_id: str, url: str | None = None) -> HtmlPage:
    """The main text of a page, one paragraph per block separated by blank lines (so the sentence
    splitter never runs two paragraphs together), without a leading headline equal to the title."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    body = (document.text or "") if document is not None else ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = (document.title or None) if document is not None else None
    if paragraphs and title and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    if not any(len(paragraph.split()) >= MIN_PARAGRAPH_WORDS for paragraph in paragraphs):
        raise InputError("E111", doc_id, "HTML page has no extractable article body")
    return HtmlPage(text="\n\n".join(paragraphs), title=title, published=document.date or None,
                    url=document.url or None, sitename=document.sitename or None)


def _same_words(first: str, second: str) -> bool:
    return first.casefold().split() == second.casefold().split()
