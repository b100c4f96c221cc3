"""Evaluation: score document cards against hand-annotated gold files.

`gold` reads gold files into records, `normalize` folds names, `matching` pairs gold and
predicted items one-to-one, `entities` and `facts` hold the matching rules of
shared/gold/README.md, `scorer` adds everything up, `report` prints it, `cards` finds
the cards to score (I/O), `validate` checks cards against the JSON Schema.
"""
