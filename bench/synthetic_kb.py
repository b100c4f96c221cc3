"""A synthetic knowledge base: N documents' cards stored through the repository.

    .venv/bin/python bench/synthetic_kb.py --db sqlite:///var/kb100k.sqlite3 [-n 100000]

The cards look like the pipeline's: about 300 entities (real keys and names of Russian
regions, partner countries and their regions from the gazetteer data, plus made-up
organizations and people), each document a Russian region and one or two partners
drawn with Zipf-like weights, 1–3 events, 0–2 figures, maybe a flow, one cooperation
pair and maybe a position, every fact with evidence offsets into a text assembled from
Russian sentences. Cards are generated deterministically from --seed and stored a batch
per transaction, with each new fact's effective date (`store.fact_dates`) as the
repository would write it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from razdel import tokenize
from sqlalchemy import bindparam, func, select, text, update

from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Mention,
    Position,
    Source,
    Span,
)
from coopwatch.store import summaries
from coopwatch.store.entities import save_entities
from coopwatch.store.fact_dates import effective_date
from coopwatch.store.fact_keys import fact_key, resolve_parties
from coopwatch.store.facts import flatten
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EvidenceRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    MentionRow,
    ReprintGroupRow,
)
from coopwatch.store.repository import content_hash
from coopwatch.store.search import SEARCH_TABLE

TABLES = {
    "groups": ReprintGroupRow.__table__, "documents": DocumentRow.__table__,
    "links": DocumentEntityRow.__table__, "mentions": MentionRow.__table__,
    "facts": FactRow.__table__, "parties": FactPartyRow.__table__,
    "sources": FactSourceRow.__table__, "evidence": EvidenceRow.__table__,
}
TABLE_ORDER = tuple(TABLES)
SEARCH_INSERT = text(
    f"INSERT INTO {SEARCH_TABLE} (document_id, lemmas) VALUES (:doc_id, :lemmas)")

PARTNER_COUNTRIES = ("CN", "BY", "KZ", "UZ", "KG", "AM", "TR", "IN", "VN", "IR", "MN", "AE")
SECTOR_WORDS = {
    "automotive": "автомобилестроения", "machinery": "машиностроения",
    "agriculture": "сельского хозяйства", "food": "пищевой промышленности",
    "energy": "энергетики", "chemicals": "химической промышленности",
    "metallurgy": "металлургии", "pharma": "фармацевтики", "textiles": "лёгкой промышленности",
    "electronics": "электроники", "construction": "строительства", "transport": "логистики",
    "tourism": "туризма", "education": "образования", "trade": "торговли",
}
GOODS = {
    "machinery": "тракторы и комбайны", "automotive": "грузовые автомобили",
    "food": "молочную продукцию", "agriculture": "зерно", "chemicals": "удобрения",
    "metallurgy": "металлопрокат", "electronics": "видеокамеры", "textiles": "ткани",
    "energy": "нефтепродукты", "construction": "строительные материалы",
}
EVENT_PHRASES = {
    "meeting": "провели переговоры о развитии сотрудничества в сфере {sector}",
    "visit": "обсудили в ходе визита делегации проекты в сфере {sector}",
    "agreement": "подписали соглашение о сотрудничестве в сфере {sector}",
    "localization": "обсудили локализацию производства предприятий {sector}",
    "joint_project": "создают совместное предприятие в сфере {sector}",
    "investment": "договорились об инвестиционном проекте в сфере {sector}",
    "forum": "представили проекты {sector} на международном форуме",
}
EVENT_WEIGHTS = (25, 15, 25, 8, 10, 10, 7)
STATUS_WORDS = {"done": "", "planned": "В планах: ", "proposed": "Предложено: ",
                "ongoing": "Продолжается работа: "}
ORG_WORDS = ("Завод", "Комбинат", "Холдинг", "Агрофирма", "Технопарк", "Машзавод")
FIRST_NAMES = ("Алексей", "Ирина", "Сергей", "Ольга", "Дмитрий", "Ван", "Ли", "Алишер")
SURNAMES = ("Петров", "Смирнова", "Иванов", "Кузнецова", "Чжан", "Лю", "Каримов", "Соколов")
TITLES = ("губернатор", "министр промышленности", "заместитель председателя правительства")


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str
    within: str | None


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("coopwatch.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def load_places() -> tuple[list[Place], list[Place]]:
    """Russian regions, and the partner countries with their first-level regions."""
    russian = [Place(r[0], r[1], "region", "RU") for r in _rows("geo/ru_regions.tsv")]
    countries = {r[0]: r[1] for r in _rows("geo/countries.tsv")}
    partners = [Place(key, countries[key], "country", None) for key in PARTNER_COUNTRIES]
    partners += [Place(r[0], r[1], "region", r[3]) for r in _rows("geo/foreign_regions.tsv")
                 if r[3] in PARTNER_COUNTRIES]
    return russian, partners


def zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    return [1 / (rank + 1) ** exponent for rank in range(count)]


class CardMaker:
    """Makes one synthetic card at a time from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.russian, self.partners = load_places()
        self.random.shuffle(self.russian)
        self.random.shuffle(self.partners)
        self.orgs = [f"{self.random.choice(ORG_WORDS)} «{name}»" for name in (
            f"{word}-{number}" for number, word in enumerate(
                ["Восток", "Сибирь", "Шелковый путь", "Евразия", "Волга", "Урал", "Днепр",
                 "Амур", "Тянь-Шань", "Алтай"] * 6))]
        self.people = [f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES][:40]

    def pick(self, items: list, exponent: float = 1.0):  # type: ignore[no-untyped-def]
        return self.random.choices(items, zipf_weights(len(items), exponent))[0]

    def card(self, number: int) -> Document:
        ru, partner = self.pick(self.russian, 0.8), self.pick(self.partners, 1.1)
        if partner.within and self.random.random() < 0.3:
            partner = next(p for p in self.partners if p.key == partner.within)
        writer = TextWriter()
        date = f"{self.random.randint(2019, 2025)}-{self.random.randint(1, 12):02d}"
        sectors = self.random.sample(list(SECTOR_WORDS), self.random.randint(1, 2))
        org = self.pick(self.orgs)
        writer.add(f"Новость № {number} от {date}. ", None)
        kinds = self.random.choices(list(EVENT_PHRASES), EVENT_WEIGHTS, k=self.random.randint(1, 3))
        events = tuple(self._event(writer, kind, ru, partner, org, date, sectors)
                       for kind in dict.fromkeys(kinds))
        figures = tuple(self._figure(writer, ru, partner, date)
                        for _ in range(self.random.choice((0, 1, 1, 2))))
        flows = tuple(self._flow(writer, ru, partner, sectors)
                      for _ in range(self.random.random() < 0.4))
        positions, person = self._position(writer, ru)
        cooperation = Cooperation((ru.key, partner.key), tuple(sectors),
                                  (writer.spans[0] if writer.spans else Span(0, 1),))
        entities = [writer.entity(ru.key, "GEO", ru.name, ru.kind, ru.within),
                    writer.entity(partner.key, "GEO", partner.name, partner.kind,
                                  partner.within),
                    writer.entity("org:" + org, "ORG", org)]
        if person:
            entities.append(writer.entity("per:" + person, "PER", person))
        return Document(
            id=f"syn-{number:07d}", text=writer.text,
            source=Source(url=f"https://news.example/{number}", title=writer.title,
                          published=f"{date}-{self.random.randint(1, 28):02d}"),
            entities=tuple(entities), positions=positions, events=events, figures=figures,
            flows=flows, cooperation=(cooperation,), sectors=tuple(sectors),
        )

    def _event(self, writer: TextWriter, kind: str, ru: Place, partner: Place, org: str,
               date: str, sectors: list[str]) -> Event:
        status = self.random.choices(list(STATUS_WORDS), (50, 25, 15, 10))[0]
        sector = self.random.choice(sectors)
        parties = [ru.key, partner.key] + (["org:" + org] if self.random.random() < 0.4 else [])
        span = writer.sentence(
            STATUS_WORDS[status], (ru, partner),
            " " + EVENT_PHRASES[kind].format(sector=SECTOR_WORDS[sector]),
            f" при участии компании {org}" if len(parties) > 2 else "")
        if len(parties) > 2:
            writer.mention_of("org:" + org, org, span)
        return Event(kind, status, date, tuple(parties), None,
                     EVENT_PHRASES[kind].format(sector=SECTOR_WORDS[sector]), (sector,), (span,))

    def _figure(self, writer: TextWriter, ru: Place, partner: Place, date: str) -> Figure:
        metric = self.random.choice(("trade_turnover", "trade_turnover", "export", "investment"))
        value = round(self.random.uniform(1, 900), 1)
        year = date[:4]
        words = {"trade_turnover": "Товарооборот", "export": "Экспорт",
                 "investment": "Объём инвестиций"}[metric]
        percent = round(self.random.uniform(-30, 60), 1)
        span = writer.sentence(f"{words} в {year} году между ", (ru, partner),
                               f" составил {value:g} млн долларов, изменение {percent:+g}%", "")
        return Figure(metric, value * 1e6, "USD", "exact", "actual", year, Change(percent=percent),
                      (ru.key, partner.key), (span,))

    def _flow(self, writer: TextWriter, ru: Place, partner: Place, sectors: list[str]) -> Flow:
        sector = next((s for s in sectors if s in GOODS), "machinery")
        source, target = (ru, partner) if self.random.random() < 0.6 else (partner, ru)
        span = writer.sentence("Поставки: ", (source, target),
                               f" — предприятия отправляют {GOODS[sector]}", "")
        return Flow(source.key, target.key, (GOODS[sector],), (sector,), "ongoing", (span,))

    def _position(self, writer: TextWriter, ru: Place) -> tuple[tuple[Position, ...], str | None]:
        if self.random.random() > 0.5:
            return (), None
        person, title = self.pick(self.people), self.random.choice(TITLES)
        start = len(writer.text)
        writer.add(f"Об этом сообщил {title} ({ru.name}) {person}. ", None)
        writer.mention_of("per:" + person, person, Span(start, len(writer.text)))
        span = Span(start, len(writer.text) - 1)
        writer.spans.append(span)
        return (Position("per:" + person, title, ru.key, (span,)),), person


