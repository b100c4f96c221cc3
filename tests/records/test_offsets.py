"""Every offset the pipeline writes slices the text exactly and lies within it
(and, for real texts, the whole card fits the card JSON Schema).

Run on the shared seed texts and on texts composed from a table of Russian news
sentences (Hypothesis picks the sentences, their order and the whitespace between them).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopwatch.evaluate.validate import check_card
from coopwatch.ingest import read_inputs
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Source
from coopwatch.settings import get_settings

FACT_SECTIONS = ("positions", "events", "figures", "flows", "cooperation")

SENTENCES = (
    "Губернатор Санкт-Петербурга Александр Беглов и Раис Татарстана Рустам Минниханов "
    "подписали план мероприятий на 2025–2029 годы.",
    "Вице-губернатор Петербурга Кирилл Поляков 27 июня встретился с делегацией КНР.",
    "В Шушарах планируется разместить сборочное производство китайских автомобилей.",
    "Товарооборот между Смоленской областью и Беларусью в 2024 году составил 294 млрд рублей.",
    "Минский автомобильный завод (МАЗ) предложил наладить выпуск техники на Смоленщине.",
    "По итогам девяти месяцев объём торговли вырос на 12,4%.",
    "Татарстан поставляет в Китай продукцию нефтехимии, а из КНР получает видеокамеры Hikvision.",
    "«Это важный шаг», — отметил премьер-министр Беларуси Александр Турчин.",
    "Стороны договорились довести товарооборот до $3 млрд к концу 2025 года.",
    "Делегация провинции Чжэцзян посетит Казань в мае.",
    "Более 5 тыс. предприятий Смоленщины работают с белорусскими партнёрами.",
    "Омская область и Северо-Казахстанская область обсудили поставки зерна.",
)
SEPARATORS = (" ", "\n", "\n\n", "  ", " \u00a0")


def span_problems(doc: Document) -> Iterator[str]:
    """Every mention, time and evidence span that does not slice `doc.text`."""
    text = doc.text
    mentions = [*doc.mentions, *(m for entity in doc.entities for m in entity.mentions)]
    for item in [*mentions, *doc.times]:
        if not 0 <= item.start < item.stop <= len(text):
            yield f"mention {item} outside 0..{len(text)}"
        elif text[item.start:item.stop] != item.text:
            yield f"mention {item.text!r} but the text has {text[item.start:item.stop]!r}"
    for section in FACT_SECTIONS:
        for fact in getattr(doc, section):
            if not fact.evidence:
                yield f"{section} fact without evidence: {fact}"
            for span in fact.evidence:
                if not 0 <= span.start < span.stop <= len(text):
                    yield f"{section} evidence {span} outside 0..{len(text)}"


def _texts(folder: Path) -> list[Document]:
    found = read_inputs([folder], get_settings()) if folder.is_dir() else []
    return [item for item in found if isinstance(item, Document)]


def test_span_problems_finds_a_bad_span() -> None:
    from coopwatch.records import Entity, Mention

    doc = Document(id="x", text="Казань", entities=(
        Entity("geo:Казань", "GEO", "Казань", mentions=(Mention(0, 5, "Казань"),)),))
    assert list(span_problems(doc))


def _check_cards(pipeline: Pipeline, docs: list[Document]) -> None:
    """Offsets slice the text; the card also fits the JSON Schema (warnings allowed)."""
    for doc in docs:
        card = pipeline(doc)
        assert card.text == doc.text
        assert list(span_problems(card)) == [], doc.source.path
        errors = [p for p in check_card(card.to_json()) if p.severity == "error"]
        assert errors == [], doc.source.path


def test_seed_cards_slice_their_texts_and_fit_the_schema(
    pipeline: Pipeline, shared_dir: Path
) -> None:
    docs = _texts(shared_dir / "corpus" / "seeds")
    if not docs:
        pytest.skip("no shared seed texts")
    _check_cards(pipeline, docs)


def test_own_gold_cards_slice_their_texts_and_fit_the_schema(pipeline: Pipeline) -> None:
    docs = _texts(Path(__file__).resolve().parents[1] / "gold" / "texts")
    if not docs:
        pytest.skip("no own gold texts yet")
    _check_cards(pipeline, docs)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    picked=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5),
    separators=st.lists(st.sampled_from(SEPARATORS), min_size=5, max_size=5),
    published=st.sampled_from((None, "2025-05-17", "--10-21")),
)
def test_composed_texts_slice_exactly(
    pipeline: Pipeline, picked: list[str], separators: list[str], published: str | None
) -> None:
    pairs = zip(separators, picked[1:], strict=False)  # max 4 sentences after the first
    text = picked[0] + "".join(sep + sentence for sep, sentence in pairs)
    card = pipeline(Document(id="gen", text=text, source=Source(published=published)))
    assert card.text == text
    assert list(span_problems(card)) == []
