"""Cancer-type pages answer the questions people ask about them in the words the question uses."""

from __future__ import annotations

from pathlib import Path

from oncoguide.content import load

CONTENT = Path(__file__).resolve().parents[2] / "content"


def test_mds_page_names_the_bone_marrow_biopsy_that_confirms_it() -> None:
    # "how is MDS diagnosed" should name the test, not only "a bone marrow test"
    page = load(CONTENT).cancers["myelodysplastic-syndromes"]
    diagnosis = next(s.text for s in page.about_disease() if "is found with" in s.text)
    assert "aspiration and biopsy" in diagnosis
