"""Public benchmarks: readers, metrics on hand-made cases, and short runs on real slices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coopwatch.evaluate.benchmarks import facts_metrics, ner_metrics
from coopwatch.evaluate.benchmarks.factrueval import (
    FactRuDoc,
    GoldObject,
    GoldSpan,
    GoldToken,
    read_document,
    read_factrueval,
    read_facts,
)
from coopwatch.evaluate.benchmarks.facts_metrics import Argument, Fact
from coopwatch.evaluate.benchmarks.ner_metrics import TokenMention, Typed
from coopwatch.evaluate.benchmarks.nerel import (
    BratEntity,
    NerelDoc,
    mapped_spans,
    parse_entity,
    parse_relation,
    read_nerel,
)
from coopwatch.evaluate.benchmarks.runs import run_facts, run_ner
from coopwatch.evaluate.benchmarks.systems import (
    FACT_STAGES,
    NER_STAGES,
    Coopwatch,
    NatashaNer,
    figure_amounts,
    nerel_amount,
    nerel_date,
)
from coopwatch.evaluate.benchmarks.tally import Tally
from coopwatch.nlp.analyze import analyze_for_entities
from coopwatch.nlp.morph import nominative, reading
from coopwatch.records import Change, Document, Entity, Event, Figure, Position, Span
from coopwatch.tools import Toolkit

SLICE = 5


@pytest.fixture(scope="session")
def data_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "data"
    if not (folder / "factrueval2016").is_dir() or not (folder / "nerel").is_dir():
        pytest.skip("public benchmark data not in shared/data")
    return folder


def tokens_of(text: str) -> tuple[GoldToken, ...]:
    """Whitespace tokens with offsets (enough for hand-made cases)."""
    tokens, start = [], 0
    for word in text.split():
        start = text.index(word, start)
        tokens.append(GoldToken(start, start + len(word), word))
        start += len(word)
    return tuple(tokens)


# --- readers ------------------------------------------------------------------------


def test_factrueval_reader_offsets_point_into_the_text(data_dir: Path) -> None:
    docs = read_factrueval(data_dir, limit=SLICE)
    assert len(docs) == SLICE
    for doc in docs:
        assert all(doc.text[t.start:t.stop] == t.text for t in doc.tokens)
        assert doc.objects
        assert all(0 <= s.start < s.stop <= len(doc.text) for o in doc.objects for s in o.spans)


def test_factrueval_reader_keeps_repeated_span_ids(data_dir: Path) -> None:
    # book_100: span 22783 «Долгорукому» is both a surname and a nickname
    doc = read_document(data_dir / "factrueval2016/devset/book_100")
    monument = next(o for o in doc.objects if o.id == "10443")
    assert {s.type for s in monument.spans} >= {"surname", "nickname", "loc_descr"}


FACT_LINES = """\
100-0 Occupation
Who obj48 Лужков Юрий
Position span22777 мэра
Where obj47 Москва

