"""Public benchmarks: FactRuEval-2016 (NER track 1, facts track 3) and NEREL (nested NER).

Readers turn each dataset into small records (`factrueval.py`, `nerel.py`), the metrics
modules score typed spans and facts (`ner_metrics.py`, `facts_metrics.py`), `systems.py`
adapts the systems under test (natasha's NER alone, coopwatch's entities) and `runs.py`
runs one system over one dataset and measures its speed and memory.
"""
