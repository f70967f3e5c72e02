"""Ingest of the whole DailyMed human prescription label set (~48,000 SPL labels), projected from a measured sample.

The shared SPL labels (../shared/data/openfda/*.xml) are synthesised into `--sample` distinct labels: each copy
gets its own set id, document id, version number and effective date, and its brand and generic names are
replaced by an invented drug name, so every label has its own checksum and adds words to the index. The sample
goes through the path `oncoguide ingest spl FILE...` takes today, then the passage index is built as the first
`oncoguide ask` after an ingest builds it. Rows, all on the same files in the same run:

  - floor: lxml parses each file's bytes (what any SPL parser must at least do);
  - parse_spl -> Label (sources/spl.py), no store;
  - oncoguide ingest spl: parse + rows + one transaction per label (ingest/files.py), SQLite file store;
  - passage index build: the index over every stored passage, as search/passages.py StorePassages builds it;
  - end to end: ingest + index, and the same with `--workers` ingest processes at once (two ingests may run
    against one database; the parse runs in parallel, the SQLite writes take turns).

Each per-label time is projected linearly to `--labels`; the ingest is also timed per block of labels, to
show whether it slows as the store grows. Target: the whole set in under 60 minutes on 2 cores.

    .venv/bin/python benchmarks/spl_full_set.py [--sample 2000] [--labels 48000] [--workers 2] [FILES...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import re
import tempfile
import time
import uuid
from pathlib import Path

from lxml import etree
from passage_index import build_index, file_size
from shared_data import shared_data

from oncoguide.ingest import IngestReport, ingest
from oncoguide.sources.spl import parse_spl
from oncoguide.store import open_engine

LABELS = 48_000
TARGET_MINUTES = 60
BLOCK = 500


def shared_labels() -> list[Path]:
    """The SPL files in ../shared/data/openfda."""
    return sorted(shared_data("openfda").glob("*.xml"))


def invented_names(i: int) -> tuple[str, str]:
    """A brand and a generic name of label i's own (Zorvex, zorvimab...): new words for the index."""
    onsets, vowels = "bdfgklmnprstvz", "aeiou"
    stem, n = "", i + 1
    while n:
        n, r = divmod(n, len(onsets) * len(vowels))
        stem += onsets[r % len(onsets)] + vowels[r // len(onsets)]
    return stem.capitalize() + "vex", stem + ("mab", "tinib", "statin", "platin", "ciclib")[i % 5]


class _Renamer:
    """Replaces a label's brand names and the first word of its generic names (not the salt: `atorvastatin
    calcium`) with invented ones, keeping upper case where the label has it."""

    def __init__(self, template: Path):
        products = parse_spl(template).products
        self.brands = {w.lower() for p in products for w in re.findall(r"[A-Za-z]{4,}", p.name or "")}
        self.generics = {m.group(0).lower() for p in products if (m := re.match(r"[A-Za-z]{4,}", p.generic_name or ""))}
        if not self.brands | self.generics:
            raise SystemExit(f"{template}: no product name to replace")
        words = sorted(self.brands | self.generics, key=len, reverse=True)
        self.pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)

    def __call__(self, text: str, brand: str, generic: str) -> str:
        def new(match: re.Match[str]) -> str:
            word = match.group(0)
            key = word.lower()
            # A word both names (brand Testamide, generic testamide): lower case is the generic name.
            is_generic = key in self.generics and (key not in self.brands or word.islower())
            name = generic if is_generic else brand
            return name.upper() if word.isupper() else name[0].upper() + name[1:] if word[0].isupper() else name

        return self.pattern.sub(new, text)


