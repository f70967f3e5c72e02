"""The full-set SPL benchmark measures distinct labels: each synthesised copy is a label of its own (set id,
version, names), so the store and the index grow as they would with 48,000 real labels."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests" / "sources")]

import spl_full_set  # noqa: E402
from sources_fixtures import spl  # noqa: E402

from oncoguide.sources.spl import parse_spl  # noqa: E402
from oncoguide.store.labels import label_document  # noqa: E402


def test_synthesised_labels_are_distinct_labels(tmp_path: Path) -> None:
    template = tmp_path / "template.xml"
    template.write_text(spl(version=3, set_id="0000-test-set"), encoding="utf-8")
    (tmp_path / "out").mkdir()
    labels = [parse_spl(p) for p in spl_full_set.synthesise([template], 30, tmp_path / "out")]

    assert len({label.set_id for label in labels}) == 30
    assert "0000-test-set" not in {label.set_id for label in labels}
    assert len({label.document_id for label in labels}) == 30
    assert len({label.version for label in labels}) > 1
    assert len({label_document(label).checksum for label in labels}) == 30
    names = [label.products[0].name for label in labels]
    assert len(set(names)) == 30 and "Testamide" not in names
    assert all(label.products[0].generic_name.startswith(name[:-3].lower()) for label, name in zip(labels, names))
    # The invented name replaces the real one in the text too, so every label brings new words to the index.
    assert all(name.lower() in label.title.lower() and "testamide" not in label.title.lower()
               for label, name in zip(labels, names))
