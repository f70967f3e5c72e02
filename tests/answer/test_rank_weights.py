"""The learned ranking (answer/rank.py): its weights file names the features the code computes, the runtime never
loads the learning library, and tools/train_ranker.py learns a file of the same shape (a tiny run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oncoguide.answer.rank import feature_names, load_weights

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "train_ranker.py"


def test_the_weights_file_names_every_feature_in_the_codes_order() -> None:
    weights = load_weights()
    assert weights["features"] == list(feature_names())
    assert len(weights["weights"]) == len(feature_names())
    assert 0 < weights["threshold"] < 1 and weights["depth"] >= 1


def test_the_weights_were_never_learned_from_the_untuned_sets() -> None:
    assert not [s for s in load_weights()["sets"] if s.startswith(("dev_blind9", "dev_blind10", "dev_blind11", "dev_blind12", "dev_blind13", "dev_blind14", "dev_blind15", "dev_blind16", "dev_blind17", "dev_blind18", "dev_blind19", "dev_blind20", "dev_blind21", "dev_blind22", "dev_blind23", "dev_blind24", "kb_questions", "heldout"))]


def test_answering_never_imports_the_learning_library() -> None:
    code = ("import sys; from oncoguide.answer import Composer; from oncoguide.answer.rank import Ranker; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_training_tool_learns_weights_of_the_same_shape(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    run = subprocess.run([sys.executable, str(TOOL), "--sets", "dev_questions", "dev_blind", "--limit", "6",
                          "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    learned = json.loads(out.read_text())
    assert learned["features"] == list(feature_names()) and len(learned["weights"]) == len(feature_names())
    assert learned["sets"] == ["dev_questions", "dev_blind"]
    assert "| dev_blind |" in run.stdout  # the cross-validation row of the set held out


@pytest.mark.parametrize("untuned", ["dev_blind9", "dev_blind10", "dev_blind11", "dev_blind12", "dev_blind13", "dev_blind14", "dev_blind15", "dev_blind16", "dev_blind17", "dev_blind18", "dev_blind19", "dev_blind20", "dev_blind21", "dev_blind22", "dev_blind23", "dev_blind24", "kb_questions_heldout", "heldout"])
def test_the_training_tool_refuses_an_untuned_set(tmp_path: Path, untuned: str) -> None:
    run = subprocess.run([sys.executable, str(TOOL), "--sets", untuned, "--out", str(tmp_path / "w.json")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and f"never trained on {untuned}" in run.stderr
    assert not (tmp_path / "w.json").exists()
