"""Learn the weights of answer/rank.py from the development question sets, and report how well they carry over.

    PYTHONPATH=src .venv/bin/python tools/train_ranker.py [--sets dev_questions dev_blind ...] [--limit N] [--out FILE]

Pairs: every statement of the pages each question names (answer/rank.py's candidates); positive when it holds one
of the question's key facts, matched as benchmarks/heldout_answers.py matches them. Never trained on dev_blind9,
dev_blind10, dev_blind11, dev_blind12, dev_blind13, dev_blind14, dev_blind15, dev_blind16, dev_blind17, dev_blind18, dev_blind19, dev_blind20, dev_blind21, dev_blind22, dev_blind23, dev_blind24, kb_questions* or the held-out set (refused). Prints leave-one-set-out cross-validation: of the questions
whose named pages hold a key fact, how often a statement holding one is ranked first / in the top 3, by the
learned model and by the word match alone. The threshold and depth for adding statements to an answer are chosen
on the out-of-fold scores: the answers the added statements would complete, against the items they add.
Needs scikit-learn (the `train` extra); the runtime reads only the JSON written.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from heldout_answers import missing_facts, normalise, shown_text  # noqa: E402

from oncoguide.answer import Composer  # noqa: E402
from oncoguide.answer.rank import WEIGHTS, Ranker, adds_to, feature_names, related  # noqa: E402
from oncoguide.answer.understand import understand  # noqa: E402
from oncoguide.content import load  # noqa: E402
from oncoguide.settings import CHECKOUT_CONTENT  # noqa: E402

SETS = ("dev_questions", "dev_blind", *(f"dev_blind{i}" for i in range(2, 9)))
NEVER = ("dev_blind9", "dev_blind10", "dev_blind11", "dev_blind12", "dev_blind13", "dev_blind14", "dev_blind15", "dev_blind16", "dev_blind17", "dev_blind18", "dev_blind19", "dev_blind20", "dev_blind21", "dev_blind22", "dev_blind23", "dev_blind24", "kb_questions", "heldout")
C = 0.5  # L2 strength: the cross features are many and the positives few
# Answers must not grow much: the added statements may average at most this many per answer (out of fold). On
# the tuned sets most answers already hold their facts, so an item added there is mostly a repeat of the facts.
ITEMS_PER_ANSWER = 0.4
MAX_ADDED = 2
COMMON = 0.25  # a fact held by more of the named pages' statements than this says nothing of which answers
DEPTHS = (1, 2, 3, 5)


@dataclass
class Asked:
    """One question's candidates: their features, labels, texts, and what its answer shows without the ranker."""

    set: str
    positions: list[int]
    features: list[dict[str, float]]
    labels: list[int]
    texts: list[str]
    facts: list
    shown: str
    lexical: list[int]  # candidates in word-match order
    adds: bool  # whether the answer may take statements from the ranking


def gather(sets: list[str], limit: int | None) -> tuple[list[Asked], Ranker]:
    kb = load(CHECKOUT_CONTENT)
    composer = Composer(kb, rank=False)  # what the answer shows without the ranker
    ranker = Ranker(kb, composer.statements, weights={"features": [], "weights": [], "bias": 0.0, "threshold": 1.0,
                                                      "depth": 0})
    out = []
    for name in sets:
        path = ROOT / "benchmarks" / (f"{name}.yaml" if name == "dev_questions" else f"{name}_questions.yaml")
        items = yaml.safe_load(path.read_text())["questions"]
        for item in items[:limit]:
            try:
                q = understand(kb, item["q"])
                shown = shown_text(composer.answer(item["q"]))
            except Exception:  # noqa: BLE001 - a question the answer refuses adds no pairs
                continue
            positions = ranker.candidates(q)
            if not positions:
                continue
            texts = [normalise(composer.statements.shown_at(p).text) for p in positions]
            facts = telling(item["facts"], normalise(item["q"]), texts)
            if not facts:
                continue
            labels = [int(len(missing_facts(facts, t)) < len(facts)) for t in texts]  # holds one
            order = [h.position for h in composer.statements.index.rank(q.subject_terms, positions)]
            order += [p for p in positions if p not in set(order)]
            out.append(Asked(name, positions, ranker.features(q, positions), labels, texts, item["facts"], shown,
                             [positions.index(p) for p in order], adds_to(q)))
    return out, ranker


def telling(facts: list, question: str, texts: list[str]) -> list:
    """The facts that tell the statements answering apart from the rest: not a word of the question itself (a
    drug's name, which most of its page says), nor held by more than COMMON of the named pages' statements."""
    return [f for f in facts if missing_facts([f], question)
            and sum(not missing_facts([f], t) for t in texts) <= COMMON * len(texts)]


