"""The same question gets the same answer in every process: statements tied on their words' rarity were ranked by a
float sum taken in the order Python's per-process string hashing lays out a set, so the 'Related information' of
"Can venetoclax cause tumor lysis syndrome?" changed from run to run (and benchmark runs could not be compared)."""

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
SCRIPT = """
from pathlib import Path
from oncoguide.answer import Composer
from oncoguide.answer.text import render_text
from oncoguide.content import load
kb = load(Path({content!r}))
print(render_text(Composer(kb).answer("Can venetoclax cause tumor lysis syndrome?")))
"""


def test_an_answer_does_not_depend_on_the_hash_seed() -> None:
    script = SCRIPT.format(content=str(SRC.parent / "content"))
    answers = set()
    for seed in ("1", "2"):  # two seeds that ordered the tie differently
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        answers.add(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                                   check=True).stdout)
    assert len(answers) == 1
