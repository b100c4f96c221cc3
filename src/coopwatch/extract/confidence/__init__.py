"""Stage `confidence`: a calibrated estimate that each fact is right."""

from coopwatch.extract.confidence.stage import estimate

__all__ = ["estimate"]
