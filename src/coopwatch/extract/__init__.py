"""Extraction stages: entities and facts with evidence."""
