"""Put a rebuilt real-news text in place, checked by its sha256; or deal out the missing.

A text goes in only with the sha256 its gold record names; the missing texts can be
dealt into lists for rebuild sessions.

    .venv/bin/python bench/realnews/put_text.py n001.txt excerpt.json
    .venv/bin/python bench/realnews/put_text.py n001.txt excerpt.txt --raw
    .venv/bin/python bench/realnews/put_text.py --lists 8 --out /tmp/rebuild

The search tool shows an excerpt as a JSON string. Retyping it loses what does not show:
no-break spaces, a leading space, a run of trailing newlines. Copy the string literal as
the result shows it (its quotes and escapes included) into a file, and this script
decodes it exactly; `--raw` takes a file that holds the text itself. The text is written
to `corpus/realnews/<path>` only when its sha256 is the record's; otherwise nothing is
written and the exit status is 1.

With `--lists N`, the records whose text is missing or differs are dealt into N files
`list_K.tsv` (path, url, query, sha256 a line; test records first, so that a list left
half done still adds to both parts), one for each rebuild session.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import SPLITS, TEXTS, gold_records, missing_texts

LIST_ORDER = ("test", "dev")  # dealt out first to last


def decode_excerpt(raw: str, *, literal: bool = True) -> str:
    """The text a file holds: a JSON string literal decoded (its surrounding quotes may be
    left out), or with `literal` off the file's text as it is."""
    if not literal:
        return raw
    body = raw.strip()
    if not (len(body) >= 2 and body.startswith('"') and _closing_quote(body)):
        # copied without its quotes: spaces at either end are the text's own, while a
        # raw line break is the file's (the literal writes the text's as «\n»)
        body = '"' + raw.strip("\r\n") + '"'
    decoded: str = json.loads(body)
    return decoded


def _closing_quote(body: str) -> bool:
    """Whether the last character is a quote no backslash escapes."""
    slashes = len(body[:-1]) - len(body[:-1].rstrip("\\"))
    return body.endswith('"') and slashes % 2 == 0


def record_hashes() -> dict[str, str]:
    """The sha256 each gold record names, by its path."""
    return {record["path"]: record["sha256"] for split in SPLITS for record in gold_records(split)}


def put(path: str, text: str, texts: Path, hashes: dict[str, str]) -> str | None:
    """Write `text` as `texts/path` when its sha256 is the record's; else say why not."""
    want = hashes.get(path)
    if want is None:
        return f"{path}: no gold record has this path"
    got = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if got != want:
        return f"{path}: sha256 {got[:12]}… is not the record's {want[:12]}… ({len(text)} characters)"
    texts.mkdir(parents=True, exist_ok=True)
    (texts / path).write_bytes(text.encode("utf-8"))
    return None


def deal(records_by_split: dict[str, list[dict]], count: int) -> list[list[dict]]:
    """The records dealt round-robin into `count` lists, the splits in LIST_ORDER."""
    lists: list[list[dict]] = [[] for _ in range(count)]
    ordered = [record for split in LIST_ORDER for record in records_by_split.get(split, [])]
    for index, record in enumerate(ordered):
        lists[index % count].append(record)
    return lists


def write_lists(lists: list[list[dict]], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, records in enumerate(lists):
        target = out / f"list_{number}.tsv"
        target.write_text("".join(
            "\t".join((r["path"], r["url"], " ".join(r["query"].split()), r["sha256"])) + "\n"
            for r in records), encoding="utf-8")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="the record's path, e.g. n001.txt")
    parser.add_argument("source", nargs="?", type=Path,
                        help="a file with the excerpt as a JSON string literal (or --raw)")
    parser.add_argument("--raw", action="store_true", help="the file holds the text itself")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the texts")
    parser.add_argument("--lists", type=int, metavar="N",
                        help="deal the missing texts into N lists instead")
    parser.add_argument("--out", type=Path, default=Path("rebuild"),
                        help="folder for the lists (with --lists)")
    args = parser.parse_args()
    if args.lists is not None:
        if args.lists < 1:
            parser.error("--lists needs at least 1")
        by_split = {}
        for split in SPLITS:
            records = gold_records(split)
            gone = {item.path for item in missing_texts(records, args.texts)}
            by_split[split] = [record for record in records if record["path"] in gone]
        written = write_lists(deal(by_split, args.lists), args.out)
        total = sum(len(records) for records in by_split.values())
        print(f"{total} texts to rebuild, in {len(written)} lists under {args.out}")
        return 0
    if args.path is None or args.source is None:
        parser.error("give a record's path and a file with its excerpt (or --lists N)")
    if not args.source.is_file():
        parser.error(f"no file {args.source}")
    try:
        text = decode_excerpt(args.source.read_text(encoding="utf-8"), literal=not args.raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        print(f"{args.path}: the file is no JSON string literal ({error}); try --raw",
              file=sys.stderr)
        return 1
    problem = put(args.path, text, args.texts, record_hashes())
    if problem:
        print(problem, file=sys.stderr)
        return 1
    print(f"{args.path}: written, sha256 checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
