"""What the CLI and the API both do with the store, written once: the use cases.

`ingest` takes documents through the duplicate check, the pipeline and the store;
`exports` writes query answers as JSON lines, CSV and GraphML. Nothing here knows
about typer or FastAPI, so both front ends call the same code.
"""
