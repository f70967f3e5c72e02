"""Cancer-type pages answer the questions people ask about them in the words the question uses."""

from __future__ import annotations

import re

from shippedkb import shipped_kb

from oncoguide.model.cancer import DISEASE_SECTIONS


def test_mds_page_names_the_bone_marrow_biopsy_that_confirms_it() -> None:
    # "how is MDS diagnosed" should name the test, not only "a bone marrow test"
    page = shipped_kb().cancers["myelodysplastic-syndromes"]
    diagnosis = next(s.text for s in page.about_disease() if "is found with" in s.text)
    assert "aspiration and biopsy" in diagnosis


def test_every_cancer_page_fills_every_disease_section() -> None:
    # A reader opening any cancer page finds each heading (signs, how it is found, stages, outlook, who gets it)
    # with something under it; an empty heading is a question the page cannot answer.
    cancers = shipped_kb().cancers.values()
    empty = sorted(f"{page.slug}: {heading}" for page in cancers
                   for field, heading in DISEASE_SECTIONS.items() if not getattr(page, field))
    assert not empty, empty


def test_cancers_not_staged_by_number_say_what_is_used_instead() -> None:
    # "what stage is my leukemia" has an answer even where there are no stages 1 to 4
    pages = shipped_kb().cancers
    instead = {"acute-myeloid-leukemia": "not staged", "acute-lymphoblastic-leukemia": "not staged",
               "myelodysplastic-syndromes": "IPSS-R", "glioblastoma": "grade 4"}
    for slug, words in instead.items():
        assert any(words in st.text for st in pages[slug].stages), slug


def test_every_survival_figure_on_a_page_also_gives_the_percent() -> None:
    # "what are the odds" is asked in percents as often as in "N in 100": each outlook figure "N in 100" says both
    bare = re.compile(r"\b\d+(?:\.\d+)? in 100\b(?! \(| men \(over)")
    pages = shipped_kb().cancers.values()
    missing = sorted(f"{page.slug}: {m.group(0)}" for page in pages for st in page.outlook
                     for m in bare.finditer(st.text))
    assert not missing, missing


def test_pages_name_the_tests_that_show_how_far_a_cancer_has_spread() -> None:
    # "what tests show how far it has spread" is asked right after the diagnosis; the page names the tests
    pages = shipped_kb().cancers
    tests = {"stomach-cancer": ["endoscopic ultrasound", "CT scan", "laparoscopy"],
             "hodgkin-lymphoma": ["PET-CT scan", "bone marrow biopsy"],
             "melanoma": ["sentinel lymph node biopsy", "PET-CT scan"]}
    for slug, names in tests.items():
        text = " ".join(st.text for st in pages[slug].diagnosis)
        assert all(name in text for name in names), (slug, text)


def test_outlook_gives_survival_when_found_early_spread_nearby_and_spread_far() -> None:
    # "what are the odds if it has spread to the lymph nodes" needs the figure for each of the three SEER stages
    pages = shipped_kb().cancers
    figures = {"breast-cancer": ["(99%)", "(85.8%)", "(29%)"],
               "non-small-cell-lung-cancer": ["(59.8%)", "(32.9%)", "(6.3%)"],
               "head-and-neck-cancer": ["(83%)", "(61%)", "(37%)"],
               "testicular-cancer": ["(99%)", "(96%)", "(73%)"],
               "pancreatic-cancer": ["(44%)", "(17%)", "(3%)"],
               "melanoma": ["(98%)", "(63%)", "(37%)"],
               "prostate-cancer": ["close to 100%", "(29%)"]}
    for slug, wanted in figures.items():
        text = " ".join(st.text for st in pages[slug].outlook)
        assert all(w in text for w in wanted), (slug, text)


def test_follicular_lymphoma_grade_says_what_is_counted_and_what_3b_means() -> None:
    # "my biopsy report says grade 3B, what does the grade mean"
    text = " ".join(st.text for st in shipped_kb().cancers["follicular-lymphoma"].about_disease())
    assert "centroblasts" in text and "grade 3B" in text and "like DLBCL" in text


def test_melanoma_says_how_common_it_is() -> None:
    # "how common is melanoma" had no line to lead with: the page gives the yearly count and the lifetime chance
    text = " ".join(st.text for st in shipped_kb().cancers["melanoma"].risk)
    assert "76,100" in text and "1 in 50" in text
