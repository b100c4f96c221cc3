"""bench/realnews/run.py: texts are checked by sha256 before any scoring, and the test
part's details are refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bench_scripts import load_script

RUNNER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "run.py"


def _runner():
    return load_script(RUNNER, "realnews_run")


def _record(path: str, text: str) -> dict:
    return {"path": path, "url": f"https://example.org/{path}", "query": "товарооборот",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def test_missing_texts_names_absent_and_changed_files(tmp_path: Path) -> None:
    runner = _runner()
    (tmp_path / "a.txt").write_text("Товарооборот вырос.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Другой текст.", encoding="utf-8")
    records = [_record("a.txt", "Товарооборот вырос."), _record("b.txt", "Исходный текст."),
               _record("c.txt", "Нет файла.")]
    missing = runner.missing_texts(records, tmp_path)
    assert [(item.path, item.why) for item in missing] == [
        ("b.txt", "sha256 differs"), ("c.txt", "absent")]
    instructions = runner.rebuild_instructions(missing, tmp_path)
    assert "https://example.org/c.txt" in instructions and "pages" in instructions


def test_details_of_the_test_part_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = _runner()
    monkeypatch.setattr("sys.argv", ["run.py", "--split", "test", "--details"])
    with pytest.raises(SystemExit) as stopped:
        runner.main()
    assert stopped.value.code == 2


def test_a_changed_page_is_left_out_only_when_asked(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    runner = _runner()
    gold = tmp_path / "dev.json"
    gold.write_text(json.dumps([_record("a.txt", "Товарооборот вырос."),
                                _record("b.txt", "Исходный текст.")]), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Товарооборот вырос.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Страница с тех пор изменилась.", encoding="utf-8")
    monkeypatch.setattr(runner, "SPLITS", {"dev": [gold]})
    scored: list[tuple[str, frozenset[str]]] = []
    monkeypatch.setattr(runner, "score_split", lambda split, texts, **options: scored.append(
        (split, options["leave_out"])))
    argv = ["run.py", "--split", "dev", "--texts", str(tmp_path)]
    monkeypatch.setattr("sys.argv", argv)
    assert runner.main() == 2 and scored == []
    monkeypatch.setattr("sys.argv", [*argv, "--leave-out-missing"])
    assert runner.main() == 0
    assert scored == [("dev", frozenset({"b.txt"}))]


def test_records_on_disk_are_those_whose_text_has_its_sha256(tmp_path: Path) -> None:
    runner = _runner()
    (tmp_path / "a.txt").write_text("Экспорт зерна вырос.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Страница изменилась.", encoding="utf-8")
    records = [_record("a.txt", "Экспорт зерна вырос."), _record("b.txt", "Прежняя страница."),
               _record("c.txt", "Файла нет.")]
    assert [record["path"] for record in runner.records_on_disk(records, tmp_path)] == ["a.txt"]


@pytest.mark.parametrize(("written", "skip_missing", "answered"), [
    (("a.txt",), True, True),           # one text of two there: the trainer goes on
    (("a.txt",), False, False),         # every text required
    ((), True, False),                  # no text at all: nothing to train on
    (("a.txt", "b.txt"), False, True),
])
def test_a_trainer_may_skip_missing_texts_but_needs_one(
    written: tuple[str, ...], skip_missing: bool, answered: bool, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    runner = _runner()
    texts = {"a.txt": "Импорт угля снизился.", "b.txt": "Товарооборот вырос вдвое."}
    gold = tmp_path / "dev.json"
    gold.write_text(json.dumps([_record(path, text) for path, text in texts.items()]),
                    encoding="utf-8")
    for path in written:
        (tmp_path / path).write_text(texts[path], encoding="utf-8")
    monkeypatch.setattr(runner, "SPLITS", {"dev": [gold]})
    monkeypatch.setattr("sys.argv", ["train.py", "--texts", str(tmp_path)])
    found = runner.dev_texts_from_argv("train", skip_missing=skip_missing)
    assert (found == tmp_path) is answered
    assert ("pages" in capsys.readouterr().err) is not answered
