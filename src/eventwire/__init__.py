"""eventwire: news about international affairs in, coded geopolitical event data out."""

from eventwire.schema import SCHEMA_VERSION, DocInput, DocumentRecord

__version__ = "0.1.0"

__all__ = ["SCHEMA_VERSION", "DocInput", "DocumentRecord", "__version__", "extract_document", "extract_many", "load_resources"]


def __getattr__(name):
    # The pipeline pulls in spaCy; import it lazily so `import eventwire` stays cheap.
    if name in ("extract_document", "extract_many"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    if name == "load_resources":
        from eventwire.resources import load_resources

        return load_resources
    raise AttributeError(name)
