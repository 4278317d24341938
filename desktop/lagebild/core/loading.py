"""Reading articles from disk: plain text, Markdown and saved HTML news pages.

Bytes are decoded with a byte-order mark if there is one, as UTF-8 if they
are valid UTF-8, and otherwise with the encoding charset-normalizer detects
(German sources still use cp1252/latin-1).  HTML pages go through trafilatura,
which takes the main text, title and publication date out of the page
without running scripts or loading anything remote.  Markdown is parsed with
markdown-it-py and reduced to its text, one block per line.

Every problem becomes an :class:`ArticleError` with a one-line message.
"""

from __future__ import annotations

import codecs
import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagebild.core.errors import ArticleError

log = logging.getLogger(__name__)

#: Larger files are refused: a news article is a few hundred KB at most.
MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass(slots=True)
class LoadedText:
    """The text of a file and the metadata found in it (not yet the sidecar)."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing missing, unreadable, empty and gigantic files."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from None
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article file")
    if size > MAX_BYTES:
        raise ArticleError(
            f"{path}: file too large ({size / 1e6:.0f} MB); articles up to {MAX_BYTES // 2**20} MB are read"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from None
    if not data.strip():
        raise ArticleError(f"{path}: file is empty")
    return data


def decode(data: bytes, name: str = "input") -> str:
    """Decode article bytes to text (BOM, then UTF-8, then a detected charset)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ArticleError(f"{name}: broken {encoding.upper()} text") from None
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{name}: looks like a binary file, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(f"{name}: cannot determine the text encoding (binary file?)")
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise ArticleError(f"{name}: looks like a binary file, not a text article")
    log.info("%s: decoded as %s", name, best.encoding)
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(sample)


def normalise_newlines(text: str) -> str:
    """Unify line ends to ``\\n`` and drop a leading BOM; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def load_text(path: Path) -> LoadedText:
    """Read a text, Markdown or HTML article file."""
    data = read_bytes(path)
    text = decode(data, str(path))
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        return _from_html(text, str(path))
    text = normalise_newlines(text)
    if _control_ratio(text) > 0.01:
        raise ArticleError(f"{path}: looks like a binary file, not a text article")
    if suffix in MARKDOWN_SUFFIXES:
        return _from_markdown(text)
    return LoadedText(text=text)


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _from_html(markup: str, name: str) -> LoadedText:
    import trafilatura

    document = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None or not (document.text or "").strip():
        raise ArticleError(f"{name}: no article text found in the HTML page")
    published = _parse_iso_date(document.date) if document.date else None
    source = document.sitename or document.hostname or None
    return LoadedText(
        text=normalise_newlines(document.text).strip("\n"),
        title=document.title or None,
        published=published,
        source=source,
    )


def _from_markdown(text: str) -> LoadedText:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[str] = []
    title: str | None = None
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type in ("inline",):
            block = "".join(
                child.content if child.type in ("text", "code_inline") else " " if child.type in ("softbreak", "hardbreak") else ""
                for child in token.children or []
            ).strip()
            if block:
                if in_heading and title is None:
                    title = block
                blocks.append(block)
        elif token.type in ("code_block", "fence"):
            blocks.extend(line for line in token.content.splitlines() if line.strip())
    return LoadedText(text="\n".join(blocks), title=title)


def _parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class Sidecar:
    """Metadata from ``NAME.meta.json`` beside an article."""

    title: str | None = None
    published: date | None = None
    source: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


def sidecar_path(path: Path) -> Path:
    """``dir/name.de.txt`` → ``dir/name.de.meta.json``."""
    return path.with_name(path.stem + ".meta.json") if path.suffix else path.with_name(path.name + ".meta.json")


def load_sidecar(path: Path) -> Sidecar:
    """Read the sidecar of ``path`` if there is one; problems become warnings."""
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return Sidecar()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return Sidecar(warnings=[f"{meta_path.name}: ignored, not valid JSON ({error})"])
    if not isinstance(meta, dict):
        return Sidecar(warnings=[f"{meta_path.name}: ignored, not a JSON object"])
    sidecar = Sidecar(
        title=_str_or_none(meta.get("title")),
        source=_str_or_none(meta.get("source")),
        language=_str_or_none(meta.get("language")),
    )
    if meta.get("published") is not None:
        sidecar.published = _parse_iso_date(str(meta["published"]))
        if sidecar.published is None:
            sidecar.warnings.append(f"{meta_path.name}: 'published' is not a date (YYYY-MM-DD): {meta['published']!r}")
    return sidecar


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