def synthesise(templates: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` distinct SPL files made from the templates, written to `folder` (not timed)."""
    texts = [p.read_text(encoding="utf-8") for p in templates]
    renamers = [_Renamer(p) for p in templates]
    paths = []
    for i in range(count):
        k = i % len(texts)
        brand, generic = invented_names(i)
        xml = renamers[k](texts[k], brand, generic)
        set_id, doc_id = (uuid.uuid5(uuid.NAMESPACE_URL, f"oncoguide-benchmark/{what}/{i}") for what in ("set", "doc"))
        effective = (dt.date(2010, 1, 1) + dt.timedelta(days=i % 5000)).strftime("%Y%m%d")
        xml = re.sub(r'<setId root="[^"]+"', f'<setId root="{set_id}"', xml, count=1)
        xml = re.sub(r'<versionNumber value="\d+"', f'<versionNumber value="{1 + i % 40}"', xml, count=1)
        xml = re.sub(r'(<document[^>]*>\s*<id root=")[^"]+"', rf'\g<1>{doc_id}"', xml, count=1)
        xml = re.sub(r'<effectiveTime value="\d+"', f'<effectiveTime value="{effective}"', xml, count=1)
        path = folder / f"label-{i:06d}.xml"
        path.write_text(xml, encoding="utf-8")
        paths.append(path)
    return paths


class Timed:
    """Wall and CPU seconds of a block of work. On a shared machine the CPU time is the steadier figure: the
    wall time also counts the time other processes held the cores."""

    def __enter__(self) -> Timed:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def ingest_blocks(url: str, paths: list[Path]) -> list[Timed]:
    """`oncoguide ingest spl` over the paths, one call per block of labels: the time of each block."""
    engine = open_engine(url)
    spent = []
    for start in range(0, len(paths), BLOCK):
        block = paths[start:start + BLOCK]
        with Timed() as t:
            report = ingest(engine, "spl", block)
        assert isinstance(report, IngestReport) and report.added == len(block) and report.ok, report
        spent.append(t)
    engine.dispose()
    return spent


def _ingest_part(args: tuple[str, list[Path]]) -> float:
    return sum(t.wall for t in ingest_blocks(*args))


def parallel_ingest(url: str, paths: list[Path], workers: int) -> float:
    """Wall time of `workers` ingest processes at once, each with its share of the files, one database."""
    open_engine(url).dispose()  # migrate first, as the first command would
    shares = [(url, paths[w::workers]) for w in range(workers)]
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_ingest_part, shares)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="SPL files to synthesise from (default: the shared labels)")
    parser.add_argument("--sample", type=int, default=2000, help="labels ingested and timed")
    parser.add_argument("--labels", type=int, default=LABELS, help="the whole set, projected to")
    parser.add_argument("--workers", type=int, default=2, help="ingest processes at once in the parallel row (0: skip)")
    args = parser.parse_args()
    templates = args.files or shared_labels()
    if not templates:
        raise SystemExit("no SPL files: pass some, or put ../shared/data/openfda/*.xml beside the checkout")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "labels").mkdir()
        paths = synthesise(templates, args.sample, root / "labels")
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        for path in paths[:len(templates)]:  # warm imports and caches before any timing
            parse_spl(path)
        with Timed() as floor:
            for path in paths:
                etree.fromstring(path.read_bytes())
        with Timed() as parse:
            set_ids = {parse_spl(path).set_id for path in paths}
        assert len(set_ids) == len(paths)
        db = root / "one.sqlite"
        blocks = ingest_blocks(f"sqlite:///{db}", paths)
        ingest_wall, ingest_cpu = sum(t.wall for t in blocks), sum(t.cpu for t in blocks)
        index_file = root / "search" / "passages"
        index = build_index(f"sqlite:///{db}", index_file)
        store_bytes = file_size(db)
        parallel_s = (parallel_ingest(f"sqlite:///{root / 'parallel.sqlite'}", paths, args.workers)
                      if args.workers > 1 else None)

    n, whole = len(paths), args.labels

    def minutes(seconds: float) -> str:
        return f"{seconds / n * whole / 60:.1f}"

    print(f"{n:,} labels synthesised from {', '.join(p.name for p in templates)} ({megabytes / n * 1000:.0f} KB "
          f"per label), projected to {whole:,}; SQLite file store")
    print(f"{'step':<50} {'labels/s':>9} {'wall min':>9} {'CPU min':>8}  (for {whole:,} labels)")
    rows = [("floor: lxml parse of the bytes", floor.wall, floor.cpu),
            ("parse_spl -> Label (no store)", parse.wall, parse.cpu),
            ("oncoguide ingest spl (parse + store, 1 process)", ingest_wall, ingest_cpu),
            ("passage index build (as after an ingest today)", index.wall, index.cpu),
            ("end to end: ingest + index, 1 process", ingest_wall + index.wall, ingest_cpu + index.cpu)]
    if parallel_s is not None:
        rows.append((f"end to end: {args.workers} ingest processes + index", parallel_s + index.wall, float("nan")))
    for name, wall, cpu in rows:
        print(f"{name:<50} {n / wall:9.1f} {minutes(wall):>9} {minutes(cpu) if cpu == cpu else '':>8}")
    rates = [f"{min(BLOCK, n - i * BLOCK) / t.wall:.1f}" for i, t in enumerate(blocks)]
    print(f"ingest labels/s per block of {BLOCK}, in order (does it slow as the store grows?): {', '.join(rates)}")
    print(f"store {store_bytes / n / 1e3:.0f} KB/label, index {index.size / n / 1e3:.0f} KB/label: projected "
          f"{store_bytes / n * whole / 1e9:.1f} GB + {index.size / n * whole / 1e9:.1f} GB for {whole:,} labels")
    print(f"index build raised peak memory by {index.memory / 1e6:.0f} MB for {n:,} labels: "
          f"{index.memory / n * whole / 1e9:.0f} GB for {whole:,} if it grows in proportion")
    best = min(ingest_wall, parallel_s or ingest_wall) + index.wall
    verdict = "meets" if best / n * whole / 60 < TARGET_MINUTES else "misses"
    print(f"target: the whole set in < {TARGET_MINUTES} min on 2 cores: best path {minutes(best)} min wall, "
          f"{minutes(ingest_cpu + index.cpu)} min CPU in one process ({verdict} it on wall time)")


if __name__ == "__main__":
    main()
