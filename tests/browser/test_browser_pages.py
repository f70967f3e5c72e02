"""Every page type in Chromium: axe finds no WCAG 2.2 AA violation, nothing scrolls sideways at 320 px,
the keyboard reaches every link, and a reader can walk home → cancer → regimen → drug → glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = pytest.mark.browser

AXE_RUN = """async () => {
  // resultTypes: only violations are reported in full (axe's documented speed-up; passes are not read here)
  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']},
                                     resultTypes: ['violations']});
  return r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(' | '));
}"""


def _pages(base_url: str, content_dir: Path) -> dict[str, str]:
    from oncoguide.content import load

    kb = load(content_dir)
    regimen = sorted(kb.regimens)[0]
    return {
        "home": "/", "cancer": f"/cancers/{kb.regimens[regimen].cancers[0]}", "regimen": f"/regimens/{regimen}",
        "drug": f"/drugs/{kb.regimens[regimen].drugs[0]}", "glossary": "/glossary",
        "search": "/search?q=low+platelets", "notfound": "/drugs/no-such-drug",
        "ask": "/ask?q=Is+lenalidomide+chemotherapy%3F",
        "cancers": "/cancers", "drugs": "/drugs", "regimens": "/regimens",
    }


@pytest.fixture(scope="module")
def pages(base_url: str, content_dir: Path) -> dict[str, str]:
    return _pages(base_url, content_dir)


@pytest.mark.parametrize("kind", ["home", "cancer", "regimen", "drug", "glossary", "search", "notfound", "ask",
                                  "cancers", "drugs", "regimens"])
def test_page_has_no_axe_violations_and_fits_320px(page, base_url: str, pages: dict[str, str], shots: Path, kind: str) -> None:
    page.goto(base_url + pages[kind])
    page.screenshot(path=str(shots / f"{kind}-1024.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []
    page.set_viewport_size({"width": 320, "height": 640})
    page.screenshot(path=str(shots / f"{kind}-320.png"), full_page=True)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{pages[kind]} scrolls {overflow}px sideways at 320px"


def test_keyboard_reaches_every_link(page, base_url: str, pages: dict[str, str]) -> None:
    page.goto(base_url + pages["drug"])
    total = page.evaluate("""() => { const all = [...document.querySelectorAll('a[href], input, button')];
        all.forEach((e, i) => e.dataset.i = i); return all.length; }""")
    seen: list[int] = []
    for step in range(total):
        page.keyboard.press("Tab")
        state = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
            return [Number(e.dataset.i), s.outlineStyle, e.getBoundingClientRect().left]; }""")
        assert state[1] != "none", f"focus on element {state[0]} is not visible"
        if step == 0:
            assert state[0] == 0 and state[2] >= 0, "the first Tab shows the skip link"
        seen.append(state[0])
    assert sorted(seen) == list(range(total)), "some links cannot be reached with Tab"


def test_glossary_tooltip_shows_on_focus(page, base_url: str, pages: dict[str, str]) -> None:
    page.goto(base_url + pages["drug"])
    term = page.locator("a.term").first
    if term.count() == 0:
        pytest.skip("no glossary term on this drug page")
    tip = term.locator(".tip")
    assert not tip.is_visible()
    term.focus()
    assert tip.is_visible()
    described = term.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").count() == 1


def test_reader_walks_home_cancer_regimen_drug_glossary(page, base_url: str, pages: dict[str, str], shots: Path) -> None:
    page.goto(base_url + "/")
    page.click(f"section[aria-labelledby=find] a[href='{pages['cancer']}']")
    assert page.url.endswith(pages["cancer"])
    page.click(f"main a[href='{pages['regimen']}']")
    assert page.locator("ol.strip li.dose").count() > 0, "the regimen page shows dose days on a cycle strip"
    assert page.locator("a[href^='/tracker/new?regimen=']").count() == 1
    page.click(f"section[aria-labelledby=label-facts] a[href='{pages['drug']}']")
    assert page.url.endswith(pages["drug"])
    page.click("header a[href='/glossary']")
    page.wait_for_url("**/glossary")
    assert page.locator("dl.glossary dt").count() > 0
    page.screenshot(path=str(shots / "walk-glossary.png"))


def test_reader_browses_from_the_header_to_a_drug_by_its_brand(page, base_url: str, content_dir: Path) -> None:
    from oncoguide.content import load

    drug = next(d for d in sorted(load(content_dir).drugs.values(), key=lambda d: d.slug) if d.brand_names)
    page.goto(base_url + "/glossary")
    page.click("header a[href='/drugs']")
    page.wait_for_url("**/drugs")
    assert page.url.endswith("/drugs")
    page.click(f"main a[href='/drugs/{drug.slug}']:has(em)")  # the brand-name entry
    page.wait_for_url(f"**/drugs/{drug.slug}")
    assert page.url.endswith(f"/drugs/{drug.slug}")
    page.click("header a[href='/regimens']")
    page.wait_for_url("**/regimens")
    assert page.locator("main h2").count() >= 1 and page.locator("main a[href^='/regimens/']").count() >= 1
    page.click("header a[href='/cancers']")
    page.wait_for_url("**/cancers")
    assert page.locator("main a[href^='/cancers/']").count() >= 1


def test_search_finds_brand_misspelling_and_plain_words(page, base_url: str, content_dir: Path) -> None:
    page.goto(base_url + "/")
    page.fill("#home-q", "revlimid")
    page.press("#home-q", "Enter")
    assert page.locator("ol.hits a").first.get_attribute("href") == "/drugs/lenalidomide"
    page.goto(base_url + "/search?q=lenalidamide")
    assert page.locator("ol.hits a").first.get_attribute("href") == "/drugs/lenalidomide"
    page.goto(base_url + "/search?q=low+platelets")
    assert "thrombocytopenia" in page.locator("ol.hits").inner_text().lower()


def test_static_site_search_works_offline_from_files(page, base_url: str, content_dir: Path, tmp_path: Path, shots: Path) -> None:
    from oncoguide.site.build import build

    build(content_dir, tmp_path / "site")
    page.goto((tmp_path / "site" / "index.html").as_uri())
    page.fill("#home-q", "lenalidamide")
    page.press("#home-q", "Enter")
    first = page.locator("#results ol.hits a").first
    assert first.get_attribute("href") == "drugs/lenalidomide.html"
    first.click()
    assert page.url.endswith("/drugs/lenalidomide.html")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []
    page.screenshot(path=str(shots / "static-drug.png"))


# The built pages are checked in SHARDS parts, so that the tests' workers (pytest-xdist) share them.
SHARDS = 4


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The static site of content/, built once per worker."""
    from oncoguide.site.build import build

    shipped = Path(__file__).resolve().parents[2] / "content"
    if not (shipped / "sources.yaml").exists():
        pytest.skip("no shipped content/ in this checkout")
    site = tmp_path_factory.mktemp("shipped") / "site"
    build(shipped, site)
    return site


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_page_of_the_shipped_content_passes_axe_at_320px(browser, shipped_site: Path, shard: int) -> None:  # noqa: ANN001
    """Every built page of content/ (not only one per type): no axe violation, no sideways scroll at 320 px."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    pg = context.new_page()
    problems = []
    for path in sorted(shipped_site.rglob("*.html"))[shard::SHARDS]:
        pg.goto(path.as_uri())
        pg.add_script_tag(path=str(AXE))
        found = pg.evaluate(AXE_RUN)
        overflow = pg.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if found or overflow > 0:
            problems.append(f"{path.relative_to(shipped_site)}: {found} overflow {overflow}px")
    context.close()
    assert problems == []
