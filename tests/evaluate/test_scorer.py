"""The gold scorer on small hand-made gold/prediction pairs, one rule per case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.evaluate.cards import cards_from_file, cards_from_pipeline, same_path
from coopwatch.evaluate.facts import dates_compatible, titles_fit, values_close
from coopwatch.evaluate.gold import Gold, GoldDocument, gold_as_card, read_gold
from coopwatch.evaluate.normalize import normalize_name
from coopwatch.evaluate.report import details_json
from coopwatch.evaluate.scorer import CATEGORIES, Counts, combine, score, score_document
from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Position,
    Source,
    Span,
)
from coopwatch.settings import get_settings

SPB = Entity("RU-SPE", "GEO", "Санкт-Петербург", aliases=("Петербург", "Северная столица"))
TATARSTAN = Entity("RU-TA", "GEO", "Республика Татарстан", aliases=("Татарстан", "РТ"))
CHINA = Entity("CN", "GEO", "Китай", aliases=("КНР", "Поднебесная"))
BELARUS = Entity("BY", "GEO", "Беларусь", aliases=("Белоруссия",))
BEGLOV = Entity("per:Александр Беглов", "PER", "Александр Беглов", aliases=("Беглов",))
MAZ = Entity("org:Минский автомобильный завод", "ORG", "Минский автомобильный завод",
             aliases=("МАЗ",))


def gold(**sections: object) -> GoldDocument:
    """A gold document; items wrapped in Gold stay as they are (to mark them optional)."""
    wrapped = {
        name: tuple(item if isinstance(item, Gold) else Gold(item) for item in items)
        for name, items in sections.items() if name != "sectors"
    }
    return GoldDocument(path="corpus/x.txt", sectors=tuple(sections.get("sectors", ())), **wrapped)


def card(**sections: object) -> Document:
    return Document(id="x", text="", source=Source(path="corpus/x.txt"),
                    **{name: tuple(items) for name, items in sections.items()})


def counts(gold_doc: GoldDocument, card_doc: Document, category: str) -> tuple[int, int, int]:
    result = score_document(gold_doc, card_doc).counts[category]
    return result.tp, result.fp, result.fn


# --- normalization

@pytest.mark.parametrize(("left", "right"), [
    ("«Газпром нефть»", "газпром нефть"),
    ("Приволжский федеральный округ", "ПРИВОЛЖСКИЙ  федеральный\u00a0округ"),
    ("Санкт–Петербург", "санкт-петербург"),
    ("Санкт — Петербург", "Санкт-Петербург"),
    ("Ёлкин", "елкин"),
    ("„Минский тракторный завод“", "\"Минский тракторный завод\""),
])
def test_names_fold_to_the_same_form(left: str, right: str) -> None:
    assert normalize_name(left) == normalize_name(right)


def test_different_names_stay_different() -> None:
    assert normalize_name("Минск") != normalize_name("Минская область")


# --- entities (rule 1)

def test_equal_keys_match_whatever_the_name() -> None:
    pred = Entity("RU-SPE", "GEO", "город на Неве")
    assert counts(gold(entities=[SPB]), card(entities=[pred]), "GEO") == (1, 0, 0)


@pytest.mark.parametrize("pred", [
    Entity("geo:Петербург", "GEO", "Петербург"),                       # name = gold alias
    Entity("geo:СПб", "GEO", "СПб", aliases=("Санкт-Петербург",)),     # alias = gold name
    Entity("geo:Питер", "GEO", "Питер", aliases=("«Северная столица»",)),  # alias = alias
])
def test_names_and_aliases_match_across(pred: Entity) -> None:
    assert counts(gold(entities=[SPB]), card(entities=[pred]), "GEO") == (1, 0, 0)


def test_entities_of_another_type_never_match() -> None:
    pred = Entity("org:Татарстан", "ORG", "Татарстан")
    result = score_document(gold(entities=[TATARSTAN]), card(entities=[pred])).counts
    assert (result["GEO"].fn, result["ORG"].fp, result["GEO"].tp) == (1, 1, 0)


def test_entity_matching_is_one_to_one() -> None:
    twins = [Entity("geo:Петербург", "GEO", "Петербург"), Entity("geo:СПб", "GEO", "Петербург")]
    assert counts(gold(entities=[SPB]), card(entities=twins), "GEO") == (1, 1, 0)


def test_entity_matching_is_maximum_not_first_come() -> None:
    # gold BY fits both preds, gold Минск only the first: a first-come pairing of BY with
    # the first pred would leave Минск unmatched
    minsk = Entity("geo:Минск", "GEO", "Минск", aliases=("Беларусь",))
    preds = [Entity("geo:Беларусь", "GEO", "Беларусь"), Entity("geo:Белоруссия", "GEO", "Белоруссия")]
    assert counts(gold(entities=[BELARUS, minsk]), card(entities=preds), "GEO") == (2, 0, 0)


def test_exact_key_wins_over_a_name_match() -> None:
    # pred "BY" named like the optional gold's alias must pair with gold BY by key
    gold_doc = gold(entities=[BELARUS, Gold(Entity("geo:Белоруссия", "GEO", "Белоруссия"), True)])
    result = score_document(gold_doc, card(entities=[Entity("BY", "GEO", "Белоруссия")]))
    assert result.counts["GEO"] == Counts(1, 0, 0)
    assert result.key_map == {"BY": "BY"}


def test_optional_entity_found_or_missed_costs_nothing() -> None:
    gold_doc = gold(entities=[CHINA, Gold(MAZ, optional=True)])
    assert counts(gold_doc, card(entities=[CHINA, MAZ]), "ORG") == (0, 0, 0)
    assert counts(gold_doc, card(entities=[CHINA]), "ORG") == (0, 0, 0)


def test_a_prediction_fitting_required_and_optional_gold_counts_as_true() -> None:
    required = Entity("org:ОЭЗ Алабуга", "ORG", "ОЭЗ Алабуга", aliases=("Алабуга",))
    optional = Gold(Entity("org:Алабуга Моторс", "ORG", "Алабуга Моторс", aliases=("Алабуга",)), True)
    pred = Entity("org:Алабуга", "ORG", "Алабуга")
    assert counts(gold(entities=[optional, required]), card(entities=[pred]), "ORG") == (1, 0, 0)


# --- positions (rule 2)

def test_positions_compare_people_through_the_entity_key_map() -> None:
    pred_person = Entity("per:Беглов", "PER", "Беглов")
    pred = Position("per:Беглов", "губернатор", "RU-SPE")
    gold_doc = gold(entities=[BEGLOV, SPB], positions=[Position(BEGLOV.key, "губернатор", "RU-SPE")])
    assert counts(gold_doc, card(entities=[pred_person, SPB], positions=[pred]), "positions") == (1, 0, 0)
    # without the person entity the key stays unmapped and the position is wrong
    assert counts(gold_doc, card(entities=[SPB], positions=[pred]), "positions") == (0, 1, 1)


@pytest.mark.parametrize(("gold_title", "pred_title", "fits"), [
    ("губернатор", "губернатор", True),
    ("губернатор", "Губернатор Санкт-Петербурга", True),
    ("заместитель премьер-министра", "премьер-министр", True),   # containment, as the rule says
    ("премьер-министр", "министр экономики", False),
    ("глава администрации президента", "глава", True),
    ("вице-губернатор", "вице–губернатор", True),
    ("губернатор", "мэр", False),
])
def test_titles_equal_or_contained(gold_title: str, pred_title: str, fits: bool) -> None:
    assert titles_fit(gold_title, pred_title) is fits


@pytest.mark.parametrize(("gold_of", "pred_of", "expected"), [
    ("RU-SPE", "RU-SPE", (1, 0, 0)),
    (None, "RU-SPE", (1, 0, 0)),       # gold does not say: anything goes
    ("RU-SPE", None, (0, 1, 1)),
    ("RU-SPE", "RU-TA", (0, 1, 1)),
])
def test_position_of_equal_or_gold_null(gold_of: str | None, pred_of: str | None,
                                        expected: tuple[int, int, int]) -> None:
    gold_doc = gold(positions=[Position(BEGLOV.key, "губернатор", gold_of)])
    pred = Position(BEGLOV.key, "губернатор", pred_of)
    assert counts(gold_doc, card(positions=[pred]), "positions") == expected


# --- events (rule 3)

@pytest.mark.parametrize(("gold_parts", "pred_parts", "fits"), [
    (("per:А Б", "RU-SPE", "BY"), ("RU-SPE", "BY"), True),          # 2 of 3: ceil(1.5) = 2
    (("per:А Б", "RU-SPE", "BY"), ("RU-SPE", "CN"), False),         # 1 of 3
    (("per:А Б", "per:В Г", "RU-SPE", "BY"), ("RU-SPE", "BY"), True),  # 2 of 4
    (("per:А Б", "per:В Г", "RU-SPE", "BY"), ("BY",), False),        # 1 of 4
    (("RU-SMO",), (), False),                                        # 0 of 1
    ((), ("RU-SMO",), True),                                         # nothing required
])
def test_event_needs_half_the_gold_participants_rounded_up(
    gold_parts: tuple[str, ...], pred_parts: tuple[str, ...], fits: bool
) -> None:
    gold_doc = gold(events=[Event("meeting", "done", participants=gold_parts)])
    pred = Event("meeting", "done", participants=pred_parts)
    assert counts(gold_doc, card(events=[pred]), "events") == ((1, 0, 0) if fits else (0, 1, 1))


def test_event_of_another_type_does_not_match() -> None:
    gold_doc = gold(events=[Event("visit", "done", participants=("RU-TA", "CN"))])
    pred = Event("meeting", "done", participants=("RU-TA", "CN"))
    assert counts(gold_doc, card(events=[pred]), "events") == (0, 1, 1)


@pytest.mark.parametrize(("gold_date", "pred_date", "compatible"), [
    ("2025-09", "2025-09-29", True),
    ("2025-09-29", "2025", True),
    ("2025-09", "2025-10", False),
    ("2024", "2025", False),
    ("--06-27", "2025-06-27", True),
    ("--06-27", "2019-06-27", True),
    ("--06-27", "2025-06-28", False),
    ("--10", "2025-10-21", True),
    ("--10", "--11", False),
    ("2025-05-17", "--05", True),
    (None, None, True),
    ("2025", None, False),
    (None, "2025", False),
])
def test_event_dates_are_compatible_by_prefix(gold_date: str | None, pred_date: str | None,
                                              compatible: bool) -> None:
    assert dates_compatible(gold_date, pred_date) is compatible


def test_event_status_and_date_are_scored_apart_over_matched_pairs() -> None:
    gold_doc = gold(events=[
        Event("agreement", "done", "2025-09", participants=("RU-SPE", "BY")),
        Event("visit", "planned", "--05", participants=("RU-TA", "CN")),
    ])
    preds = [Event("agreement", "planned", "2025-09-29", participants=("BY", "RU-SPE")),
             Event("visit", "planned", "2025-06", participants=("RU-TA",))]
    result = combine([score_document(gold_doc, card(events=preds))])
    assert result.counts["events"] == Counts(2, 0, 0)
    assert result.attributes["event status"].value == 0.5
    assert result.attributes["event date"].value == 0.5


def test_event_place_is_scored_where_the_gold_names_one() -> None:
    gold_doc = gold(events=[
        Event("visit", "done", participants=("RU-IRK", "MN"), place="MN"),
        Event("meeting", "done", participants=("RU-IRK", "MN"), place="geo:Улан-Батор"),
        Event("agreement", "done", participants=("RU-IRK", "MN")),
    ])
    preds = [Event("visit", "done", participants=("RU-IRK", "MN"), place="MN"),
             Event("meeting", "done", participants=("RU-IRK", "MN")),
             Event("agreement", "done", participants=("RU-IRK", "MN"), place="MN")]
    result = combine([score_document(gold_doc, card(events=preds))])
    assert result.counts["events"] == Counts(3, 0, 0)
    assert result.attributes["event place"].value == 0.5


def test_event_participants_and_sectors_are_reported_without_changing_the_match() -> None:
    gold_doc = gold(events=[
        Event("visit", "done", participants=("RU-OMS", "KZ"), sectors=("agriculture",)),
        Event("meeting", "done", participants=("RU-OMS", "KZ", "BY")),
    ])
    preds = [Event("visit", "done", participants=("RU-OMS", "KZ", "RU-NVS"),
                   sectors=("agriculture", "transport")),
             Event("meeting", "done", participants=("KZ", "RU-OMS", "BY"))]
    result = combine([score_document(gold_doc, card(events=preds))])
    assert result.counts["events"] == Counts(2, 0, 0)
    assert result.attributes["event participants"].value == 0.5
    # only the visit has gold sectors: one of its two predicted sectors is right
    assert result.attributes["event sectors"].value == 0.5
    assert result.attributes["event sectors"].count == 1


def test_attributes_of_a_pair_matched_to_optional_gold_are_not_scored() -> None:
    gold_doc = gold(events=[Gold(Event("forum", "done", participants=("RU-TA",)), True)])
    pred = Event("forum", "planned", participants=("RU-TA",))
    result = combine([score_document(gold_doc, card(events=[pred]))])
    assert result.counts["events"] == Counts(0, 0, 0)
    assert result.attributes["event status"].count == 0


# --- figures (rule 4)

TURNOVER = Figure("trade_turnover", 3.0e9, "USD", "exact", "target", "2025", None, ("RU-SPE", "BY"))


@pytest.mark.parametrize(("pred", "fits"), [
    (Figure("trade_turnover", 3.0e9, "USD"), True),
    (Figure("trade_turnover", 3.029e9, "USD"), True),     # within 1%
    (Figure("trade_turnover", 2.971e9, "USD"), True),
    (Figure("trade_turnover", 3.05e9, "USD"), False),     # 1.7% off
    (Figure("trade_turnover", 3.0e9, "RUB"), False),      # other unit
    (Figure("export", 3.0e9, "USD"), False),              # other metric
    (Figure("trade_turnover", None, None, change=Change(percent=27.0)), False),
])
def test_figure_same_metric_unit_and_value_within_one_percent(pred: Figure, fits: bool) -> None:
    assert counts(gold(figures=[TURNOVER]), card(figures=[pred]), "figures") == (
        (1, 0, 0) if fits else (0, 1, 1))


@pytest.mark.parametrize(("pred_change", "fits"), [
    (Change(percent=12.4), True),
    (Change(percent=12.41), True),
    (Change(percent=-12.4), False),
    (Change(factor=1.124), False),
    (None, False),
])
def test_growth_stated_alone_matches_on_the_change(pred_change: Change | None, fits: bool) -> None:
    growth = Figure("export", None, None, change=Change(percent=12.4), parties=("RU-TA", "CN"))
    pred = Figure("export", None, None, change=pred_change, parties=("RU-TA", "CN"))
    assert counts(gold(figures=[growth]), card(figures=[pred]), "figures") == (
        (1, 0, 0) if fits else (0, 1, 1))


def test_values_close_is_relative_to_gold() -> None:
    assert values_close(100.0, 101.0) and not values_close(100.0, 101.1)
    assert values_close(0.0, 0.0) and not values_close(0.0, 1e-9)


def test_figure_attributes_are_accuracies_and_parties_go_through_the_key_map() -> None:
    tatarstan = Entity("geo:Татарстан", "GEO", "Татарстан")
    pred = Figure("trade_turnover", 3.0e9, "USD", "about", "target", "2025", None,
                  ("BY", "geo:Татарстан"))
    gold_doc = gold(entities=[TATARSTAN, BELARUS],
                    figures=[Figure("trade_turnover", 3.0e9, "USD", "exact", "target", "2025",
                                    None, ("RU-TA", "BY"))])
    attributes = combine([score_document(gold_doc, card(entities=[tatarstan, BELARUS],
                                                         figures=[pred]))]).attributes
    values = {name: attributes[f"figure {name}"].value for name in ("approx", "kind", "period", "parties")}
    assert values == {"approx": 0.0, "kind": 1.0, "period": 1.0, "parties": 1.0}


def test_matching_prefers_the_prediction_with_the_right_attributes() -> None:
    golds = [Figure("trade_turnover", 3.0e9, "USD", period="2024"),
             Figure("trade_turnover", 3.0e9, "USD", period="2025")]
    preds = [Figure("trade_turnover", 3.0e9, "USD", period="2025"),
             Figure("trade_turnover", 3.0e9, "USD", period="2024")]
    result = combine([score_document(gold(figures=golds), card(figures=preds))])
    assert result.attributes["figure period"].value == 1.0


# --- flows (rule 5) and cooperation (rule 6)

def test_flow_direction_matters() -> None:
    gold_doc = gold(flows=[Flow("RU-SPE", "RU-TA", ("лаки и краски",))])
    assert counts(gold_doc, card(flows=[Flow("RU-SPE", "RU-TA")]), "flows") == (1, 0, 0)
    assert counts(gold_doc, card(flows=[Flow("RU-TA", "RU-SPE")]), "flows") == (0, 1, 1)


def test_cooperation_pair_is_unordered_and_sectors_are_jaccard() -> None:
    gold_doc = gold(cooperation=[
        Cooperation(("RU-SPE", "BY"), ("automotive", "machinery")),
        Cooperation(("RU", "BY"), ()),
    ])
    preds = [Cooperation(("BY", "RU-SPE"), ("machinery", "pharma")), Cooperation(("BY", "RU"))]
    result = combine([score_document(gold_doc, card(cooperation=preds))])
    assert result.counts["cooperation"] == Counts(2, 0, 0)
    sectors = result.attributes["cooperation sectors"]
    assert (sectors.count, sectors.value) == (1, pytest.approx(1 / 3))


def test_document_sectors_jaccard_averaged_over_documents() -> None:
    first = score_document(gold(sectors=["automotive", "pharma"]), card(sectors=["automotive"]))
    second = score_document(gold(sectors=[]), card(sectors=[]))
    assert combine([first, second]).attributes["document sectors"].value == pytest.approx(0.75)


# --- totals

@pytest.mark.parametrize(("tp", "fp", "fn", "p", "r", "f1"), [
    (0, 0, 0, 1.0, 1.0, 1.0),     # nothing to find, nothing found
    (0, 0, 3, 1.0, 0.0, 0.0),     # nothing found
    (0, 2, 0, 0.0, 1.0, 0.0),     # nothing to find, something found
    (2, 2, 0, 0.5, 1.0, 2 / 3),
    (3, 1, 1, 0.75, 0.75, 0.75),
])
def test_precision_recall_f1_edges(tp: int, fp: int, fn: int, p: float, r: float, f1: float) -> None:
    counts_ = Counts(tp, fp, fn)
    assert (counts_.precision, counts_.recall, counts_.f1) == pytest.approx((p, r, f1))


def test_counts_are_micro_averaged_and_fact_f1_is_the_mean_of_five() -> None:
    gold_doc = gold(flows=[Flow("RU-SPE", "RU-TA"), Flow("RU-TA", "RU-SPE")])
    result = score([gold_doc, gold_doc], [card(flows=[Flow("RU-SPE", "RU-TA")]), None])
    assert result.counts["flows"] == Counts(1, 0, 3)
    # positions, events, figures, cooperation: nothing either side -> 1.0; flows 0.4
    assert result.fact_f1 == pytest.approx((4 * 1.0 + 0.4) / 5)


def test_the_shared_gold_scored_against_itself_is_perfect(shared_dir: Path) -> None:
    golds = read_gold(shared_dir / "gold" / "seeds.json")
    for keep_optional in (True, False):
        result = score(golds, [gold_as_card(item, keep_optional=keep_optional) for item in golds])
        assert all(result.counts[name].f1 == 1.0 for name in CATEGORIES)
        assert result.fact_f1 == 1.0
        assert all(mean.value in (None, 1.0) for mean in result.attributes.values())


def test_a_missing_card_misses_everything(shared_dir: Path) -> None:
    golds = read_gold(shared_dir / "gold" / "seeds.json")
    result = score(golds, [None] * len(golds))
    assert result.fact_f1 == 0.0
    assert result.counts["GEO"].fn == sum(
        1 for item in golds for entity in item.entities
        if entity.item.type == "GEO" and not entity.optional)


# --- cards files and the CLI

@pytest.mark.parametrize(("card_path", "gold_path", "same"), [
    ("/work/shared/corpus/seeds/000_a.txt", "corpus/seeds/000_a.txt", True),
    ("corpus/seeds/000_a.txt", "corpus/seeds/000_a.txt", True),
    ("../shared/corpus/seeds/000_a.txt", "corpus/seeds/000_a.txt", True),
    ("/x/corpus/seeds/1000_a.txt", "corpus/seeds/000_a.txt", False),
    (None, "corpus/seeds/000_a.txt", False),
])
def test_cards_pair_with_gold_by_path_suffix(card_path: str | None, gold_path: str, same: bool) -> None:
    assert same_path(card_path, gold_path) is same


def _write_gold_and_cards(tmp_path: Path, shared_dir: Path) -> tuple[Path, Path]:
    golds = read_gold(shared_dir / "gold" / "seeds.json")
    cards_file = tmp_path / "cards.jsonl"
    lines = [json.dumps(gold_as_card(item).to_json(), ensure_ascii=False) for item in golds[1:]]
    cards_file.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    return shared_dir / "gold" / "seeds.json", cards_file


def test_cards_from_file_pairs_in_gold_order(tmp_path: Path, shared_dir: Path) -> None:
    gold_file, cards_file = _write_gold_and_cards(tmp_path, shared_dir)
    golds = read_gold(gold_file)
    found = cards_from_file(cards_file, golds)
    assert found.cards[0] is None and len(found.problems) == 1
    assert [item.source.path for item in found.cards[1:]] == [item.path for item in golds[1:]]


def test_eval_cli_json(tmp_path: Path, shared_dir: Path) -> None:
    gold_file, cards_file = _write_gold_and_cards(tmp_path, shared_dir)
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(gold_file), "--cards", str(cards_file), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{"):])
    assert data["documents"] == 5
    assert data["categories"]["PER"]["precision"] == 1.0
    assert 0.0 < data["categories"]["PER"]["recall"] < 1.0   # the first document has no card
    assert 0.0 < data["fact_f1"] < 1.0


def test_details_list_misses_extras_with_their_evidence_and_differences() -> None:
    text = "Петербург поставит в Татарстан краски. Соглашение подписано в сентябре."
    gold_doc = gold(
        flows=[Flow("RU-TA", "RU-SPE", ("грузовики",))],
        events=[Event("agreement", "done", "2025-09", participants=("RU-SPE", "RU-TA"))],
    )
    pred_card = card(
        flows=[Flow("RU-SPE", "RU-TA", evidence=(Span(0, 38),))],
        events=[Event("agreement", "planned", "2025-09", participants=("RU-TA", "RU-SPE"))],
    ).replace(text=text)
    found = details_json(score([gold_doc], [pred_card]))[0]["categories"]
    assert found["flows"]["missed"] == ["RU-TA → RU-SPE {грузовики}"]
    assert found["flows"]["spurious"] == ["RU-SPE → RU-TA {}  ← «Петербург поставит в Татарстан краски.»"]
    assert found["events"]["differs"][0].endswith("[status: done → planned]")


def test_gold_paths_resolve_against_the_gold_files_grandparent(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(
        "Губернатор Смоленской области встретился с делегацией Республики Беларусь.",
        encoding="utf-8")
    gold_file = tmp_path / "gold" / "g.json"
    gold_file.write_text(json.dumps([{"path": "texts/a.txt"}, {"path": "texts/b.txt"}]),
                         encoding="utf-8")
    found = cards_from_pipeline(gold_file, read_gold(gold_file), lambda doc: doc, get_settings())
    assert found.cards[0] is not None and found.cards[0].text.startswith("Губернатор")
    assert found.cards[1] is None
    assert len(found.problems) == 1 and found.problems[0].startswith("texts/b.txt: not ingested")
