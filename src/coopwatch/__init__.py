"""coopwatch: evidence-backed facts about economic cooperation from Russian news."""

__version__ = "0.1.0"
