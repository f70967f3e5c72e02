"""Does an urgent message come first when, and only when, someone describes an emergency happening now?

    .venv/bin/python benchmarks/emergency_recognition.py [--show] [--questions PATH]

--questions picks another set in the same format (default the held-out emergency_questions.yaml; tune on
emergency_dev_questions.yaml). emergency_questions.yaml holds `emergency:` phrasings (something happening now that needs a call to the care
team now or 911) and `ordinary:` questions that use the same words but ask for information. An answer counts as
urgent when its FIRST notice has level `emergency` or `call_now`.

Baseline in the same run: "keyword alarm", which calls urgent any question holding one of a few alarm words
(fever, chest pain, bleeding, seizure, ...), the way a naive filter would.

Targets: >= 98% of emergency phrasings urgent, <= 2% of ordinary questions urgent.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from oncoguide.answer import Composer
from oncoguide.answer.text import render_text
from oncoguide.content import load
from oncoguide.model import Answer
from oncoguide.settings import CHECKOUT_CONTENT

QUESTIONS = Path(__file__).with_name("emergency_questions.yaml")
URGENT = {"emergency", "call_now"}
ALARM = re.compile(r"fever|temperature|chest pain|breath|bleed|blood|seizure|faint|pass(ed)? out|stroke|"
                   r"confus|swollen|clot|vomit|diarrh|rash|blister", re.I)


def urgent(answer: Answer) -> bool:
    return bool(answer.notices) and answer.notices[0].level in URGENT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each wrongly flagged question and its answer")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="YAML with emergency: and ordinary:")
    args = parser.parse_args()
    kb = load(CHECKOUT_CONTENT)
    composer = Composer(kb)
    data = yaml.safe_load(args.questions.read_text(encoding="utf-8"))
    show = args.show
    caught: dict[str, list[bool]] = {}
    for kind in ("emergency", "ordinary"):
        flags = []
        for q in data[kind]:
            answer = composer.answer(q)
            flags.append(urgent(answer))
            wrong = flags[-1] != (kind == "emergency")
            if show and wrong:
                first = answer.notices[0].level if answer.notices else "none"
                print(f"--- [{kind}, first notice: {first}] {q}\n{render_text(answer)}\n")
        caught[kind] = flags
    base = {kind: [bool(ALARM.search(q)) for q in data[kind]] for kind in caught}
    em, od = caught["emergency"], caught["ordinary"]
    print(f"{len(em)} emergency phrasings, {len(od)} ordinary questions\n")
    print("| system | emergencies flagged urgent | ordinary flagged urgent |\n|---|---|---|")
    print(f"| keyword alarm (baseline) | {sum(base['emergency']) / len(em):.1%} | "
          f"{sum(base['ordinary']) / len(od):.1%} |")
    print(f"| oncoguide ask | {sum(em) / len(em):.1%} | {sum(od) / len(od):.1%} |")
    print("| target | >= 98% | <= 2% |")
    return 0 if sum(em) / len(em) >= 0.98 and sum(od) / len(od) <= 0.02 else 1


if __name__ == "__main__":
    sys.exit(main())
