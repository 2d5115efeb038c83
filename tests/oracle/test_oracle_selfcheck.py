"""Hand-computed known answers for the oracle itself.

Run from this directory:  /usr/bin/python3 -m unittest
Every expected number below is worked out by hand in the comments.
"""

import math
import unittest

import oracle


def questionnaire(dims, smin=0, smax=4, dim_weights=None):
    """dims: [(dim_id, [(item_id, weight), ...]), ...]"""
    out = {"id": "t", "version": 3, "scale": {"min": smin, "max": smax}, "dimensions": []}
    for k, (did, items) in enumerate(dims):
        d = {"id": did, "items": []}
        if dim_weights:
            d["weight"] = dim_weights[k]
        for iid, w in items:
            d["items"].append({"id": iid, "weight": w, "measures": ["m-" + iid]})
        out["dimensions"].append(d)
    return out


THREE_SIMPLE = questionnaire([("a", [("a1", 1.0)]), ("b", [("b1", 1.0)]), ("c", [("c1", 1.0)])])


def same_level_company(company, date, level, label="R1", dept="D", items=("a1", "b1", "c1")):
    """One department, one respondent, the same level for each item."""
    return [(company, dept, label, date, "r1", i, level) for i in items]


class ItemAndAssessment(unittest.TestCase):
    def test_item_stats_respondents_index(self):
        q = questionnaire([("a", [("a1", 1.0), ("a2", 1.0)]), ("b", [("b1", 1.0)]),
                           ("c", [("c1", 1.0)])])
        rows = []
        for resp, levels in [("r1", [1, 4, 3, 2]), ("r2", [2, None, 3, 2]),
                             ("r3", [4, None, None, 2]), ("r4", [None, None, None, None])]:
            for item, level in zip(["a1", "a2", "b1", "c1"], levels):
                rows.append(("X", "Sales", "R1", "2026-01-10", resp, item, level))
        dep = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["departments"][0]
        # r4 answered only n/a -> not counted: 3 respondents
        self.assertEqual(dep["respondents"], 3)
        a1 = dep["items"][0]
        # a1 levels 1, 2, 4: n = 3, mean = 7/3,
        # sd = sqrt(((1-7/3)^2 + (2-7/3)^2 + (4-7/3)^2) / 3) = sqrt((16+1+25)/9/3) = sqrt(14)/3
        # score = 100 * (7/3 - 0) / 4 = 175/3
        self.assertEqual(a1["n"], 3)
        self.assertAlmostEqual(a1["mean"], 7 / 3, places=12)
        self.assertAlmostEqual(a1["sd"], math.sqrt(14) / 3, places=12)
        self.assertAlmostEqual(a1["score"], 175 / 3, places=12)
        # a2: one answer (4): n 1, mean 4, sd 0, score 100
        self.assertEqual(dep["items"][1], {"id": "a2", "n": 1, "mean": 4.0, "sd": 0.0,
                                           "score": 100.0})
        # b1: 3, 3 -> score 75; c1: 2, 2, 2 -> score 50
        self.assertAlmostEqual(dep["items"][2]["score"], 75.0)
        self.assertAlmostEqual(dep["items"][3]["score"], 50.0)
        # dimension a = (175/3 + 100) / 2 = 475/6, coverage 1
        self.assertAlmostEqual(dep["dimensions"][0]["score"], 475 / 6, places=12)
        self.assertEqual(dep["dimensions"][0]["coverage"], 1.0)
        # index = (475/6 + 75 + 50) / 3 = 1225/18 = 68.06 -> stage 4
        self.assertAlmostEqual(dep["index"], 1225 / 18, places=12)
        self.assertEqual(dep["stage"], 4)

    def test_unanswered_item_and_custom_scale(self):
        q = questionnaire([("a", [("a1", 1.0)]), ("b", [("b1", 1.0)]), ("c", [("c1", 1.0)])],
                          smin=1, smax=5)
        rows = [("X", "D", "R", "2026-01-01", "r", "a1", 3),
                ("X", "D", "R", "2026-01-01", "r", "b1", None)]
        dep = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["departments"][0]
        # scale 1..5: level 3 -> 100 * (3 - 1) / 4 = 50
        self.assertEqual(dep["items"][0]["score"], 50.0)
        # b1 only n/a, c1 never answered: n 0, everything else NULL
        for k in (1, 2):
            self.assertEqual(dep["items"][k]["n"], 0)
            self.assertIsNone(dep["items"][k]["mean"])
            self.assertIsNone(dep["items"][k]["sd"])
            self.assertIsNone(dep["items"][k]["score"])
        self.assertEqual(dep["dimensions"][1]["coverage"], 0.0)
        self.assertIsNone(dep["index"])
        self.assertIsNone(dep["stage"])


