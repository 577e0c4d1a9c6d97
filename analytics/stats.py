"""The significance note for A/B results: a two-proportion z-test, in plain words."""

from __future__ import annotations

import math

MIN_SAMPLE = 30


def two_proportion_z(successes_a: int, n_a: int, successes_b: int, n_b: int) -> dict:
    """z and two-sided p for "A's rate differs from B's", with a sentence saying what it means.

    Uses the pooled proportion; reports "not enough data" when either arm has fewer than
    MIN_SAMPLE trials or fewer than 5 expected successes or failures (the normal
    approximation does not hold there).
    """
    result = {"z": None, "p_value": None, "significant": False}
    if n_a <= 0 or n_b <= 0:
        return {**result, "note": "Not enough data yet: one of the variants has no calls."}
    rate_a, rate_b = successes_a / n_a, successes_b / n_b
    pooled = (successes_a + successes_b) / (n_a + n_b)
    expected = min(pooled * n_a, (1 - pooled) * n_a, pooled * n_b, (1 - pooled) * n_b)
    if min(n_a, n_b) < MIN_SAMPLE or expected < 5:
        return {
            **result,
            "note": f"Not enough data yet (each variant needs at least {MIN_SAMPLE} and a few successes).",
        }
    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if standard_error == 0:
        return {**result, "note": "Both variants have the same rate."}
    z = (rate_a - rate_b) / standard_error
    p_value = math.erfc(abs(z) / math.sqrt(2))
    significant = p_value < 0.05
    if significant:
        note = f"The difference is significant at 95% confidence (z = {z:.2f}, p = {p_value:.3f})."
    else:
        note = f"The difference could be chance (z = {z:.2f}, p = {p_value:.3f}); keep testing."
    return {"z": round(z, 3), "p_value": round(p_value, 4), "significant": significant, "note": note}