117-0 Meeting
Participant obj102 Саркози Николя
Participant obj101 Обама Барак
Фаза будущее
""".splitlines()


def test_fact_blocks_become_facts_with_roles() -> None:
    occupation, meeting = read_facts(FACT_LINES)
    assert occupation.type == "Occupation"
    assert occupation.values("Who") == ("Лужков Юрий",)
    assert occupation.arguments[1].ref == "span22777"
    assert meeting.values("Participant") == ("Саркози Николя", "Обама Барак")
    assert meeting.arguments[-1].ref is None


@pytest.mark.parametrize(("line", "expected"), [
    ("T4\tCITY 28 38\tВашингтоне", ("CITY", ((28, 38),))),
    ("T45\tORGANIZATION 1647 1658;1674 1704\tЛебединский комбинаты",
     ("ORGANIZATION", ((1647, 1658), (1674, 1704)))),
    ("R1\tWORKS_AS Arg1:T2 Arg2:T14", None),
    ("По словам очевидцев пешехо", None),
    ("T9\tCOUNTRY 89 x\tСША", None),
])
def test_brat_lines(line: str, expected: tuple | None) -> None:
    entity = parse_entity(line)
    assert (entity.type, entity.fragments) == expected if entity else expected is None


@pytest.mark.parametrize(("line", "expected"), [
    ("R1\tWORKS_AS Arg1:T2 Arg2:T14\t", ("WORKS_AS", "T2", "T14")),
    ("R7\tWORKPLACE Arg1:T5 Arg2:T9", ("WORKPLACE", "T5", "T9")),
    ("R2\tWORKS_AS Arg1:T2", None),
    ("T4\tCITY 28 38\tВашингтоне", None),
])
def test_brat_relation_lines(line: str, expected: tuple | None) -> None:
    relation = parse_relation(line)
    found = (relation.type, relation.source, relation.target) if relation else None
    assert found == expected


def test_nerel_reader_and_outermost_spans(data_dir: Path) -> None:
    docs = read_nerel(data_dir, "dev", limit=SLICE)
    assert len(docs) == SLICE
    assert any(doc.relations for doc in docs)
    assert all(doc.entity(r.source) and doc.entity(r.target) for doc in docs for r in doc.relations)
    for doc in docs:
        for kind, start, stop in mapped_spans(doc):
            assert kind in {"PER", "ORG", "GEO", "MONEY", "DATE", "PERCENT"}
            assert 0 <= start < stop <= len(doc.text)


def test_nested_places_keep_the_outer_one_and_other_types() -> None:
    text = "Правительство Московской области"
    doc = NerelDoc("x", text, (
        BratEntity("T1", "ORGANIZATION", ((0, 32),), text),
        BratEntity("T2", "STATE_OR_PROVINCE", ((14, 32),), "Московской области"),
        BratEntity("T3", "CITY", ((14, 24),), "Московской"),
        BratEntity("T4", "PROFESSION", ((0, 13),), "Правительство"),
    ))
    assert mapped_spans(doc) == [("GEO", 14, 32), ("ORG", 0, 32)]


# --- track 1 ----------------------------------------------------------------------

@pytest.mark.parametrize(("gold", "predicted", "quality"), [
    # «Юрия Лужкова»: the whole name, a part, the name plus a stray word
    (TokenMention("per", frozenset({0, 1})), TokenMention("per", frozenset({0, 1})), 1.0),
    (TokenMention("per", frozenset({0, 1})), TokenMention("per", frozenset({1})), 0.5),
    (TokenMention("per", frozenset({0, 1})), TokenMention("per", frozenset({0, 1, 2})), 2 / 3),
    # «мэрии Москвы»: the descriptor «мэрии» neither helps nor hurts
    (TokenMention("org", frozenset({1}), frozenset({0})), TokenMention("org", frozenset({0, 1})),
     1.0),
    (TokenMention("org", frozenset({1}), frozenset({0})), TokenMention("org", frozenset({1})), 1.0),
    (TokenMention("org", frozenset({1}), frozenset({0})), TokenMention("org", frozenset({0})), 0.0),
    # a type mismatch never matches
    (TokenMention("locorg", frozenset({1})), TokenMention("loc", frozenset({1})), 0.0),
])
def test_overlap_quality(gold: TokenMention, predicted: TokenMention, quality: float) -> None:
    assert ner_metrics.overlap_quality(gold, predicted) == pytest.approx(quality)


def test_matching_is_one_to_one() -> None:
    # two gold mentions of «Москвы» (Org descriptor + LocOrg) and one predicted span
    golds = [TokenMention("loc", frozenset({3})), TokenMention("loc", frozenset({3, 4}))]
    predicted = [TokenMention("loc", frozenset({3}))]
    assert ner_metrics.match_one_to_one(golds, predicted) == [(0, 0, 1.0)]
    scores = ner_metrics.score_track1(golds, predicted, ("loc",))
    assert scores["loc"] == Tally(1.0, 1, 2)
    assert scores["overall"].recall == pytest.approx(0.5)
    assert scores["overall"].precision == pytest.approx(1.0)


def test_track1_gold_from_objects_folds_locorg() -> None:
    text = "у здания мэрии Москвы на Тверской площади"
    tokens = tokens_of(text)
    moscow = GoldSpan("1", "loc_name", 15, 21)
    doc_objects = (
        GoldObject("a", "Org", (moscow, GoldSpan("2", "org_descr", 9, 14))),
        GoldObject("b", "LocOrg", (moscow,)),
        GoldObject("c", "Location", (GoldSpan("3", "loc_name", 25, 33),
                                     GoldSpan("4", "loc_descr", 34, 41))),
    )
    doc = FactRuDoc("t", text, tokens, doc_objects, ())
    gold = ner_metrics.track1_gold(doc)
    assert [m.type for m in gold] == ["org", "locorg", "loc"]
    assert gold[0].tokens == {3} and gold[0].optional == {2}
    assert [m.type for m in ner_metrics.track1_gold(doc, fold_locorg=True)] == ["org", "loc", "loc"]
    predicted = ner_metrics.track1_predicted(tokens, [Typed("GEO", 15, 21), Typed("GEO", 25, 41)])
    scores = ner_metrics.score_track1(ner_metrics.track1_gold(doc, True), predicted,
                                      ner_metrics.TRACK1_FOLDED_TYPES)
    assert scores["loc"] == Tally(2.0, 2, 2)
    assert scores["org"] == Tally(0.0, 0, 1)


# --- token IO and exact spans -------------------------------------------------------


def test_token_io_counts_tokens_per_type() -> None:
    text = "Президент России Владимир Путин посетил Минский тракторный завод"
    tokens = tokens_of(text)
    gold = ner_metrics.io_tags(tokens, [Typed("LOC", 10, 16), Typed("PER", 17, 31),
                                        Typed("ORG", 40, 64)])
    ours = ner_metrics.io_tags(tokens, ner_metrics.io_predicted(
        [Typed("GEO", 10, 16), Typed("PER", 26, 31), Typed("GEO", 40, 47)]))
    assert gold == [None, "LOC", "PER", "PER", None, "ORG", "ORG", "ORG"]
    scores = ner_metrics.score_io(gold, ours)
    assert scores["PER"] == Tally(1, 1, 2)
    assert scores["LOC"] == Tally(1, 2, 1)
    assert scores["ORG"] == Tally(0, 0, 3)


def test_overlapping_spans_keep_the_first_longest() -> None:
    spans = [Typed("ORG", 0, 12), Typed("LOC", 4, 12), Typed("PER", 13, 20)]
    assert ner_metrics.drop_overlapping(spans) == [Typed("ORG", 0, 12), Typed("PER", 13, 20)]


def test_exact_spans() -> None:
    gold = [Typed("PER", 0, 11), Typed("GEO", 20, 30), Typed("MONEY", 40, 56)]
    ours = [Typed("PER", 0, 11), Typed("GEO", 20, 29), Typed("ORG", 20, 30), Typed("PER", 0, 11)]
    scores = ner_metrics.score_exact(gold, ours, ("PER", "ORG", "GEO", "MONEY"))
    assert scores["PER"] == Tally(1, 1, 1)
    assert scores["GEO"] == Tally(0, 1, 1)
    assert scores["ORG"] == Tally(0, 1, 0)
    assert scores["MONEY"] == Tally(0, 0, 1)
    assert scores["overall"] == Tally(1, 3, 3)


# --- facts --------------------------------------------------------------------------


def occupation(who: str, position: str, where: str | None = None) -> Fact:
    arguments = [Argument("Who", frozenset(who.split())),
                 Argument("Position", frozenset(position.split()))]
    if where:
        arguments.append(Argument("Where", frozenset(where.split())))
    return Fact("Occupation", tuple(arguments))


@pytest.mark.parametrize(("ours", "quality"), [
    (occupation("юрий лужков", "мэр", "москва"), 1.0),
    (occupation("лужков", "мэр"), 2 / 3),
    (occupation("лужков", "губернатор", "москва"), 2 / 4),
    (occupation("громов", "мэр", "москва"), 0.0),  # the anchor (Who) must match
])
def test_occupation_quality(ours: Fact, quality: float) -> None:
    gold = occupation("лужков юрий", "мэр", "москва")
    assert facts_metrics.fact_quality(gold, ours) == pytest.approx(quality)


def test_meeting_quality_and_scores() -> None:
    gold = [Fact("Meeting", (Argument("Participant", frozenset({"саркози", "николя"})),
                             Argument("Participant", frozenset({"обама", "барак"})))),
            occupation("обама барак", "президент", "сша")]
    ours = [Fact("Meeting", (Argument("Participant", frozenset({"барак", "обама"})),
                             Argument("Participant", frozenset({"франция"})))),
            occupation("барак обама", "президент", "сша")]
    assert facts_metrics.fact_quality(gold[0], ours[0]) == pytest.approx(1 / 3)
    scores = facts_metrics.score_facts(gold, ours)
    assert scores["Meeting"] == Tally(pytest.approx(1 / 3), 1, 1)
    assert scores["Occupation"] == Tally(1.0, 1, 1)


def test_an_entity_argument_speaks_all_the_names_of_its_entity() -> None:
    doc = Document(id="o", text="", entities=(
        Entity("per:Лавров", "PER", "Сергей Лавров"),
        Entity("RU", "GEO", "Россия", aliases=("РФ", "Российская Федерация")),
    ), positions=(Position("per:Лавров", "министр иностранных дел", "RU"),))
    (ours,) = facts_metrics.our_facts(doc, str.lower)
    gold = occupation("лавров сергей", "министр", "рф")
    assert facts_metrics.fact_quality(gold, ours) == pytest.approx(1.0)


@pytest.mark.parametrize(("title", "facts"), [
    ("основатель", 0), ("совладелец", 0), ("экс-владелец", 0),
    ("генеральный директор", 1), ("председатель совета директоров", 1),
])
def test_owning_or_founding_is_no_occupation(title: str, facts: int) -> None:
    doc = Document(id="w", text="", entities=(
        Entity("per:Рябов", "PER", "Олег Рябов"), Entity("org:Вега", "ORG", "Вега"),
    ), positions=(Position("per:Рябов", title, "org:Вега"),))
    assert len(facts_metrics.our_facts(doc, str.lower)) == facts


def test_meetings_become_meeting_facts_of_the_people_in_them() -> None:
    people = (Entity("per:Минниханов", "PER", "Рустам Минниханов"),
              Entity("per:Ли", "PER", "Ли Цян"), Entity("RU-TA", "GEO", "Татарстан"),
              Entity("CN", "GEO", "Китай"))
    doc = Document(id="m", text="", entities=people, events=(
        Event("meeting", "done", participants=("RU-TA", "per:Минниханов", "per:Ли")),
        Event("meeting", "done", participants=("RU-TA", "CN", "per:Минниханов")),
        Event("agreement", "done", participants=("per:Минниханов", "per:Ли")),
    ))
    facts = facts_metrics.our_facts(doc, str.lower)
    assert [(f.type, len(f.arguments)) for f in facts] == [("Meeting", 2)]
    assert {word for a in facts[0].arguments for word in a.words} == {
        "рустам", "минниханов", "ли", "цян"}


@pytest.mark.parametrize(("phrase", "words"), [
    ("губернатора", {"губернатор"}),
    ("Палата представителей Конгресса США", {"палата", "представитель", "конгресс", "сша"}),
    ("председатель совета директоров", {"председатель", "совет", "директор"}),
    ("министр по делам ЧС", {"министр", "дело", "чс"}),
])
def test_content_words_are_lemmas(tools: Toolkit, phrase: str, words: set[str]) -> None:
    assert facts_metrics.content_words(phrase, tools.morph.lemma) == words


# --- systems ------------------------------------------------------------------------


def test_figure_amounts_are_the_figures_own_numbers() -> None:
    text = "Товарооборот вырос на 12,4% и составил 8,1 млн долларов, а в 2023 году — 7 млн."
    doc = Document(id="x", text=text, figures=(
        Figure("trade_turnover", 8.1e6, "USD", evidence=(Span(0, len(text)),)),
        Figure("trade_turnover", None, None, change=Change(percent=12.4),
               evidence=(Span(0, len(text)),)),
    ))
    found = {(s.type, text[s.start:s.stop]) for s in figure_amounts(doc)}
    assert found == {("PERCENT", "12,4%"), ("MONEY", "8,1 млн долларов")}


# our date expression (its text) in a sentence -> the DATE span NEREL would mark
NEREL_DATES = [
    ("Завод открыли в 2009 году.", "2009 году", "в 2009 году"),
    ("Он возглавляет комитет (с 1997 года).", "1997 года", "с 1997 года"),
    ("Поставки начнутся в начале 2026 года.", "2026 года", "в начале 2026 года"),
    ("Соглашение подписано в среду, 20 января, в Минске.", "20 января", "в среду, 20 января"),
    ("План утверждён в 2024 г. в Казани.", "2024 г.", "в 2024 г"),
    ("Решение от 25 мая 2012 года вступило в силу.", "25 мая 2012 года", "25 мая 2012 года"),
    ("Ярмарка открылась.\n8 августа 2025 года прошла встреча.", "8 августа 2025 года",
     "8 августа 2025 года"),
    ("Вчера делегация прибыла в Харбин.", "Вчера", None),
]


@pytest.mark.parametrize(("text", "ours", "expected"), NEREL_DATES)
def test_dates_bounded_as_nerel_bounds_them(text: str, ours: str, expected: str | None) -> None:
    start = text.index(ours)
    date = nerel_date(text, start, start + len(ours))
    assert (text[date.start:date.stop] if date else None) == expected


@pytest.mark.parametrize(("text", "ours", "expected"), [
    ("Вложения составят около 200 млн рублей.", "200 млн рублей", "около 200 млн рублей"),
    ("Он потратил более чем 1 млрд долларов.", "1 млрд долларов", "более чем 1 млрд долларов"),
    ("Рост составил 12%.", "12%", "12%"),
    ("Доля выросла до 40%.", "40%", "40%"),
])
def test_amounts_bounded_as_nerel_bounds_them(text: str, ours: str, expected: str) -> None:
    start = text.index(ours)
    amount = nerel_amount(text, Typed("MONEY", start, start + len(ours)))
    assert text[amount.start:amount.stop] == expected


# --- short runs on real slices ------------------------------------------------------


@pytest.fixture(scope="module")
def natasha(tools: Toolkit) -> NatashaNer:
    return NatashaNer.from_toolkit(tools)


def test_natasha_on_factrueval_slice(data_dir: Path, natasha: NatashaNer) -> None:
    result = run_ner(natasha, "factrueval-dev", read_factrueval(data_dir, SLICE))
    folded = result.metrics["track1_locorg_as_loc"]["overall"]
    assert folded.expected > 30 and folded.predicted > 30
    assert 0.6 < folded.f1 <= 1.0
    assert result.metrics["track1"]["locorg"].predicted == 0  # natasha has no locorg
    assert result.metrics["token_io"]["PER"].f1 > 0.8
    assert result.peak_rss_mb > 0 and result.docs_per_s > 0


def test_coopwatch_on_both_slices(data_dir: Path, tools: Toolkit) -> None:
    system = Coopwatch(tools, NER_STAGES)
    factru = run_ner(system, "factrueval-dev", read_factrueval(data_dir, SLICE))
    folded = factru.metrics["track1_locorg_as_loc"]["overall"]
    assert folded.predicted > 20 and 0.4 < folded.f1 <= 1.0
    nerel = run_ner(system, "nerel-dev", read_nerel(data_dir, "dev", SLICE))
    exact = nerel.metrics["exact_span"]
    assert exact["overall"].expected > 50 and 0.4 < exact["overall"].f1 <= 1.0
    assert exact["DATE"].predicted > 0  # dates come from doc.times


def test_coopwatch_facts_slice(data_dir: Path, tools: Toolkit) -> None:
    docs = read_factrueval(data_dir, SLICE)
    result = run_facts(Coopwatch(tools, FACT_STAGES), docs)
    occupation_ = result.metrics["facts"]["Occupation"]
    assert occupation_.expected == sum(f.type == "Occupation" for d in docs for f in d.facts)
    assert 0.0 <= occupation_.f1 <= 1.0
    assert occupation_.matched <= min(occupation_.predicted, occupation_.expected)


def test_bench_cli_runs_a_system_in_a_subprocess(data_dir: Path) -> None:
    from coopwatch.cli import bench  # noqa: F401  (registers `bench`)
    from coopwatch.cli.app import app

    done = CliRunner().invoke(app, ["bench", "ner", "--dataset", "nerel-dev", "--systems",
                                    "natasha", "--limit", "2", "--data-dir", str(data_dir),
                                    "--json"])
    assert done.exit_code == 0, done.output
    (result,) = json.loads(done.stdout)
    assert result["system"] == "natasha" and result["docs"] == 2
    assert result["metrics"]["exact_span"]["PER"]["expected"] > 0


# --- the NER-only analysis: pymorphy3 readings instead of natasha's tagger ---------------

READINGS = [
    ("самолётов", "самолет", "NOUN", {"Case": "Gen", "Number": "Plur"}),
    ("Иванов", "иванов", "PROPN", {"Case": "Nom", "Gender": "Masc"}),
    ("России", "россия", "PROPN", {"Case": "Gen"}),
    ("был", "быть", "AUX", {"Tense": "Past"}),
    ("доволен", "довольный", "ADJ", {"Variant": "Short"}),
    ("Объединённая", "объединить", "ADJ", {"Case": "Nom", "Gender": "Fem"}),
    ("чтобы", "чтобы", "SCONJ", {}),
    ("Alibaba", "alibaba", "X", {"Foreign": "Yes"}),
    ("2020", "2020", "NUM", {}),
    ("«", "«", "PUNCT", {}),
]


@pytest.mark.parametrize(("word", "lemma", "pos", "feats"), READINGS)
def test_readings_speak_natashas_tags(word: str, lemma: str, pos: str, feats: dict,
                                      tools: Toolkit) -> None:
    found = reading(tools.morph, word)
    assert (found.lemma, found.pos) == (lemma, pos)
    assert feats.items() <= found.feats.items()


@pytest.mark.parametrize(("word", "expected"), [
    ("Москвы", "Москва"), ("Нижегородской", "Нижегородская"), ("Санкт-Петербурге",
                                                               "Санкт-Петербург"),
    ("Байхановым", "Байханов"), ("Русских", "Русских"), ("ООН", "ООН"),
])
def test_span_words_in_the_nominative(word: str, expected: str, tools: Toolkit) -> None:
    assert nominative(tools.morph, word) == expected


def test_only_tokens_near_names_get_a_reading(tools: Toolkit) -> None:
    text = ("Вчера все мы долго и спокойно обсуждали погоду и урожай, а потом пошли домой. "
            "В Казани открыли новый завод.")
    doc = analyze_for_entities(Document(id="t", text=text), tools)
    read = {t.text for s in doc.sentences for t in s.tokens if t.pos}
    assert {"Казани", "В", "Вчера"} <= read
    assert not {"спокойно", "погоду", "урожай", "домой"} & read
