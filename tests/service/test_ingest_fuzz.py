"""Issue 13, fuzzing: Hypothesis-made files go through ingest into a real store, and
every input comes out accounted for (stored, duplicate or rejected), on SQLite and
PostgreSQL, with no exception escaping the batch.

The files: arbitrary bytes; texts (any code point, lone surrogates and NULs included)
in UTF-8, UTF-16 and UTF-32, with or without a mark; JSON lines of arbitrary JSON
values and of records with odd ids, titles and texts; names of arbitrary bytes. The
pipeline is the identity: this is about the door and the store, not extraction.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopwatch.ingest import read_inputs
from coopwatch.records import Document
from coopwatch.service.ingest import Retry, ingest_items
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database

pytest_plugins = ["db_fixtures"]

NEWS = ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны "
        "обсудили поставки зерна.")
SUFFIXES = [b".txt", b".html", b".jsonl", b".doc", b""]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
             "utf-32-le", "cp1251"]

texts = st.one_of(st.text(), st.text(alphabet="абвгд ЖЗ.\x00\ud800\udfff\t\n"),
                  st.builds(lambda head, tail: head + NEWS + tail, st.text(), st.text()))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries({}, optional={
    "id": st.one_of(texts, st.integers(), st.just(".."), st.just("x" * 80)),
    "title": json_values, "url": json_values, "published": json_values,
    "text": texts, "html": texts,
})


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    text = draw(texts)
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="surrogatepass" if "utf" in encoding else "replace")


@st.composite
def jsonl(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.one_of(
        records.map(lambda record: json.dumps(record, ensure_ascii=draw(st.booleans()))),
        json_values.map(json.dumps), st.just("[" * 3000), texts,
    ), max_size=6))
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


names = st.binary(min_size=1, max_size=12).map(
    lambda raw: raw.replace(b"/", b"_").replace(b"\x00", b"_").lstrip(b"."))
files = st.lists(st.tuples(names, st.sampled_from(SUFFIXES),
                           st.one_of(st.binary(max_size=300), encoded_text(), jsonl())),
                 min_size=1, max_size=6, unique_by=lambda item: item[0] + item[1])


def expected_inputs(folder: Path) -> int:
    """One per file, except a .jsonl file: one per non-blank line."""
    count = 0
    for entry in os.scandir(os.fsencode(folder)):
        data = Path(os.fsdecode(entry.path)).read_bytes()
        if entry.name.lower().endswith(b".jsonl"):
            count += sum(1 for line in data.split(b"\n") if line.strip())
        else:
            count += 1
    return count


def _same(doc: Document) -> Document:
    return doc


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(made=files)
def test_every_generated_input_is_accounted_for(
    database: Database, made: list[tuple[bytes, bytes, bytes]]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="coopwatch-fuzz-"))
    try:
        for name, suffix, data in made:
            with open(os.path.join(os.fsencode(folder), (name or b"x") + suffix), "wb") as out:
                out.write(data)
        items = read_inputs([folder], Settings(min_text_chars=10))
        outcomes = list(ingest_items(items, database=database, pipeline=_same,
                                     retry=Retry(delays=())))
        assert len(outcomes) == expected_inputs(folder)
        for outcome in outcomes:
            assert outcome.status in {"stored", "duplicate", "rejected"}
            assert outcome.status != "rejected" or outcome.reason
            outcome.path.encode("utf-8")
            assert outcome.reason not in {"error", "store_error", "store_unavailable"}, outcome
        with database.sessions() as session:
            stored = {summary.id for summary in read.list_documents(session, limit=10_000)}
        assert {o.doc_id for o in outcomes if o.status in {"stored", "duplicate"}} <= stored
    finally:
        shutil.rmtree(folder)
