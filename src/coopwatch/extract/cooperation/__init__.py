"""Stage `cooperation`: pairs of parties that cooperate, with their sectors."""

from coopwatch.extract.cooperation.stage import extract

__all__ = ["extract"]
