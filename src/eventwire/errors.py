"""Errors with stable codes, in one place, so messages can be searched for and documented."""

from __future__ import annotations


class EventwireError(Exception):
    """An error a user can act on. `code` is stable across versions (E001…)."""

    def __init__(self, code: str, message: str):
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message

    def __reduce__(self):
        # Picklable whatever a subclass's __init__ takes: worker processes (eventwire.runners)
        # send these back to the main process, which re-raises them unchanged.
        return _restore_error, (type(self), self.args, self.__dict__)


class InputError(EventwireError):
    """A document that cannot be read or processed; names the document and the problem."""

    def __init__(self, code: str, doc_id: str, message: str):
        super().__init__(code, f"{doc_id}: {message}")
        self.doc_id = doc_id


class DictionaryError(EventwireError):
    """A malformed dictionary or actor file; names the file, the line and the reason."""

    def __init__(self, code: str, path: str, line: int | None, message: str):
        where = f"{path}:{line}" if line is not None else path
        super().__init__(code, f"{where}: {message}")
        self.path = path
        self.line = line


class GoldFileError(EventwireError):
    """A gold file that cannot be scored; names the file (and the record, when one is at fault)."""

    def __init__(self, code: str, path, message: str):
        super().__init__(code, f"{path}: {message}")
        self.path = str(path)


class RunnerError(EventwireError):
    """Parallel extraction cannot go on (eventwire.runners): bad runner options, an unreachable
    Dask scheduler, or a worker that died; names the scheduler or the documents concerned."""


def _restore_error(cls, args, state):
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


# Stable codes (documented in docs/errors.md):
# E001 spaCy model missing
# E101 empty document            E102 binary / not text        E103 invalid UTF-8
# E104 document too large        E105 JSON line not valid JSON E106 record lacks `id`
# E107 record lacks text/html    E108 duplicate id in a batch  E109 unreadable file
# E110 bad `published` date      E111 HTML has no article body
# E112 JSON nested too deeply to read
# E201 malformed dictionary, actor or alias file line   E202 dictionary, alias or data file unreadable
# E301 processing failed inside the pipeline (bug): message carries the exception
# E302 a document ran past its time budget (--time-limit)   E303 spaCy's parse failed for the document
# E401 no database at the path    E402 cannot open the database
# E403 not an eventwire database, or its schema version is not this release's
# E404 `eventwire sql` query failed (or tried to write)   E405 GDELT file unreadable or malformed (file:line)
# E406 plot cannot be written (needs matplotlib, .png/.svg only)
# E407 the database file is damaged (a block fails its checksum, the header cannot be read)
# E408 a write failed for lack of space (disk full), or the database refuses writes after such a failure
# E409 `ingest` could not hand its records to the `eventwire serve` holding the store (unreachable, refused)
# E501 gold file format not recognised  E502 gold file unreadable or malformed
# E503 gold record malformed (names the record)
# E504 gold file sets a coder option (<Config>) to a value it cannot have
# E601 runner options conflict (--workers/--engine/--scheduler)
# E602 cannot reach the Dask scheduler   E603 a worker died or a batch failed on it (names the documents)
# E604 the Dask engine was asked for but Dask is not installed (eventwire[dask])