class Coverage(unittest.TestCase):
    def test_exactly_half_is_enough(self):
        q = questionnaire([("a", [("a1", 1.0), ("a2", 1.0), ("a3", 1.0), ("a4", 1.0)]),
                           ("b", [("b1", 1.0)]), ("c", [("c1", 1.0)])])
        rows = [("X", "D", "R", "2026-01-01", "r", "a1", 4),
                ("X", "D", "R", "2026-01-01", "r", "a2", 2),
                ("X", "D", "R", "2026-01-01", "r", "a3", None),
                ("X", "D", "R", "2026-01-01", "r", "b1", 0),
                ("X", "D", "R", "2026-01-01", "r", "c1", 4)]
        dep = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["departments"][0]
        # 2 of 4 equal weights -> coverage 0.5 -> score (100 + 50) / 2 = 75
        self.assertEqual(dep["dimensions"][0]["coverage"], 0.5)
        self.assertEqual(dep["dimensions"][0]["score"], 75.0)
        # index (75 + 0 + 100) / 3 = 58.33 -> stage 3
        self.assertAlmostEqual(dep["index"], 175 / 3, places=12)
        self.assertEqual(dep["stage"], 3)
        # only a1: coverage 0.25 -> NULL -> index NULL
        dep = oracle.score(q, rows[:1] + rows[3:], {})["companies"][0]["rounds"][0]["departments"][0]
        self.assertEqual(dep["dimensions"][0]["coverage"], 0.25)
        self.assertIsNone(dep["dimensions"][0]["score"])
        self.assertIsNone(dep["index"])

    def test_uneven_weights_half(self):
        q = questionnaire([("a", [("a1", 0.5), ("a2", 2.5), ("a3", 1.0), ("a4", 2.0)]),
                           ("b", [("b1", 1.0)]), ("c", [("c1", 1.0)])])
        rows = [("X", "D", "R", "2026-01-01", "r", "a1", 4),
                ("X", "D", "R", "2026-01-01", "r", "a2", 0)]
        dim = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["departments"][0]["dimensions"][0]
        # coverage (0.5 + 2.5) / 6 = 0.5; score (0.5*100 + 2.5*0) / 3 = 50/3
        self.assertEqual(dim["coverage"], 0.5)
        self.assertAlmostEqual(dim["score"], 50 / 3, places=12)
        rows = [("X", "D", "R", "2026-01-01", "r", "a4", 4)]
        dim = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["departments"][0]["dimensions"][0]
        # coverage 2/6 < 0.5 -> NULL
        self.assertAlmostEqual(dim["coverage"], 1 / 3, places=12)
        self.assertIsNone(dim["score"])

    def test_stage_thresholds(self):
        for value, stage in [(0, 1), (19.999, 1), (20, 2), (39.999, 2), (40, 3), (59.9, 3),
                             (60, 4), (79.999, 4), (80, 5), (100, 5), (None, None)]:
            self.assertEqual(oracle.stage_of(value), stage, value)


