"""Stage `events`: meetings, visits, agreements, localization, projects, forums."""

from coopwatch.extract.events.stage import extract

__all__ = ["extract"]
