"""Stage `relevance`: whether a document is about economic cooperation at all."""

from coopwatch.extract.relevance.stage import assess

__all__ = ["assess"]