class CompanyLevelAndTrend(unittest.TestCase):
    def test_company_spread_delta(self):
        rows = (same_level_company("X", "2026-01-01", 2, label="R1", dept="A")
                + same_level_company("X", "2026-01-01", 4, label="R1", dept="B")
                # the later round has a label that sorts first: order must follow the date
                + same_level_company("X", "2026-02-01", 3, label="R0", dept="C")
                + same_level_company("X", "2026-02-01", 1, label="R0", dept="A")
                + [("X", "E", "R0", "2026-02-01", "r1", "a1", None)])  # only n/a
        comp = oracle.score(THREE_SIMPLE, rows, {})["companies"][0]
        r1, r0 = comp["rounds"]
        self.assertEqual([r1["label"], r0["label"]], ["R1", "R0"])
        # R1: departments A (50) and B (100): company 75 per dimension, spread 50
        self.assertEqual(r1["company"]["dimensions"][0]["score"], 75.0)
        self.assertEqual(r1["company"]["dimensions"][0]["spread"], 50.0)
        self.assertEqual(r1["company"]["index"], 75.0)
        self.assertIsNone(r1["company"]["delta"])
        # R0: A (25), C (75), E (all NULL, respondents 0): company 50, spread 50
        self.assertEqual([d["name"] for d in r0["departments"]], ["A", "C", "E"])
        self.assertEqual(r0["departments"][2]["respondents"], 0)
        self.assertEqual(r0["company"]["dimensions"][0]["score"], 50.0)
        self.assertEqual(r0["company"]["dimensions"][0]["spread"], 50.0)
        # delta = 50 - 75 = -25 (index and every dimension)
        self.assertEqual(r0["company"]["delta"], -25.0)
        self.assertEqual(r0["company"]["dimensions"][2]["delta"], -25.0)
        # department A: 25 - 50 = -25; C had no assessment in R1 -> NULL
        self.assertEqual(r0["departments"][0]["dimensions"][0]["delta"], -25.0)
        self.assertIsNone(r0["departments"][1]["dimensions"][0]["delta"])

    def test_spread_needs_two_departments(self):
        rows = (same_level_company("X", "2026-01-01", 2, dept="A")
                + [("X", "B", "R1", "2026-01-01", "r1", "a1", 4)])
        comp = oracle.score(THREE_SIMPLE, rows, {})["companies"][0]["rounds"][0]["company"]
        # dimension a: A 50, B 100 -> mean 75, spread 50; dimension b: only A -> 50, spread NULL
        self.assertEqual(comp["dimensions"][0]["score"], 75.0)
        self.assertEqual(comp["dimensions"][0]["spread"], 50.0)
        self.assertEqual(comp["dimensions"][1]["score"], 50.0)
        self.assertIsNone(comp["dimensions"][1]["spread"])
        # items: a1 (50 + 100) / 2 = 75
        self.assertEqual(comp["items"][0], {"id": "a1", "score": 75.0})
        # index (75 + 50 + 50) / 3
        self.assertAlmostEqual(comp["index"], 175 / 3, places=12)


