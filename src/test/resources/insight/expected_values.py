#!/usr/bin/env python3
"""Expected values for InsightStatisticsTest, computed independently of Touchpoint's Java code
(numpy + scipy; Shapley by brute force over all orders of entry, OLS by numpy's lstsq on the raw rows).
Run: python3 expected_values.py > expected.json"""
import itertools, json, math
import numpy as np
from scipy import stats

out = {}

def adjusted_wald(p, pa, d, conf):
    n = p + pa + d
    z = stats.norm.ppf(1 - (1 - conf / 100) / 2)
    n1 = n + 3
    pp, dd = (p + 0.75) / n1, (d + 0.75) / n1
    centre = pp - dd
    var = pp + dd - centre ** 2
    half = z * math.sqrt(var / n1)
    return {"promoters": p, "passives": pa, "detractors": d, "confidence": conf,
            "nps": 100 * (p - d) / n, "low": max(-100, 100 * (centre - half)), "high": min(100, 100 * (centre + half))}

out["nps"] = [adjusted_wald(*c) for c in [(40, 30, 34, 95), (50, 30, 20, 95), (50, 30, 20, 90), (10, 5, 15, 99),
                                          (30, 0, 0, 95), (1, 0, 0, 95)]]

def z_test(a, b, conf):
    def adj(c):
        n1 = sum(c) + 3
        pp, dd = (c[0] + 0.75) / n1, (c[2] + 0.75) / n1
        return pp - dd, (pp + dd - (pp - dd) ** 2) / n1
    (m1, v1), (m2, v2) = adj(a), adj(b)
    z = (m1 - m2) / math.sqrt(v1 + v2)
    p = 2 * (1 - stats.norm.cdf(abs(z)))
    return {"current": a, "previous": b, "confidence": conf, "z": z, "pValue": p,
            "change": 100 * (a[0] - a[2]) / sum(a) - 100 * (b[0] - b[2]) / sum(b)}

out["npsChange"] = [z_test((40, 30, 34), (50, 30, 20), 95), z_test((300, 400, 300), (380, 400, 220), 95),
                    z_test((45, 30, 25), (50, 30, 20), 95)]

rng = np.random.default_rng(21)
x = rng.integers(1, 8, size=25).astype(float)
t_low, t_high = stats.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=stats.sem(x))
out["mean"] = {"values": x.tolist(), "confidence": 95, "mean": x.mean(), "low": t_low, "high": t_high}

expected = rng.integers(3, 8, size=30).astype(float)
experienced = np.clip(expected - rng.integers(-1, 3, size=30), 1, 7).astype(float)
dd = experienced - expected
lo, hi = stats.t.interval(0.90, len(dd) - 1, loc=dd.mean(), scale=stats.sem(dd))
out["paired"] = {"expected": expected.tolist(), "experienced": experienced.tolist(), "confidence": 90,
                 "mean": dd.mean(), "low": lo, "high": hi}

a = rng.integers(1, 8, size=40).astype(float)
b = np.clip(rng.integers(1, 8, size=55) + 1, 1, 7).astype(float)
w = stats.ttest_ind(a, b, equal_var=False)
out["welch"] = {"current": a.tolist(), "previous": b.tolist(), "pValue": w.pvalue}

wil = []
for s, n, conf in [(12, 40, 95), (0, 10, 95), (10, 10, 99), (30, 100, 90)]:
    z = stats.norm.ppf(1 - (1 - conf / 100) / 2)
    p = s / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    wil.append({"successes": s, "n": n, "confidence": conf, "low": c - h, "high": c + h})
out["wilson"] = wil

# Shapley (LMG) on a small data set: six cues, NPS driven mostly by the second (reliability)
n = 80
cues = rng.integers(1, 8, size=(n, 6)).astype(float)
cues[:, 3] = np.clip(np.round(0.6 * cues[:, 1] + rng.normal(0, 1.5, n) + 1.5), 1, 7)  # correlated with cue 2
y = np.clip(np.round(0.3 + 1.1 * cues[:, 1] + 0.3 * cues[:, 0] + 0.15 * cues[:, 4] + rng.normal(0, 1.8, n)), 0, 10)

def r2(cols):
    if not cols:
        return 0.0
    X = np.column_stack([np.ones(n)] + [cues[:, c] for c in cols])
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ beta
    return 1 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))

orders = list(itertools.permutations(range(6)))
phi = [0.0] * 6
for order in orders:
    entered = []
    for c in order:
        before = r2(entered)
        entered = entered + [c]
        phi[c] += r2(entered) - before
phi = [p / len(orders) for p in phi]
full = r2(list(range(6)))
X = np.column_stack([np.ones(n), cues])
beta, *_ = np.linalg.lstsq(X, y, rcond=None)
out["shapley"] = {"cues": cues.tolist(), "nps": y.tolist(), "r2": full,
                  "importance": [p / full for p in phi], "sign": [int(np.sign(b)) for b in beta[1:]],
                  "performance": cues.mean(axis=0).tolist()}

print(json.dumps(out, indent=1))
