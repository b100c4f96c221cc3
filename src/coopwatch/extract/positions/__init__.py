"""Stage `positions`: person, title, and the region, country or organization it is of."""

from coopwatch.extract.positions.stage import extract

__all__ = ["extract"]
