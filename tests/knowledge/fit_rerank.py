"""Fit retrieval's reranking weights (knowledge.retrieval.RERANK_WEIGHTS) on the evaluation sites.

Not part of the suite; run it when retrieval's features or the evaluation sites change:

    .venv/bin/python -m voiceplatform.runtime test tests/knowledge/fit_rerank.py -q -s -p no:cacheprovider

Every site of tests/knowledge/test_eval.py is crawled and each of its questions searched, keeping every
candidate passage with its features. A linear score is fitted so that the right page's passages come
first (a softmax over the candidates, maximising the right page's share, with a small L2 penalty).
Each site is then measured with weights fitted on the other sites only (leave one site out), against
the fused order, and the weights fitted on all sites are printed, to be copied into RERANK_WEIGHTS.
"""

import numpy as np
import pytest

from knowledge import retrieval
from tests.knowledge.fitting import crawled, other_sites
from tests.knowledge.test_eval import SETS

pytestmark = pytest.mark.django_db

FEATURES = tuple(retrieval.RERANK_WEIGHTS)
L2 = 0.01
SHARPNESS = 5.0
STEPS = 300
STEP_SIZE = 0.5


def _questions(name, site, tenant, in_tenant, run_on_commit):
    """[(feature matrix, page of each candidate, url of each candidate, wanted url)] for one set."""
    found = []
    with crawled(name, site, tenant, in_tenant, run_on_commit) as origin:
        for question, path in SETS[name][1]:
            candidates = retrieval.search(question, limit=3, explain=True).candidates
            matrix = np.array([[c[3][f] for f in FEATURES] for c in candidates], dtype=float)
            found.append((matrix, [c[1] for c in candidates], [c[2] for c in candidates], origin + path))
    return found


def fit(questions) -> np.ndarray:
    usable = [(m, np.array([u == want for u in urls])) for m, _, urls, want in questions if len(m)]
    usable = [(m, right) for m, right in usable if right.any() and not right.all()]
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("fused")] = 1.0
    for _ in range(STEPS):
        gradient = np.zeros_like(weights)
        for matrix, right in usable:
            logits = SHARPNESS * matrix @ weights
            share = np.exp(logits - logits.max())
            share /= share.sum()
            wanted = share[right].sum()
            gradient -= SHARPNESS * ((share[right] @ matrix[right]) / wanted - share @ matrix)
        weights -= STEP_SIZE * (gradient / len(usable) + L2 * weights)
    return weights


def measure(questions, weights) -> tuple[int, int]:
    """(right page among the first three pages, right page first)."""
    top3 = first = 0
    for matrix, pages, urls, want in questions:
        # Ties keep the order search gave the candidates in.
        ranked = sorted(
            ((float(score), index) for index, score in enumerate(matrix @ weights)), key=lambda s: (-s[0], s[1])
        )
        # The first three results as search gives them: each page's best passage first.
        shown = [urls[i] for _, i in retrieval.page_diverse(ranked, pages.__getitem__, str, 3)]
        top3 += want in shown
        first += bool(shown) and shown[0] == want
    return top3, first


def test_fit_rerank_weights(site, tenant_a, in_tenant, run_on_commit):
    data = {name: _questions(name, site, tenant_a, in_tenant, run_on_commit) for name in SETS}
    fused = np.array([1.0 if f == "fused" else 0.0 for f in FEATURES])
    current = np.array([retrieval.RERANK_WEIGHTS[f] for f in FEATURES])
    totals = np.zeros(6, dtype=int)
    print(f"\n{'set':18} fused order   current weights   left-out fit   (top 3, first)")
    for name in SETS:
        left_out = fit(other_sites(data, name))
        row = (*measure(data[name], fused), *measure(data[name], current), *measure(data[name], left_out))
        totals += row
        print(f"{name:18} {row[0]:3} {row[1]:3}       {row[2]:3} {row[3]:3}           {row[4]:3} {row[5]:3}")
    print(f"{'total':18}" + "".join(f" {t:3}" for t in totals))
    weights = fit([q for name in SETS for q in data[name]])
    print("RERANK_WEIGHTS = {" + ", ".join(f'"{f}": {w:.3f}' for f, w in zip(FEATURES, weights, strict=True)) + "}")
