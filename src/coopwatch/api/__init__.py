"""The web application: JSON API under /api and the HTML pages of `coopwatch.web`."""

from coopwatch.api.app import create_app

__all__ = ["create_app"]
