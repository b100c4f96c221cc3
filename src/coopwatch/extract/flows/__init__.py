"""Stage `flows`: who supplies what to whom."""

from coopwatch.extract.flows.stage import extract

__all__ = ["extract"]
