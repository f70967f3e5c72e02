"""How long is the "When to call for help" box on a phone? Every drug and plan page at 390x844 in Chromium.

    PYTHONPATH=src .venv/bin/python benchmarks/when_to_call_height.py [--content DIR] [--port 8781]
        [--shots DIR --shot drugs/nilotinib --shot drugs/paclitaxel]

Prints the median and max height of the box in CSS px, its sign counts, and the three longest boxes. A frightened
reader on a phone scrolls through all of it before the rest of the page; run it on two checkouts to compare.
`--shots` saves a PNG of the box of each `--shot` page, to be looked at.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
BOX = "section.when-to-call"
MEASURE = """() => { const box = document.querySelector('section.when-to-call');
  return [box.getBoundingClientRect().height, box.querySelectorAll('.emergency li').length,
          box.querySelectorAll('li').length]; }"""


def serve(content: Path, port: int):  # noqa: ANN201
    """The app on loopback, in a thread, with its own data folder."""
    import uvicorn

    from oncoguide.settings import Settings
    from oncoguide.web import create_app

    home = Path(tempfile.mkdtemp(prefix="oncoguide-wtc-"))
    app = create_app(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", content_dir=content))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(600):  # 30 s: loading the knowledge base takes seconds
        if server.started:
            return server
        time.sleep(0.05)
    raise SystemExit(f"the app did not start on port {port}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--port", type=int, default=8781)
    parser.add_argument("--shots", type=Path, help="folder for PNGs of the boxes named by --shot")
    parser.add_argument("--shot", action="append", default=[], help="a page path such as drugs/nilotinib")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from oncoguide.content.loader import load

    kb = load(args.content)
    paths = [*(f"drugs/{s}" for s in sorted(kb.drugs)), *(f"regimens/{s}" for s in sorted(kb.regimens))]
    server = serve(args.content, args.port)
    rows: list[tuple[float, int, int, str]] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 390, "height": 844})
            for path in paths:
                page.goto(f"http://127.0.0.1:{args.port}/{path}")
                height, emergency, signs = page.evaluate(MEASURE)
                rows.append((height, emergency, signs - emergency, path))
                if args.shots and path in args.shot:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    page.locator(BOX).screenshot(path=str(args.shots / (path.replace("/", "-") + ".png")))
            browser.close()
    finally:
        server.should_exit = True

    heights = [r[0] for r in rows]
    print(f"{'pages':<28}{len(rows):>8}")
    print(f"{'median box height (px)':<28}{statistics.median(heights):>8.0f}")
    print(f"{'max box height (px)':<28}{max(heights):>8.0f}")
    print(f"{'median signs (911 + now)':<28}{statistics.median(r[1] + r[2] for r in rows):>8.0f}")
    print("longest boxes:")
    for height, emergency, now, path in sorted(rows, reverse=True)[:3]:
        print(f"  {path:<40}{height:>6.0f} px  {emergency} call-911 + {now} call-now signs")
    for path in args.shot:
        match = [r for r in rows if r[3] == path]
        if match:
            print(f"  {path:<40}{match[0][0]:>6.0f} px  {match[0][1]} call-911 + {match[0][2]} call-now signs")


if __name__ == "__main__":
    main()