class Benchmark(unittest.TestCase):
    def rows(self, p5_dates):
        rows = same_level_company("X", "2026-03-01", 2)          # index 50
        rows += same_level_company("P1", "2026-02-01", 1)        # 25
        rows += same_level_company("P2", "2026-02-01", 2)        # 50 (tie)
        rows += same_level_company("P3", "2026-03-01", 2)        # 50 (tie, same date counts)
        rows += same_level_company("P4", "2026-01-01", 3)        # 75
        for label, date, level in p5_dates:
            rows += same_level_company("P5", date, level, label=label)
        return rows

    def test_percentile_with_ties(self):
        # P5: 100 on 2026-02-15 and 0 on 2026-04-01 (after X's date: not used)
        out = oracle.score(THREE_SIMPLE, self.rows([("A", "2026-02-15", 4),
                                                    ("B", "2026-04-01", 0)]), {})
        bench = out["companies"][-1]["rounds"][0]["benchmark"]   # X sorts last
        # peers 25, 50, 50, 75, 100; x = 50: B = 1, E = 2 -> 100 * (1 + 1) / 5 = 40
        self.assertEqual(bench["peers"], 5)
        self.assertAlmostEqual(bench["index_percentile"], 40.0, places=12)
        # mean 60; sd = sqrt((35^2 + 10^2 + 10^2 + 15^2 + 40^2) / 5) = sqrt(650)
        self.assertAlmostEqual(bench["index_mean"], 60.0, places=12)
        self.assertAlmostEqual(bench["index_sd"], math.sqrt(650), places=12)
        self.assertAlmostEqual(bench["dimensions"][1]["percentile"], 40.0, places=12)
        # P1 (2026-02-01) sees X? no (X is later); sees P4 only (P2 same date: yes, <= t)
        p1 = out["companies"][0]["rounds"][0]["benchmark"]
        self.assertEqual(p1["peers"], 2)   # P2 (same date) and P4
        self.assertIsNone(p1["index_percentile"])
        self.assertIsNone(p1["index_mean"])
        self.assertIsNone(p1["index_sd"])

    def test_too_few_peers_and_null_peer(self):
        out = oracle.score(THREE_SIMPLE, self.rows([("B", "2026-04-01", 0)]), {})
        bench = out["companies"][-1]["rounds"][0]["benchmark"]
        # P5 has no round <= 2026-03-01: 4 peers -> no percentile, no band
        self.assertEqual(bench["peers"], 4)
        self.assertIsNone(bench["index_percentile"])
        self.assertIsNone(bench["dimensions"][0]["mean"])
        # P5 back at 100 (2026-02-15), plus P6 with a = b = 100 and c unanswered (index
        # NULL): peers 6, but the index has N = 5 values (25, 50, 50, 75, 100) -> 40 as above
        rows = self.rows([("A", "2026-02-15", 4)])
        rows += same_level_company("P6", "2026-01-01", 4, items=("a1", "b1"))
        bench = oracle.score(THREE_SIMPLE, rows, {})["companies"][-1]["rounds"][0]["benchmark"]
        self.assertEqual(bench["peers"], 6)
        self.assertAlmostEqual(bench["index_percentile"], 40.0, places=12)   # N = 5
        # dimension a: 25, 50, 50, 75, 100, 100 -> B 1, E 2 -> 100 * 2 / 6
        self.assertAlmostEqual(bench["dimensions"][0]["percentile"], 100 * 2 / 6, places=12)
        self.assertAlmostEqual(bench["dimensions"][0]["mean"], 400 / 6, places=12)
        # dimension c: N = 5 again -> 40
        self.assertAlmostEqual(bench["dimensions"][2]["percentile"], 40.0, places=12)


class Recommendations(unittest.TestCase):
    Q = questionnaire([("a", [("a1", 1.0), ("a2", 1.0)]),
                       ("b", [("b1", 0.5), ("b2", 1.5)]),
                       ("c", [("c1", 1.0)])], dim_weights=[2.0, 1.0, 1.0])

    def run_levels(self, levels, meta=None, override=None):
        rows = [("X", "D", "R", "2026-01-01", "r", i, lv)
                for i, lv in zip(["a1", "a2", "b1", "b2", "c1"], levels)]
        return oracle.score(self.Q, rows, meta or {}, override)["companies"][0]

    def test_gain_uneven_weights(self):
        comp = self.run_levels([2, 4, 1, 2, 3])   # scores 50, 100, 25, 50, 75
        self.assertEqual(comp["target"], 75.0)
        recs = comp["rounds"][0]["recommendations"]
        # sum W = 4
        # a1: (2/4) * (1/2) * (75 - 50) = 6.25
        # b2: (1/4) * (1.5/2) * (75 - 50) = 4.6875
        # b1: (1/4) * (0.5/2) * (75 - 25) = 3.125
        # a2 (100) and c1 (75): gap 0 -> gain 0 -> not listed
        self.assertEqual([r["item"] for r in recs], ["a1", "b2", "b1"])
        self.assertAlmostEqual(recs[0]["gain"], 6.25, places=12)
        self.assertAlmostEqual(recs[1]["gain"], 4.6875, places=12)
        self.assertAlmostEqual(recs[2]["gain"], 3.125, places=12)
        self.assertEqual(recs[1]["measures"], ["m-b2"])

    def test_targets(self):
        # company target 50: only b1 (25) -> (1/4) * (0.5/2) * 25 = 1.5625
        comp = self.run_levels([2, 4, 1, 2, 3], meta={"X": {"target": 50.0}})
        self.assertEqual(comp["target"], 50.0)
        self.assertEqual([(r["item"], r["gain"]) for r in comp["rounds"][0]["recommendations"]],
                         [("b1", 1.5625)])
        # override 100 wins: a1 12.5, b2 9.375, c1 6.25, b1 4.6875
        comp = self.run_levels([2, 4, 1, 2, 3], meta={"X": 50.0}, override=100)
        self.assertEqual(comp["target"], 100.0)
        self.assertEqual([(r["item"], r["gain"]) for r in comp["rounds"][0]["recommendations"]],
                         [("a1", 12.5), ("b2", 9.375), ("c1", 6.25), ("b1", 4.6875)])

    def test_ties_by_item_id(self):
        q = questionnaire([("a", [("z.first", 1.0), ("m.second", 1.0)]),
                           ("b", [("b1", 1.0)]), ("c", [("c1", 1.0)])])
        rows = [("X", "D", "R", "2026-01-01", "r", i, 2) for i in ["z.first", "m.second"]]
        recs = oracle.score(q, rows, {})["companies"][0]["rounds"][0]["recommendations"]
        # both (1/3) * (1/2) * 25 = 4.1667; tie -> id ascending; b1, c1 unanswered: not listed
        self.assertEqual([r["item"] for r in recs], ["m.second", "z.first"])
        self.assertAlmostEqual(recs[0]["gain"], 25 / 6, places=12)


