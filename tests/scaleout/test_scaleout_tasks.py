"""The worker side of the Dask scale-out, in this process: pipelines built once, timeouts."""

from __future__ import annotations

import pytest
import scaleout_faults
from scaleout_faults import HANG, STALL, mark_length

from coopwatch.parallel import run_pipeline
from coopwatch.records import Document, Rejection, Source
from coopwatch.scaleout.cluster import parse_address
from coopwatch.scaleout.tasks import TIMEOUT, pipeline_for, run_chunk, run_with_timeout


def _doc(index: int, text: str) -> Document:
    return Document(id=f"d{index}", text=text, source=Source(path=f"news/{index}.txt"))


def test_a_worker_builds_each_pipeline_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []

    def counting() -> object:
        built.append(1)
        return mark_length

    monkeypatch.setattr(scaleout_faults, "counting", counting, raising=False)
    first = pipeline_for("scaleout_faults:counting")
    again = pipeline_for("scaleout_faults:counting")
    assert first is again is mark_length
    assert built == [1]


def test_a_chunk_gives_its_results_in_order_outside_a_worker() -> None:
    docs = [_doc(index, "Текст " * (index + 1)) for index in range(3)]
    done = run_chunk(docs, "scaleout_faults:light", timeout=30)
    assert done.results == [run_pipeline(doc, mark_length) for doc in docs]
    assert (done.worker, done.stuck) == ("", 0)


def test_a_document_looping_in_python_is_stopped_and_rejected() -> None:
    result, running = run_with_timeout(_doc(1, f"{HANG} навсегда"), mark_length,
                                       timeout=0.2, grace=5)
    assert result == Rejection("news/1.txt", TIMEOUT, "stopped after 0.2 s")
    assert running is False


def test_a_document_stuck_in_native_code_is_rejected_and_reported_as_running() -> None:
    result, running = run_with_timeout(_doc(2, f"{STALL} надолго"), mark_length,
                                       timeout=0.2, grace=0.2)
    assert isinstance(result, Rejection)
    assert (result.reason, running) == (TIMEOUT, True)
    assert "native code" in result.detail


def test_a_failing_stage_is_still_a_pipeline_error() -> None:
    def broken(doc: Document) -> Document:
        raise KeyError("region")

    result, running = run_with_timeout(_doc(3, "текст"), broken, timeout=30)
    assert result == Rejection("news/3.txt", "pipeline_error", "KeyError: 'region'")
    assert running is False


@pytest.mark.parametrize(("address", "expected"), [
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"), ("local:3", 3), ("local:2", 2),
])
def test_dask_addresses(address: str, expected: str | int) -> None:
    assert parse_address(address) == expected


@pytest.mark.parametrize("address", ["local:", "local:two", "10.0.0.5:8786", "local:-1"])
def test_bad_dask_addresses_are_refused(address: str) -> None:
    with pytest.raises(ValueError):
        parse_address(address)
