"""Stage `entities`: people, organizations and places, with keys, names and aliases."""

from coopwatch.extract.entities.stage import link

__all__ = ["link"]