class TextWriter:
    """Builds a text sentence by sentence and remembers where each name was written."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[Span] = []
        self.mentions: dict[str, list[Mention]] = {}
        self.title: str | None = None

    def add(self, piece: str, key: str | None) -> None:
        if key:
            self.mentions.setdefault(key, []).append(
                Mention(len(self.text), len(self.text) + len(piece), piece))
        self.text += piece

    def sentence(self, lead: str, places: tuple[Place, Place], middle: str, tail: str) -> Span:
        start = len(self.text)
        self.add(lead, None)
        self.add(places[0].name, places[0].key)
        self.add(" и ", None)
        self.add(places[1].name, places[1].key)
        self.add(middle + tail + ".", None)
        span = Span(start, len(self.text))
        self.add(" ", None)
        self.spans.append(span)
        self.title = self.title or self.text[start:span.stop]
        return span

    def mention_of(self, key: str, name: str, within: Span) -> None:
        at = self.text.index(name, within.start)
        self.mentions.setdefault(key, []).append(Mention(at, at + len(name), name))

    def entity(self, key: str, kind: str, name: str, geo_kind: str | None = None,
               within: str | None = None) -> Entity:
        return Entity(key, kind, name, geo_kind, within, (), tuple(self.mentions.get(key, ())))


class BulkWriter:
    """Writes cards a batch at a time with multi-row INSERTs into the store's tables.

    It keeps what `repository.save_document` keeps (entities through the store's own
    `save_entities`, facts keyed by the store's `fact_key` with one source row per
    reporting document, evidence per source, the full-text line) but skips the per-row
    lookups: fact ids are kept in memory, every document is its own reprint group (the
    synthetic texts are not reprints), and corroboration counts and the per-entity
    summaries (`summaries.rebuild`) are written once at the end.
    """

    def __init__(self, session_factory: Any) -> None:
        from coopwatch.store.search import default_terms

        self.sessions = session_factory
        self.fact_ids: dict[str, int] = {}
        self.sources: Counter[int] = Counter()
        terms = default_terms()
        self.term = lru_cache(maxsize=None)(terms.term)
        with self.sessions() as session:
            self.next_fact = (session.scalar(select(func.max(FactRow.id))) or 0) + 1
            self.next_group = (session.scalar(select(func.max(ReprintGroupRow.id))) or 0) + 1

    def write(self, cards: list[Document]) -> None:
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLE_ORDER, "search")}
        with self.sessions.begin() as session:
            entities = {e.key: e for card in cards for e in card.entities}
            stored = save_entities(session, entities=entities.values())
            for card in cards:
                self._card_rows(card, stored, rows)
            for name in TABLE_ORDER:
                if rows[name]:
                    session.execute(TABLES[name].insert(), rows[name])
            session.execute(SEARCH_INSERT, rows["search"])

    def _card_rows(self, card: Document, stored: dict[str, Any],
                   rows: dict[str, list[dict[str, Any]]]) -> None:
        group, self.next_group = self.next_group, self.next_group + 1
        rows["groups"].append({"id": group, "canonical_document_id": card.id})
        rows["documents"].append({
            "id": card.id, "content_hash": content_hash(card.text), "path": None,
            "url": card.source.url, "title": card.source.title,
            "published": card.source.published, "text": card.text, "card": card.to_json(),
            "sectors": list(card.sectors), "group_id": group})
        for entity in card.entities:
            rows["links"].append({"document_id": card.id, "entity_id": stored[entity.key].id})
            rows["mentions"] += [{"document_id": card.id, "entity_id": stored[entity.key].id,
                                  "start": m.start, "stop": m.stop, "text": m.text}
                                 for m in entity.mentions]
        keys = {key: entity.key for key, entity in stored.items()}
        for fact in flatten(card):
            self._fact_rows(card.id, card.source.published, fact,
                            resolve_parties(fact.parties, keys), rows)
        line = " ".join(self.term(token.text) for token in tokenize(
            f"{card.source.title or ''}\n{card.text}") if any(c.isalnum() for c in token.text))
        rows["search"].append({"doc_id": card.id, "lemmas": line})

    def _fact_rows(self, doc_id: str, published: str | None, fact: Any, parties: Any,
                   rows: dict[str, list[dict[str, Any]]]) -> None:
        key = fact_key(fact, parties)
        fact_id = self.fact_ids.get(key)
        if fact_id is None:
            fact_id = self.fact_ids[key] = self.next_fact
            self.next_fact += 1
            rows["facts"].append({
                "id": fact_id, "fact_key": key, "document_id": doc_id, "kind": fact.kind,
                "ordinal": fact.ordinal, "subtype": fact.subtype, "status": fact.status,
                "date": fact.date, "effective_date": effective_date(fact.date, published),
                "payload": fact.payload, "corroboration": 1,
                "group_count": 1})
            rows["parties"] += [{"fact_id": fact_id, "entity_key": k, "role": role}
                                for k, role in parties]
        elif self.sources[fact_id] and any(
                row["fact_id"] == fact_id for row in rows["sources"][-8:]
                if row["document_id"] == doc_id):
            return  # the same fact twice in one card: one source
        self.sources[fact_id] += 1
        rows["sources"].append({"fact_id": fact_id, "document_id": doc_id,
                                "ordinal": fact.ordinal})
        rows["evidence"] += [{"fact_id": fact_id, "document_id": doc_id, "start": span.start,
                              "stop": span.stop} for span in fact.evidence]

    def finish(self) -> None:
        """Write `corroboration` and `group_count` of the facts reported more than once."""
        counts = [{"fact": fact_id, "count": count}
                  for fact_id, count in self.sources.items() if count > 1]
        with self.sessions.begin() as session:
            for first in range(0, len(counts), 10_000):
                session.execute(
                    update(FactRow.__table__).where(FactRow.__table__.c.id == bindparam("fact"))
                    .values(corroboration=bindparam("count"), group_count=bindparam("count")),
                    counts[first:first + 10_000])


def store(url: str, count: int, seed: int, batch: int) -> None:
    """Generate `count` cards and write them a batch per transaction, reporting progress."""
    from coopwatch.settings import Settings
    from coopwatch.store.db import Database, migrate

    settings = Settings(database_url=url)
    migrate(settings)
    database = Database.connect(settings)
    maker, writer, began = CardMaker(seed), BulkWriter(database.sessions), time.perf_counter()
    for first in range(0, count, batch):
        writer.write([maker.card(number) for number in range(first, min(first + batch, count))])
        done = min(first + batch, count)
        rate = done / (time.perf_counter() - began)
        print(f"{done}/{count} documents, {rate:.0f}/s", file=sys.stderr, flush=True)
    writer.finish()
    with database.sessions.begin() as session:
        summaries.rebuild(session)  # the bulk writer bypasses the repository's upkeep
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="Database URL (created and migrated).")
    parser.add_argument("-n", "--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    store(args.db, args.documents, args.seed, args.batch)


if __name__ == "__main__":
    main()
