"""Parsed name tables kept in the user's cache folder, so later starts skip the parsing.

The gazetteer, the first-name list and the HanTa lexicon ship as text (gzip)
and take about a third of a second to parse into dicts and sets;
:mod:`marshal` reads the parsed form back in a third of that.  Each cache
file records the hash of the source bytes, the parser's code and the Python
version (marshal's format belongs to the interpreter); a cache that does not
match, cannot be read or cannot be written is simply parsed anew.

The folder is the platform's user cache folder (``~/.cache/lagebild``,
``~/Library/Caches/Lagebild``, ``%LOCALAPPDATA%\\Lagebild\\cache``);
``LAGEBILD_CACHE_DIR`` names another one, or turns the cache off when empty.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import TypeVar

CACHE_ENV = "LAGEBILD_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where the parsed tables are kept, or ``None`` when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local) / "Lagebild" / "cache" if local else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Lagebild"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lagebild"


def _key(source: bytes, parse: Callable[[bytes], object]) -> str:
    digest = hashlib.blake2b(source, digest_size=16)
    for part in _code_parts(parse.__code__):  # a changed parser does not reuse old tables
        digest.update(part)
    return f"{sys.implementation.cache_tag}:{digest.hexdigest()}"


def _code_parts(code: CodeType) -> Iterator[bytes]:
    """The bytecode, names and constants of ``code`` and the code nested in it, in a
    form that is the same in every process (``marshal.dumps`` of a code object
    is not: it depends on reference counts)."""
    yield code.co_code
    yield "\0".join(code.co_names).encode()
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from _code_parts(constant)
        else:
            yield _canonical(constant).encode()


def _canonical(constant: object) -> str:
    if isinstance(constant, frozenset):  # iteration order follows the per-process string hash
        return "frozenset(" + ",".join(sorted(_canonical(c) for c in constant)) + ")"
    if isinstance(constant, tuple):
        return "(" + ",".join(_canonical(c) for c in constant) + ")"
    return repr(constant)


def cached_table(name: str, source: bytes, parse: Callable[[bytes], T]) -> T:
    """``parse(source)``, read from the cache file ``name`` when it was made from the same bytes.

    ``parse`` must return plain data :mod:`marshal` can store (dicts, lists,
    tuples, sets and frozensets of strings and numbers) and depend on nothing
    but ``source`` and its own code (which is part of the cache key).
    """
    folder = cache_dir()
    key = _key(source, parse)
    path = folder / f"{name}.marshal" if folder is not None else None
    if path is not None:
        try:
            stored_key, value = marshal.loads(path.read_bytes())
            if stored_key == key:
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass  # missing, foreign or damaged: parse again
    value = parse(source)
    if path is not None:
        _write(path, marshal.dumps((key, value)))
    return value


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically (another process may be reading or writing it); errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass  # a read-only or full disk: the tables are parsed on every start instead
