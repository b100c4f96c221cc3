"""Stage `org_filter`: the organizations a small model finds more likely spurious than
real, and that no fact needs, left out of the card."""

from coopwatch.extract.org_filter.stage import sift_orgs

__all__ = ["sift_orgs"]