def matrix(asked: list[Asked]) -> tuple[csr_matrix, np.ndarray]:
    index = {n: i for i, n in enumerate(feature_names())}
    rows, cols, vals, labels = [], [], [], []
    r = 0
    for a in asked:
        for f, y in zip(a.features, a.labels):
            for k, v in f.items():
                rows.append(r)
                cols.append(index[k])
                vals.append(v)
            labels.append(y)
            r += 1
    return csr_matrix((vals, (rows, cols)), shape=(r, len(index))), np.array(labels)


def fit(asked: list[Asked]) -> LogisticRegression:
    x, y = matrix(asked)
    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def scores(model: LogisticRegression, a: Asked) -> np.ndarray:
    x, _ = matrix([a])
    return model.predict_proba(x)[:, 1]


def hits(order: list[int], labels: list[int], n: int) -> bool:
    return any(labels[i] for i in order[:n])


def added(a: Asked, probs: np.ndarray, threshold: float, depth: int) -> tuple[int, bool]:
    """(items added, whether they complete an answer that missed a fact) with this threshold and depth."""
    if not a.adds:
        return 0, False
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], a.positions[i]))[:depth]
    new = [a.texts[i] for i in order if probs[i] >= threshold and related(a.features[i]) and a.texts[i] not in a.shown]
    new = new[:MAX_ADDED]
    before = missing_facts(a.facts, a.shown)
    return len(new), bool(before) and not missing_facts(a.facts, " ".join([a.shown, *new]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--limit", type=int, default=None, help="questions per set (a quick run)")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--verbose", action="store_true", help="print every threshold and depth tried")
    args = parser.parse_args()
    if bad := [s for s in args.sets if s.startswith(NEVER)]:
        parser.error(f"never trained on {', '.join(bad)}: those sets measure what tuning cannot reach")
    asked, _ = gather(args.sets, args.limit)
    print(f"{len(asked)} questions, {sum(len(a.labels) for a in asked)} pairs, "
          f"{sum(sum(a.labels) for a in asked)} positive")
    out_of_fold: dict[int, np.ndarray] = {}
    print("| held out | questions with a fact on the named pages | top 1 learned / words | top 3 learned / words |")
    for name in args.sets:
        test = [i for i, a in enumerate(asked) if a.set == name]
        train = [a for a in asked if a.set != name]
        if not test or not train or not any(y for a in train for y in a.labels):
            continue
        model = fit(train)
        for i in test:
            out_of_fold[i] = scores(model, asked[i])
        answerable = [i for i in test if any(asked[i].labels)]
        learned = [sorted(range(len(out_of_fold[i])), key=lambda j: (-out_of_fold[i][j], asked[i].positions[j]))
                   for i in answerable]
        cells = [sum(hits(o, asked[i].labels, n) for o, i in zip(learned, answerable)) / max(1, len(answerable))
                 for n in (1, 3)]
        words = [sum(hits(asked[i].lexical, asked[i].labels, n) for i in answerable) / max(1, len(answerable))
                 for n in (1, 3)]
        print(f"| {name} | {len(answerable)} | {cells[0]:.1%} / {words[0]:.1%} | {cells[1]:.1%} / {words[1]:.1%} |")
    threshold, depth, completed, items = 1.0, 0, 0, 0
    best = (0, 0)
    for d in DEPTHS:
        for t in np.arange(0.3, 0.96, 0.05):
            n_items = n_done = 0
            for i, probs in out_of_fold.items():
                k, done = added(asked[i], probs, float(t), d)
                n_items += k
                n_done += done
            if args.verbose:
                print(f"  depth {d} threshold {t:.2f}: {n_done} completed, {n_items} items added")
            gain = (n_done, -n_items)  # the most answers completed, then the fewest items
            if n_items <= ITEMS_PER_ANSWER * len(out_of_fold) and gain > best:
                best, threshold, depth, completed, items = gain, round(float(t), 2), d, n_done, n_items
    print(f"threshold {threshold}, depth {depth}: out of fold, {completed} answers completed for {items} items added "
          f"over {len(out_of_fold)} questions")
    model = fit(asked)
    args.out.write_text(json.dumps({
        "trained": datetime.date.today().isoformat(), "sets": args.sets, "questions": len(asked), "C": C,
        "threshold": threshold, "depth": depth, "bias": round(float(model.intercept_[0]), 4),
        "features": list(feature_names()), "weights": [round(float(w), 4) for w in model.coef_[0]],
    }, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
