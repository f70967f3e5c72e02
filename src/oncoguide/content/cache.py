"""A checked knowledge base kept on disk, so a new process (`oncoguide ask`) skips parsing and checking YAML.

Parsing and checking content/ took about 1 s of the 1.3 s of a cold `oncoguide ask` (#16); reading it back from
this cache takes about 0.1 s. The cache is keyed by a hash of every content file and of the code that turns
them into objects (model/, content/, the Python and pydantic versions), so any edit gives a new key and a
cached copy is never served stale. A cache file that is missing, damaged or written for other content is
ignored and written again; a home we cannot write to only costs the time. Only content without problems is
cached: `oncoguide validate` always reads the YAML.

The file is a pickle. It lives in ONCOGUIDE_HOME beside the database and the search index, which decide what
answers say as much as it does: whoever can write there can already change them.

What is built from a knowledge base (the answers' statement index, answer/service.py) is kept beside it under
`derived_path`: named by the content folder and by a key made from this file's key, so it is never older than the
knowledge base it was built from, and each checkout sharing a home keeps its own.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pydantic

from .. import model
from ..model import KnowledgeBase

log = logging.getLogger(__name__)

MAGIC = b"oncoguide knowledge base 1\n"
# The code whose changes change the loaded objects: the model's types and validators, the loader and checks.
CODE = (Path(model.__file__).parent, Path(__file__).parent)


def fingerprint(content_dir: Path) -> str:
    """A hash of every content file (names and bytes) and of the code that loads them."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"python {sys.version_info[:3]} pydantic {pydantic.VERSION}\n".encode())
    for i, (root, pattern) in enumerate(((Path(content_dir), "*"), *((code, "*.py") for code in CODE))):
        h.update(b"root %d\n" % i)
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            name = path.relative_to(root).as_posix().encode()
            data = path.read_bytes()
            h.update(b"%d %d " % (len(name), len(data)) + name)  # lengths first: no two file sets hash alike
            h.update(data)
    return h.hexdigest()


def _where(content_dir: Path) -> str:
    return hashlib.blake2b(str(Path(content_dir).resolve()).encode(), digest_size=8).hexdigest()


def cache_file(content_dir: Path, cache_dir: Path) -> Path:
    """One file per content folder: editing content replaces it instead of adding another."""
    return cache_dir / f"kb-{_where(content_dir)}.pickle"


def derived_path(content_dir: Path, cache_dir: Path, kind: str, key: str, *code: Path) -> Path:
    """Where something of `kind` built from the knowledge base of key `key` (load_keyed) by `code` is kept."""
    h = hashlib.blake2b(key.encode(), digest_size=16)
    for path in code:
        h.update(b"%d " % path.stat().st_size + path.read_bytes())
    return cache_dir / f"{kind}-{_where(content_dir)}-{h.hexdigest()}"


def prune_derived(kept: Path) -> None:
    """Remove the other versions of `kept` (same kind, same content folder): built from older content or code."""
    stem = kept.name.rsplit("-", 1)[0]
    for old in kept.parent.glob(f"{stem}-*"):
        if old != kept and not old.name.endswith(".tmp"):  # .tmp: another process is building there now
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)


def load_cached(content_dir: Path, cache_dir: Path | None,
                load: Callable[[Path], KnowledgeBase] | None = None) -> KnowledgeBase:
    """The knowledge base of content_dir: from the cache when it holds this content, else loaded by `load`
    (default: loader.load, whose ContentError lists every problem) and cached. No cache_dir: always loaded."""
    return load_keyed(content_dir, cache_dir, load)[0]


def load_keyed(content_dir: Path, cache_dir: Path | None,
               load: Callable[[Path], KnowledgeBase] | None = None) -> tuple[KnowledgeBase, str | None]:
    """load_cached, and the key it was cached under (None without cache_dir), for what is built from it."""
    if load is None:
        load = _load_yaml
    if cache_dir is None:
        return load(content_dir), None
    key = fingerprint(content_dir)
    path = cache_file(content_dir, cache_dir)
    kb = _read(path, key.encode())
    if kb is None:
        kb = load(content_dir)
        _write(path, key.encode(), kb)
    return kb, key


def _load_yaml(content_dir: Path) -> KnowledgeBase:
    from .loader import load  # imported only on a miss: parsing the YAML is what the cache saves

    return load(content_dir)


def _read(path: Path, key: bytes) -> KnowledgeBase | None:
    try:
        with path.open("rb") as f:
            if f.readline() != MAGIC or f.readline().rstrip(b"\n") != key:
                return None
            kb = pickle.load(f)
    except FileNotFoundError:
        return None
    # A damaged file can fail in many ways (UnpicklingError, EOFError, AttributeError, ValueError, ...): a cache
    # is only a shortcut, so any failure means "load the content", never an error for the user.
    except Exception as exc:  # noqa: BLE001
        log.warning("ignoring the damaged knowledge-base cache %s: %s", path, exc)
        return None
    return kb if isinstance(kb, KnowledgeBase) else None


def _write(path: Path, key: bytes, kb: KnowledgeBase) -> None:
    """Write a new file and rename it over the old one: a reader sees the old file or the whole new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + key + b"\n")
                pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a read-only or full home: answers still work, only slower to start
        log.info("could not write the knowledge-base cache %s: %s", path, exc)
