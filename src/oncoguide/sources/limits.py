"""Size limits on what an outside file may expand to, and a reader that enforces them while streaming.

A 611 KB `.json.gz` once expanded to 3.2 GB of memory and a 918 KB PubMed `.gz` to 5.7 GB (issue #15): gzip
compresses a repeated byte about 1000:1, so the size on disk says nothing. Every reader here opens files
through `open_capped`, which counts decompressed bytes and stops with a SourceParseError past the limit.
"""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceParseError

MiB = 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Limits:
    """How far one file may expand; every reader and `oncoguide ingest` take these.

    Defaults: a PubMed baseline file holds about 30,000 citations at about 6.4 KB each (medline16n0902: 604
    citations, 3.9 MB), so about 190 MB; 1 GiB leaves five times that. One record (a whole SPL label, one openFDA
    record, one PubMed citation) is rarely over 1 MB (Humira's SPL, a long label, is 394 KB); 64 MiB leaves
    150 times that, and keeps the memory of a parsed record to a few hundred MB.
    """

    max_bytes: int = 1024 * MiB
    max_record_bytes: int = 64 * MiB

    def __post_init__(self) -> None:
        if self.max_bytes < 1 or self.max_record_bytes < 1:
            raise ValueError("limits must be positive")


DEFAULT_LIMITS = Limits()


class CappedReader(io.RawIOBase):
    """A binary stream that raises SourceParseError once the whole input, or one record of it, is too large.

    Streaming readers call `next_record()` after each record, so the record limit counts bytes since then.
    """

    def __init__(self, raw: io.BufferedIOBase, path: Path | str, limits: Limits, underlying: io.IOBase | None = None):
        self._raw, self._path, self._limits = raw, path, limits
        self._underlying = underlying  # the file under a GzipFile, which GzipFile does not close
        self.total = 0
        self.records = 0  # records finished so far: the one being read is records + 1
        self._record_start = 0

    def readable(self) -> bool:
        return True

    def next_record(self) -> None:
        self.records += 1
        self._record_start = self.total

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except (OSError, EOFError, zlib.error) as exc:
            raise SourceParseError(f"{self._path}: cannot read (truncated or not gzip?): {exc}") from exc
        n = len(data)
        buffer[:n] = data
        self.total += n
        if self.total > self._limits.max_bytes:
            raise SourceParseError(f"{self._path}: expands to more than {_size(self._limits.max_bytes)}, the limit "
                                   f"for one file (raise it with --max-mb if the file is genuine)")
        if self.total - self._record_start > self._limits.max_record_bytes:
            raise SourceParseError(f"{self._path}: record {self.records + 1} is larger than "
                                   f"{_size(self._limits.max_record_bytes)}, the limit for one record (raise it with "
                                   f"--max-record-mb if the file is genuine)")
        return n

    def close(self) -> None:
        self._raw.close()
        if self._underlying is not None:
            self._underlying.close()
        super().close()


def open_capped(path: Path | str, data: bytes | None, limits: Limits) -> CappedReader:
    """Open a file (or bytes; gzip or not, by its first bytes) as a capped binary stream."""
    try:
        raw: io.BufferedIOBase = io.BytesIO(data) if data is not None else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise SourceParseError(f"{path}: cannot read: {exc}") from exc
    head = raw.peek(2)[:2] if isinstance(raw, io.BufferedReader) else raw.getvalue()[:2]  # type: ignore[attr-defined]
    if head == GZIP_MAGIC:
        return CappedReader(gzip.GzipFile(fileobj=raw, mode="rb"), path, limits, underlying=raw)  # type: ignore[arg-type]
    return CappedReader(raw, path, limits)


def read_capped(path: Path | str, data: bytes | None, limits: Limits) -> bytes:
    """The whole (decompressed) content of a file that is one record, such as an SPL label."""
    with open_capped(path, data, limits) as stream:
        return stream.read()


def _size(n: int) -> str:
    return f"{n / MiB:,.0f} MiB" if n >= MiB else f"{n:,} bytes"
