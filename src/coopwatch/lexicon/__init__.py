"""Lexicons: the data files under `coopwatch/data/`, how words are folded to compare
them, lemma phrases matched on tokens, and the number words."""
