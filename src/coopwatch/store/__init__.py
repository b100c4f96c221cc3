"""The store: document cards and their entities and facts in a SQL database.

`models` declares the tables, `db` connects and migrates, `repository` is the one
place that reads and writes them (the CLI and the web layer both call it).
"""
