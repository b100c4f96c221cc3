"""Stage `pair_judge`: a small learned model weighs every pair of parties."""

from coopwatch.extract.pair_judge.stage import judge

__all__ = ["judge"]
