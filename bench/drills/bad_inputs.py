"""Drill: hundreds of bad inputs through `coopwatch ingest`; none may stop the batch.

    .venv/bin/python bench/drills/bad_inputs.py [--backends sqlite,postgresql] [--json]

One folder holds every kind of input the reliability drills found harmful (issue 13),
many of each, between good news texts: lone surrogates and NULs in JSON lines, file
names that are not UTF-8, nesting 100,000 brackets deep, symlink loops, dangling links,
FIFOs, UTF-16 and UTF-32 with and without a mark, ids the API refuses, 200,000-letter
words, binary and empty files, broken JSON. The real command ingests it on each backend.

Reported per backend: inputs made, inputs in the summary, unaccounted (their
difference), batch aborts (an exit code other than 0 or 1, or no summary), stored,
duplicate and rejected, and the rejections by reason as the store recorded them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from common import news, postgres_server, rows, run_ingest

START = 1000  # news numbers of this drill (the crash drill uses others)


class Inbox:
    """A folder of inputs, with how many inputs each file is and of which kind."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kinds: Counter[str] = Counter()
        self.next_news = START

    def text(self) -> str:
        self.next_news += 1
        return news(self.next_news)

    def file(self, name: bytes, data: bytes, kind: str) -> None:
        with open(os.path.join(os.fsencode(self.folder), name), "wb") as handle:
            handle.write(data)
        self.kinds[kind] += 1

    def jsonl(self, name: str, lines: list[tuple[str, str]]) -> None:
        body = "\n".join(line for line, _kind in lines) + "\n"
        (self.folder / name).write_bytes(body.encode("utf-8", errors="surrogatepass"))
        for _line, kind in lines:
            self.kinds[kind] += 1

    @property
    def total(self) -> int:
        return sum(self.kinds.values())


