"""Stage `dates`: date expressions resolved against the publication date."""

from coopwatch.extract.dates.stage import annotate

__all__ = ["annotate"]
