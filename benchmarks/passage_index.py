"""The passage index as `oncoguide ask` builds it after an ingest, timed in a fresh process (for the ingest
benchmarks: the index is part of what an ingest costs, in time, memory and disk)."""

from __future__ import annotations

import multiprocessing
import resource
import time
from dataclasses import dataclass
from pathlib import Path

from oncoguide.search.passages import StorePassages
from oncoguide.store import open_engine


@dataclass(frozen=True)
class IndexBuild:
    wall: float        # seconds
    cpu: float         # seconds of this process's CPU: steadier than wall time on a shared machine
    memory: int        # bytes the build added to the process's peak resident memory
    size: int          # bytes on disk: the index file and its sidecar files


def file_size(path: Path) -> int:
    """Bytes on disk of a SQLite file with its -wal and -shm files, or of every file in a folder (an index
    kept as a folder of segments)."""
    found = [path] if path.is_dir() else list(path.parent.glob(path.name + "*"))
    return sum(f.stat().st_size for p in found for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())


def _build(url: str, index_file: Path) -> IndexBuild:
    engine = open_engine(url)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    StorePassages(engine, index_file)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    engine.dispose()
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024  # ru_maxrss is in KiB on Linux
    return IndexBuild(wall, cpu, grown, file_size(index_file))


def build_index(url: str, index_file: Path) -> IndexBuild:
    """Build the index over every passage stored at `url`, in a new process so its peak memory is its own.

    `index_file` is where StorePassages keeps the index, a file or a folder (the name has no suffix, so either
    works)."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_build, (url, index_file))
