"""How fast does `oncoguide build` write pages? The shipped content, then a synthetic knowledge base of
5,000 drugs, next to MkDocs building the same number of Markdown pages (our Jekyll export of that KB).

    .venv/bin/python benchmarks/build_site.py [--drugs 5000] [--content DIR]

MkDocs is the baseline only: it is installed into a throwaway virtualenv under the temp folder when it is
not importable, and is never a dependency of the project.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from oncoguide.content import load
from oncoguide.site.build import assets, contexts, render_pages, write
from oncoguide.site.jekyll import export_jekyll

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "content"


def timed_build(content: Path, out: Path) -> dict[str, float]:
    """Run the build pipeline step by step and time each step."""
    times: dict[str, float] = {}
    t = time.perf_counter()
    kb = load(content)
    times["load + validate"] = time.perf_counter() - t
    t = time.perf_counter()
    pages = contexts(kb)
    times["page contexts"] = time.perf_counter() - t
    t = time.perf_counter()
    files = render_pages(pages) | assets(kb)
    times["render"] = time.perf_counter() - t
    t = time.perf_counter()
    write(out, files)
    times["write"] = time.perf_counter() - t
    times["pages"] = len(pages)
    return times


def synthetic(root: Path, drugs: int) -> Path:
    """The fixture content with `drugs` copies of its drug, each under its own name."""
    shutil.copytree(FIXTURE, root)
    template = yaml.safe_load((FIXTURE / "drugs" / "lenalidomide.yaml").read_text())
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for i in range(drugs):
        doc = copy.deepcopy(template)
        doc.update(slug=f"drug-{i:05d}", generic_name=f"testdrug {i}", brand_names=[f"Brand{i}"], synonyms=[],
                   misspellings=[])
        (root / "drugs" / f"drug-{i:05d}.yaml").write_text(yaml.dump(doc, Dumper=dumper, sort_keys=False))
    return root


def mkdocs_command(tmp: Path) -> list[str]:
    try:
        import mkdocs  # noqa: F401

        return [sys.executable, "-m", "mkdocs"]
    except ImportError:
        venv = tmp / "mkdocs-venv"
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([venv / "bin" / "pip", "install", "-q", "mkdocs"], check=True, stderr=subprocess.DEVNULL)
        return [str(venv / "bin" / "python"), "-m", "mkdocs"]


def mkdocs_build(markdown: Path, tmp: Path, full_nav: bool) -> tuple[float, int]:
    """Time `mkdocs build` over the Markdown pages; returns (seconds, pages).

    With full_nav, MkDocs' default: every page carries the navigation of every page (quadratic in pages).
    Without, the navigation lists the index only, like oncoguide's pages, which link to their neighbours.
    """
    project = tmp / f"mkdocs-{full_nav}"
    shutil.copytree(markdown, project / "docs")
    (project / "docs" / "index.md").write_text("# Index\n")
    nav = "" if full_nav else "nav:\n  - index.md\n"
    (project / "mkdocs.yml").write_text(f"site_name: bench\nuse_directory_urls: false\n{nav}")
    command = mkdocs_command(tmp)
    t = time.perf_counter()
    subprocess.run([*command, "build", "-q", "-f", project / "mkdocs.yml", "-d", project / "site"], check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, len(list((project / "docs").rglob("*.md")))


def row(name: str, pages: float, seconds: float) -> str:
    return f"{name:62} {pages:>7,.0f} {seconds:>9.2f} {pages / seconds:>9,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drugs", type=int, default=5000)
    shipped = ROOT / "content"
    parser.add_argument("--content", type=Path, default=shipped if any((shipped / "drugs").glob("*.yaml")) else FIXTURE)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="oncoguide-build-bench-"))
    try:
        real = timed_build(args.content, tmp / "real")
        content = synthetic(tmp / "synthetic", args.drugs)
        big = timed_build(content, tmp / "big")
        export_jekyll(content, tmp / "markdown")
        mkdocs = [mkdocs_build(tmp / "markdown", tmp, full_nav) for full_nav in (False, True)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{'build':62} {'pages':>7} {'seconds':>9} {'pages/s':>9}")
    label = args.content.relative_to(ROOT) if args.content.is_relative_to(ROOT) else args.content
    for name, t in ((f"oncoguide build, {label}", real), (f"oncoguide build, {args.drugs:,} synthetic drugs", big)):
        total = sum(v for k, v in t.items() if k != "pages")
        print(row(name, t["pages"], total))
    print(row("  the same, without loading the YAML", big["pages"], sum(v for k, v in big.items() if k not in ("pages", "load + validate"))))
    for name, (seconds, pages) in zip(("index-only nav", "default nav of every page"), mkdocs):
        print(row(f"mkdocs build, same pages as Markdown, {name}", pages, seconds))
    print(f"\nSteps of the {args.drugs:,}-drug build: " + ", ".join(f"{k} {v:.2f} s" for k, v in big.items() if k != "pages"))


if __name__ == "__main__":
    main()
