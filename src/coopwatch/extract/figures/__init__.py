"""Stage `figures`: trade, investment and count figures with their attributes."""

from coopwatch.extract.figures.stage import extract

__all__ = ["extract"]
