"""Extraction stages, one package each: entities and facts with evidence.

Every stage package exposes the function `pipeline.py` runs; its helpers sit beside it.
"""
