"""Fit the offline answerer's confidence (knowledge.answerers.CONFIDENCE_WEIGHTS) on the evaluation sites.

Not part of the suite; run it when retrieval's features, the weights of its reranking or the evaluation
sites change:

    .venv/bin/python -m voiceplatform.runtime test tests/knowledge/fit_confidence.py -q -s -p no:cacheprovider

Every site of tests/knowledge/test_eval.py is crawled, and each of its questions, and each question it
cannot answer, searched as an answer searches. A question whose first passage is on the right page is a
positive example, one the site cannot answer a negative (weighing OUT_OF_SCOPE_WEIGHT); a question whose
first passage is on another page is left out, since whether to answer it is not a matter of confidence.
A logistic model over `confidence_features` is fitted on standardised features with a small L2 penalty.
Each site is then judged at the default threshold with weights fitted on the other sites only (leave one
site out), against the weights in the code, and the weights fitted on all sites are printed, to be copied
into CONFIDENCE_WEIGHTS and CONFIDENCE_BIAS.
"""

import math

import numpy as np
import pytest

from knowledge import answerers, retrieval
from knowledge.models import KnowledgeSettings
from tests.knowledge.fitting import crawled, other_sites
from tests.knowledge.test_eval import SETS

pytestmark = pytest.mark.django_db

FEATURES = tuple(answerers.CONFIDENCE_WEIGHTS)
OUT_OF_SCOPE_WEIGHT = 3.0
L2 = 0.01
STEPS = 3000
STEP_SIZE = 0.5
THRESHOLD = KnowledgeSettings._meta.get_field("min_confidence").default


def _examples(name, site, tenant, in_tenant, run_on_commit) -> list[tuple[list[float], bool]]:
    """[(features, whether the first passage answers it)] for one set's questions and those it cannot answer;
    in-scope questions whose first passage is on another page are left out."""
    _, questions, *_, out_of_scope, _ = SETS[name]
    found = []
    with crawled(name, site, tenant, in_tenant, run_on_commit) as origin:
        asked = [(question, origin + path) for question, path in questions] + [(q, None) for q in out_of_scope]
        for question, wanted in asked:
            passages = retrieval.search(question, limit=5).passages
            if not passages or (wanted is not None and passages[0].url != wanted):
                continue
            features = answerers.confidence_features(passages)
            found.append(([features[f] for f in FEATURES], wanted is not None))
    return found


def fit(examples) -> tuple[np.ndarray, float]:
    """(weights, bias) on the raw features."""
    features = np.array([f for f, _ in examples], dtype=float)
    answers = np.array([a for _, a in examples], dtype=float)
    weight = np.where(answers == 1.0, 1.0, OUT_OF_SCOPE_WEIGHT)
    mean, spread = features.mean(axis=0), features.std(axis=0) + 1e-9
    design = np.hstack([(features - mean) / spread, np.ones((len(features), 1))])
    coefficients = np.zeros(design.shape[1])
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-design @ coefficients))
        penalty = L2 * np.r_[coefficients[:-1], 0.0]
        coefficients -= STEP_SIZE * (design.T @ ((predicted - answers) * weight) / weight.sum() + penalty)
    weights = coefficients[:-1] / spread
    return weights, float(coefficients[-1] - (coefficients[:-1] * mean / spread).sum())


def judge(examples, weights, bias) -> tuple[int, int]:
    """(answerable questions answered, unanswerable ones declined) at the default threshold."""
    answered = declined = 0
    for features, answerable in examples:
        confidence = 1.0 / (1.0 + math.exp(-(bias + float(np.dot(weights, features)))))
        answered += answerable and confidence >= THRESHOLD
        declined += not answerable and confidence < THRESHOLD
    return answered, declined


def test_fit_confidence_weights(site, tenant_a, in_tenant, run_on_commit):
    data = {name: _examples(name, site, tenant_a, in_tenant, run_on_commit) for name in SETS}
    current = (np.array([answerers.CONFIDENCE_WEIGHTS[f] for f in FEATURES]), answerers.CONFIDENCE_BIAS)
    totals = np.zeros(5, dtype=int)
    print(f"\n{'set':18} examples  current weights   left-out fit   (answerable answered, unanswerable declined)")
    for name in SETS:
        row = (len(data[name]), *judge(data[name], *current), *judge(data[name], *fit(other_sites(data, name))))
        totals += row
        print(f"{name:18} {row[0]:5}     {row[1]:4} {row[2]:4}         {row[3]:4} {row[4]:4}")
    print(f"{'total':18}" + "".join(f" {t:5}" for t in totals))
    answerable = sum(a for name in SETS for _, a in data[name])
    print(f"answerable {answerable}, unanswerable {sum(len(data[name]) for name in SETS) - answerable}")
    weights, bias = fit([example for name in SETS for example in data[name]])
    print("CONFIDENCE_WEIGHTS = {" + ", ".join(f'"{f}": {w:.3f}' for f, w in zip(FEATURES, weights, strict=True)) + "}")
    print(f"CONFIDENCE_BIAS = {bias:.3f}")
