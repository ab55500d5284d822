"""PolNeAR attribution gold (brat standoff): `text/<article>.txt` + `attributions/<article>_<annotator>.ann`.

Text-bound lines `T<n><TAB><Type> <start> <end>[;<start> <end>…]<TAB><covered text>` hold the spans;
event lines `E<n><TAB>Attribution:T<a> Source:T<s> Cue:T<c> Content:T<t> [Content2:T<u>]` tie one
attribution's parts together (Source may be missing; a role with a digit suffix adds pieces to that role).

Several annotators annotated some articles (one .ann file each); the first annotator file in name order is
used, so each article counts once. A path may be the compartment folder (holding text/ and
attributions/), its attributions/ folder, or one .ann file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import GoldFileError

ROLES = ("Source", "Cue", "Content")
_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.MULTILINE)
_EVENT = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)

Pieces = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    content: Pieces
    cue: Pieces = ()
    source: Pieces = ()


@dataclass
class AttributedArticle:
    id: str
    text: str
    published: str | None = None
    attributions: list[GoldAttribution] = field(default_factory=list)


def read_polnear(path: Path) -> list[AttributedArticle]:
    """Every article under a PolNeAR folder (or the one article of an .ann file)."""
    path = Path(path)
    ann_files = _ann_files(path)
    if not ann_files:
        raise GoldFileError("E502", path, "no PolNeAR .ann files found")
    chosen: dict[str, Path] = {}
    for ann in ann_files:
        chosen.setdefault(article_name(ann), ann)
    published = _publication_dates(path)
    return [_read_article(ann, name, published.get(name)) for name, ann in sorted(chosen.items())]


def article_name(ann: Path) -> str:
    """`<article>_<annotator>.ann` -> `<article>`."""
    return ann.stem.rsplit("_", 1)[0]


def _ann_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if path.suffix == ".ann" else []
    folder = path / "attributions" if (path / "attributions").is_dir() else path
    return sorted(folder.glob("*.ann"))


def _text_folder(ann: Path) -> Path:
    return ann.parent.parent / "text"


def _publication_dates(path: Path) -> dict[str, str]:
    """metadata.tsv (two folders up from the .ann files) gives each article's publication date."""
    for folder in [path, *path.parents][:4]:
        metadata = folder / "metadata.tsv"
        if metadata.is_file():
            lines = metadata.read_text(encoding="utf-8").splitlines()
            header = lines[0].split("\t") if lines else []
            if "filename" in header and "publication_date" in header:
                name, day = header.index("filename"), header.index("publication_date")
                return {row[name]: row[day] for row in (line.split("\t") for line in lines[1:])
                        if len(row) > max(name, day)}
    return {}


def _read_article(ann: Path, name: str, published: str | None) -> AttributedArticle:
    text_path = _text_folder(ann) / f"{name}.txt"
    try:
        text = text_path.read_text(encoding="utf-8")
        annotation = ann.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError("E502", ann, f"cannot read PolNeAR article or annotation: {exc}") from exc
    return AttributedArticle(id=name, text=text, published=published,
                             attributions=parse_ann(annotation, path=ann))


def parse_ann(content: str, *, path: Path | str = "<PolNeAR .ann>") -> list[GoldAttribution]:
    spans = {match[1]: _pieces(match[3], path=path) for match in _TEXT_BOUND.finditer(content)}
    attributions = []
    for match in _EVENT.finditer(content):
        parts: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
        for argument in match[1].split():
            role, _, target = argument.partition(":")
            role = role.rstrip("0123456789")
            if role not in parts:
                continue
            if target not in spans:
                raise GoldFileError("E503", path, f"{match[0].split()[0]} refers to missing span {target}")
            parts[role] += spans[target]
        if parts["Content"]:
            attributions.append(GoldAttribution(content=tuple(sorted(parts["Content"])),
                                                cue=tuple(sorted(parts["Cue"])), source=tuple(sorted(parts["Source"]))))
    return attributions


def _pieces(offsets: str, *, path: Path | str) -> list[tuple[int, int]]:
    pieces = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        if int(end) < int(start):
            raise GoldFileError("E503", path, f"span {piece!r} ends before it starts")
        pieces.append((int(start), int(end)))
    return pieces
