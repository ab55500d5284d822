"""Text stage: DocInput -> PreparedArticle (clean body text, metadata, boilerplate spans).

OWNER: ingest/text helper. Interface fixed by pipeline.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.schema import DocInput


@dataclass
class PreparedArticle:
    text: str                      # text input: unchanged; html input: extracted body
    title: str | None = None
    published: str | None = None   # ISO date/datetime string as given or found in the HTML
    url: str | None = None
    source: str | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # spans not to code from
    warnings: list[str] = field(default_factory=list)


def prepare_article(article: DocInput) -> PreparedArticle:
    raise NotImplementedError
