"""Stage `sectors`: the sectors of a document, from its cooperation-bearing passages."""

from coopwatch.extract.sectors.stage import extract

__all__ = ["extract"]