def make_inbox(folder: Path, scale: float = 1.0) -> Inbox:
    """Every kind of input, `scale` times the default number of each (at least one)."""
    inbox = Inbox(folder)

    def n(count: int) -> int:
        return max(1, round(count * scale))

    for index in range(n(40)):
        inbox.jsonl(f"surrogates_{index:02}.jsonl", [
            ('{"text": "' + inbox.text() + ' \\ud800", "title": "\\udfff Заголовок"}',
             "lone surrogate"),
            (json.dumps({"text": inbox.text()}), "good"),
        ])
    for index in range(n(20)):
        inbox.file(b"bad_\xff%02d_\xfe.txt" % index, inbox.text().encode(), "name not UTF-8")
    for index in range(n(20)):
        inbox.jsonl(f"nested_{index:02}.jsonl", [
            ("[" * 100_000, "nested 100,000 deep"), ('{"a":' * 50_000, "nested 100,000 deep"),
            (json.dumps({"text": inbox.text()}), "good (after a nested line)"),
        ])
    for index in range(n(15)):
        (folder / f"loop_{index:02}_a").symlink_to(f"loop_{index:02}_b")
        (folder / f"loop_{index:02}_b").symlink_to(f"loop_{index:02}_a")
        inbox.kinds["symlink loop"] += 2
        (folder / f"dangling_{index:02}.txt").symlink_to(f"gone_{index:02}.txt")
        inbox.kinds["dangling link"] += 1
        os.mkfifo(folder / f"fifo_{index:02}.txt")
        inbox.kinds["FIFO"] += 1
    for index in range(n(5)):
        sub = folder / f"sub_{index}"
        sub.mkdir()
        (sub / "up").symlink_to("..")
        inbox.kinds["link to a parent folder"] += 1
    for encoding in ("utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be"):
        for index in range(n(4)):
            inbox.file(f"{encoding}_{index}.txt".encode(), inbox.text().encode(encoding),
                       "UTF-16/32")
    lines = []
    for _index in range(n(20)):
        text = inbox.text()
        lines.append((json.dumps({"text": text.replace(" ", " \u0000", 5),
                                  "title": "Загол\u0000овок"}), "NUL in text and title"))
    inbox.jsonl("nul.jsonl", lines)
    lines = []
    for index in range(n(15)):
        for bad in ("a/b", "..", "x" * (65 + index)):
            lines.append((json.dumps({"id": f"{bad}" if bad != "a/b" else f"a{index}/b",
                                      "text": inbox.text()}), "bad id"))
    inbox.jsonl("ids.jsonl", lines)
    for index in range(n(3)):
        inbox.file(f"long_word_{index}.txt".encode(),
                   (inbox.text() + " " + "ж" * 200_000).encode(), "200,000-letter word")
    inbox.file(b"private_use.txt", (inbox.text() + " \ue000\U00017000").encode(),
               "code points without a name")
    for index in range(n(20)):
        inbox.file(f"blob_{index:02}.txt".encode(), bytes(range(256)) * (index + 1), "binary")
        inbox.file(f"nul_{index:02}.txt".encode(), inbox.text().encode() + b"\x00",
                   "NUL byte in a file")
    for index in range(n(10)):
        inbox.file(f"empty_{index:02}.txt".encode(), b"", "empty")
        inbox.file(f"notes_{index:02}.docx".encode(), inbox.text().encode(), "unsupported type")
        inbox.file(f"english_{index:02}.txt".encode(),
                   b"The governor met the delegation to discuss trade and grain. " * 3,
                   "not Russian")
    inbox.jsonl("broken.jsonl", [
        *[('{"text": "' + inbox.text() + '"', "broken JSON") for _ in range(n(15))],
        *[("[1, 2, 3]", "not an object") for _ in range(n(10))],
        *[(json.dumps({"title": "без текста"}), "no text") for _ in range(n(5))],
    ])
    quotes = [f"В Казани ООО \" Ромашка-{number} и АО \" Вектор подписали соглашение о "
              f"поставках {number} тонн зерна в Омскую область." for number in range(n(5))]
    for index, text in enumerate(quotes):
        inbox.file(f"quote_{index}.txt".encode(), text.encode(), "unclosed quote")
    return inbox


def drill(url: str, inbox: Inbox) -> dict[str, object]:
    run = run_ingest([inbox.folder], url)
    summary = run.inputs
    reasons = dict(rows(url, "SELECT reason, COUNT(*) FROM rejections GROUP BY reason "
                             "ORDER BY 2 DESC"))
    return {
        "inputs made": inbox.total, "inputs in the summary": summary,
        "unaccounted": inbox.total - (summary or 0),
        "batch aborts": int(run.code not in (0, 1) or summary is None),
        "exit code": run.code, "stored": run.tally("stored"),
        "duplicate": run.tally("duplicate"), "rejected": run.tally("rejected"),
        "rejections by reason": reasons,
        "traceback in output": "Traceback" in run.output,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="inputs of each kind, relative to the default (339 bad ones)")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coopwatch-drill-bad-"))
    try:
        (work / "inbox").mkdir()
        inbox = make_inbox(work / "inbox", options.scale)
        bad = inbox.total - sum(count for kind, count in inbox.kinds.items()
                                if kind.startswith(("good", "UTF-16/32")))
        report: dict[str, object] = {"bad inputs": bad, "kinds": dict(inbox.kinds)}
        for backend in options.backends.split(","):
            if backend == "sqlite":
                report[backend] = drill(f"sqlite:///{work}/drill.sqlite3", inbox)
            else:
                with postgres_server() as (url, _folder):
                    report[backend] = drill(url, inbox)
        outcomes = [{key: value for key, value in result.items() if key != "exit code"}
                    for name, result in report.items() if name in ("sqlite", "postgresql")]
        report["same outcome on every backend"] = all(o == outcomes[0] for o in outcomes)
        print(json.dumps(report, ensure_ascii=False, indent=None if options.json else 2))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
