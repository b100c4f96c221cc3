"""The cooperation rules' own output: the pipeline up to the pair judge.

The wording tables of the cooperation stage check what its rules find in each shape of
sentence. The pair judge that runs after them weighs every pair by a model fitted on
real pages, and may leave out a pair a lone written sentence states (one mention of each
party and nothing else around them), so these tables read the card before it.
"""

from __future__ import annotations

import pytest

from builders import pipeline_before
from coopwatch.pipeline import Pipeline
from coopwatch.tools import Toolkit


@pytest.fixture(scope="session")
def rules_pipeline(tools: Toolkit) -> Pipeline:
    return pipeline_before("pair_judge", tools)