class Anonymity(unittest.TestCase):
    def differencing(self):
        """Vertrieb: 3 people answering 2 (50); Einkauf: 2 people answering 4 and 2 (75)."""
        rows = []
        for resp, level, dept in [("V1", 2, "Vertrieb"), ("V2", 2, "Vertrieb"), ("V3", 2, "Vertrieb"),
                                  ("E1", 4, "Einkauf"), ("E2", 2, "Einkauf")]:
            for item in ("a1", "b1", "c1"):
                rows.append(("Klein", dept, "R1", "2026-03-15", resp, item, level))
        return oracle.score(THREE_SIMPLE, rows, {})

    def test_k3_vertrieb_joins_einkauf(self):
        # k = 3: H = {Einkauf (2)}; one department -> Vertrieb (3) joins; 5 >= 3: pool shown,
        # 5 respondents, mean(75, 50) = 62.5; company 62.5; spread over the pool alone: NULL.
        view = oracle.anonymous(THREE_SIMPLE, self.differencing(), 3)
        rnd = view["companies"][0]["rounds"][0]
        self.assertEqual([d["hidden"] for d in rnd["departments"]], [True, True])
        self.assertEqual(rnd["pool"]["departments"], ["Einkauf", "Vertrieb"])
        self.assertEqual(rnd["pool"]["respondents"], 5)
        self.assertEqual(rnd["pool"]["index"], 62.5)
        self.assertEqual(rnd["company"]["index"], 62.5)
        self.assertIsNone(rnd["company"]["dimensions"][0]["spread"])

    def test_k6_pool_too_small(self):
        # k = 6: both under 6, 2 + 3 = 5 < 6 and nobody left: pool and company withheld.
        rnd = oracle.anonymous(THREE_SIMPLE, self.differencing(), 6)["companies"][0]["rounds"][0]
        self.assertIsNone(rnd["pool"]["respondents"])
        self.assertIsNone(rnd["pool"]["index"])
        self.assertIsNone(rnd["company"]["index"])
        self.assertEqual(rnd["recommendations"], [])

    def test_ties_by_code_point(self):
        # k = 5: X (1) alone; "Zeta" (U+005A) before "Äpfel" (U+00C4), both 6: Zeta joins.
        deps = [{"name": n, "respondents": r} for n, r in [("Äpfel", 6), ("X", 1), ("Zeta", 6)]]
        self.assertEqual(oracle.hidden_departments(deps, 5), ["X", "Zeta"])


if __name__ == "__main__":
    unittest.main()
