"""Checks of the comparison rules used by check_score.py (run with /usr/bin/python3 -m unittest)."""

import unittest

from compare import canonical_recommendations, compare, filtered


class CompareRules(unittest.TestCase):
    def test_numbers_nulls_and_extra_keys(self):
        self.assertEqual(compare({"a": 1.0, "b": None}, {"a": 1.0 + 5e-7, "b": None, "x": 1}), [])
        self.assertEqual(len(compare({"a": 1.0}, {"a": 1.00001})), 1)
        self.assertEqual(len(compare({"a": None}, {"a": 0.0})), 1)
        self.assertEqual(len(compare({"a": 0.0}, {"a": None})), 1)
        self.assertEqual(len(compare({"a": 0.0}, {})), 1)
        self.assertEqual(len(compare({"a": 1}, {"a": True})), 1)
        self.assertEqual(len(compare({"s": "x"}, {"s": "y"})), 1)

    def test_list_order_and_length(self):
        self.assertEqual(len(compare([{"id": "a"}, {"id": "b"}], [{"id": "b"}, {"id": "a"}])), 1)
        self.assertEqual(len(compare([1, 2], [1, 2, 3])), 1)

    def test_stage_only_tolerated_on_a_boundary(self):
        self.assertEqual(compare({"index": 40.0, "stage": 3}, {"index": 40.0, "stage": 2}), [])
        self.assertEqual(len(compare({"index": 41.0, "stage": 3}, {"index": 41.0, "stage": 2})), 1)
        self.assertEqual(len(compare({"index": 40.0, "stage": 3}, {"index": 40.0, "stage": 1})), 1)

    def test_recommendations(self):
        recs = [{"item": "b", "gain": 2.0}, {"item": "a", "gain": 2.0 + 1e-12},
                {"item": "c", "gain": 1e-13}]
        self.assertEqual([r["item"] for r in canonical_recommendations(recs)], ["a", "b"])
        expected = {"recommendations": [{"item": "a", "gain": 2.0}, {"item": "b", "gain": 2.0}]}
        self.assertEqual(compare(expected, {"recommendations": recs}), [])
        # a gain of exactly 0 is never dropped, descending order is enforced
        zero = {"recommendations": expected["recommendations"] + [{"item": "z", "gain": 0.0}]}
        self.assertEqual(len(compare(expected, zero)), 1)
        wrong = {"recommendations": [{"item": "c", "gain": 1.0}, {"item": "a", "gain": 2.0}]}
        self.assertEqual(len(compare({"recommendations": wrong["recommendations"][::-1]}, wrong)), 1)

    def test_filtered(self):
        data = {"questionnaire": {}, "companies": [
            {"name": "A", "rounds": [{"label": "1"}, {"label": "2"}]}, {"name": "B", "rounds": []}]}
        self.assertEqual(filtered(data, "A", "2")["companies"], [{"name": "A", "rounds": [{"label": "2"}]}])


if __name__ == "__main__":
    unittest.main()
