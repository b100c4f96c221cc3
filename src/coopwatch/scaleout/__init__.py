"""Batch scale-out on a Dask distributed cluster (`--dask tcp://host:8786` or `--dask local:N`).

- `tasks`: what a worker runs: chunks of documents through the worker's own pipeline
  (built once per process), each document under a timeout.
- `mapping`: the client side: chunks sent a few per worker thread at a time, results
  yielded in input order; chunks lost with a dead worker are recomputed by Dask, and a
  chunk whose workers die again and again is split so only the document that kills them
  is rejected.
- `cluster`: an address to a connected `distributed.Client` (a LocalCluster for `local:N`).

The cards come back to the client, which stores them (`coopwatch.service.ingest`): one
writer keeps duplicates, reprints and the input order exactly as in one process.
`distributed` is imported by `mapping` and `cluster` only (the `dask` extra), so this
package and `tasks` import without it.
"""
