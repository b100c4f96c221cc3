"""Heavy tools (models, gazetteer) loaded once per process and passed to the stages."""

from __future__ import annotations

import copy
from collections.abc import Collection
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopwatch.geo.gazetteer import Gazetteer
    from coopwatch.nlp.models import NatashaModels
    from coopwatch.nlp.morph import Morph


class Toolkit:
    """Lazily loads each tool on first use; one instance per process (or Dask worker)."""

    @cached_property
    def natasha(self) -> NatashaModels:
        from coopwatch.nlp.models import NatashaModels

        return NatashaModels.load()

    @cached_property
    def morph(self) -> Morph:
        from coopwatch.nlp.morph import Morph

        return Morph.load()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from coopwatch.geo.gazetteer import Gazetteer

        return Gazetteer.load(self.morph)

    def for_page(self, named: Collection[str]) -> Toolkit:
        """These tools for a page that names the places `named` (see
        `Gazetteer.for_page`): the same toolkit when nothing changes, else a shallow copy
        whose gazetteer reads the page's adjectives."""
        gazetteer = self.gazetteer.for_page(named)
        if gazetteer is self.gazetteer:
            return self
        page = copy.copy(self)
        page.__dict__["gazetteer"] = gazetteer
        return page
