"""Stage `figures`: trade, investment and count figures with their metric, exactness,
kind, period, change and parties.

Each sentence is read once (`clause.py`): its amounts (`amounts.py`), changes
(`changes.py`), time expressions (`dates/timexpr.py`), cue words (`cues.py`) and the
entities it names (`parties.py`); then the clause of each number is read once into a
`FigureClause`, and the figure is assembled from that record (`attributes.py`). A
sentence without a metric word or a party ("Мы уже можем замахнуться на 3 млрд
долларов") continues the figure of the sentence before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.stage import page_date
from coopwatch.extract.figures import attributes
from coopwatch.extract.figures.amounts import PERCENT, Amount, currency_before, lower_bound_value
from coopwatch.extract.figures.changes import ChangeCue
from coopwatch.extract.figures.clause import (
    Carried,
    Context,
    Cue,
    FigureClause,
    FigureSentence,
    read_clause,
    read_document,
    read_sentence,
)
from coopwatch.extract.figures.cues import (
    DIVISIONS,
    EXTENTS,
    MEASURE_UNITS,
    RUSSIAN_WORDS,
    SHIPMENTS,
    WORDED_COUNTS,
    clause_range,
    counted_unit,
    is_census,
    reaches,
)
from coopwatch.extract.figures.parties import (
    CLAUSE_MARKS,
    POINTERS,
    SHIPPED_METRICS,
    ancestors,
    is_firm,
    nearest_investor,
    shipping_company,
)
from coopwatch.extract.figures.periods import DIFFERENCE_WORDS, year_from_comparison
from coopwatch.extract.figures.sentences import figure_sentences
from coopwatch.lexicon.folding import fold
from coopwatch.records import Change, Document, Figure, Span, Token
from coopwatch.records.values import FIGURE_METRICS, FigureMetric, one_of
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.regions import between_russian_parties
from coopwatch.tools import Toolkit

# how many sentences on a figure's metric and parties carry over to the next figure
CARRY_OVER = 2
# how many sentences on a period stated with a figure still dates a result told without
# one («В 2024 году экспорт вырос. Об этом сообщили в ведомстве. ... Из 225 тысяч тонн»)
PERIOD_REACH = 5
# how many sentences on the Russian places named carry over to a list of partners
# («Из Приморья отправили 45 тысяч тонн. ... Китай – 17 тысяч тонн, Корея – 15 тысяч»)
RUSSIAN_CARRY_OVER = 3
_NOT_TOPICS = ("count", "share")
# a part of a year named with its year: «в январе-сентябре 2022 года», «в I квартале 2022
# года»; not a single month, which a recalled event is dated by («первое соглашение было
# подписано в июле 2006 года»)
_MONTH_STEMS = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр)\w*"
_PART_OF_NAMED_YEAR = re.compile(
    rf"(?:квартал\w*|полугоди\w*|месяц\w*|{_MONTH_STEMS}\s*[-–—]\s*{_MONTH_STEMS})"
    r"\s+((?:19|20)\d\d)\s+год", re.I)
_RESULTS_OF_YEAR = re.compile(r"(?:по\s+итогам|за)\s+((?:19|20)\d\d)\s+год", re.I)


@dataclass(frozen=True)
class Memory:
    """The metric and the parties the last sentences spoke of, for sentences that omit
    them ("Товарооборот ... растёт. Мы уже можем замахнуться на 3 млрд долларов")."""

    metric: str = "other"
    metric_at: int = -CARRY_OVER - 1
    parties: tuple[str, ...] = ()
    parties_at: int = -CARRY_OVER - 1
    period: str | None = None
    period_at: int = -PERIOD_REACH - 1
    russian: tuple[str, ...] = ()  # the Russian regions named last
    russian_at: int = -RUSSIAN_CARRY_OVER - 1
    currency: str | None = None  # of the last sum
    currency_at: int = -2

    def carried(self, index: int) -> Carried:
        """What still carries over to the sentence at `index`."""
        recent = index - self.metric_at <= CARRY_OVER
        return Carried(metric=self.metric if recent else "other",
                       keys=self.parties if index - self.parties_at <= CARRY_OVER else (),
                       period=self.period if index - self.period_at <= PERIOD_REACH else None,
                       russian=self.russian if index - self.russian_at <= RUSSIAN_CARRY_OVER
                       else (),
                       currency=self.currency if index - self.currency_at == 1 else None)


def extract(doc: Document, tools: Toolkit | None) -> Document:
    """Fill `doc.figures` from the sentences of the analysed document (a sum the splitter
    cut at «долл. | США» read as one sentence)."""
    read = doc.replace(sentences=figure_sentences(doc))
    found = [_inside_russia(figure, doc) for figure in document_figures(read, tools)]
    return doc.replace(figures=tuple(_unique(found, doc)))


SUPPLY_METRICS = frozenset({"export", "import"})


def _inside_russia(figure: Figure, doc: Document) -> Figure:
    """A supply counted between Russian parties only is no export or import, but `other`:
    «В Саратовскую область поставили 13 тонн свеклы» in a text on Stavropol's vegetables
    (the real-news gold's reading, two to one on the dev part). Not when every party is
    a sender: «вывоз лесоматериалов из Приморского края и Сахалинской области» names two
    senders of an export whose buyer is left unsaid."""
    if (figure.metric in SUPPLY_METRICS and between_russian_parties(figure.parties)
            and not _only_senders(figure, doc)):
        return replace(figure, metric="other")
    return figure


SENDER_BEFORE = re.compile(r"(?:^|[^\w])(?:из|с|со)\s+$", re.I)
JOINED = re.compile(r"\s*(?:,|и)\s*")


def _only_senders(figure: Figure, doc: Document) -> bool:
    """Whether the figure's sentence names each of its parties, and each after «из» (or
    joined by «и» or a comma to one that is): «из Приморья и Сахалина»."""
    named: set[str] = set()
    for span in figure.evidence:
        last_sender_stop = -1
        for item in entity_mentions(doc, span.start, span.stop):
            if item.key not in figure.parties:
                continue
            sender = bool(SENDER_BEFORE.search(doc.text, max(0, item.start - 5), item.start)
                          or (last_sender_stop >= 0 and JOINED.fullmatch(
                              doc.text, last_sender_stop, item.start)))
            if not sender:
                return False
            named.add(item.key)
            last_sender_stop = item.stop
    return named == set(figure.parties)


def document_figures(doc: Document, tools: Toolkit | None) -> list[Figure]:
    """The figures of the sentences in text order, repeats included."""
    context = read_document(doc, tools, reference_anchor(doc))
    memory = Memory()
    figures: list[Figure] = []
    before: list[int] = []  # where the figures of the sentence just before are
    for index, sentence in enumerate(doc.sentences):
        read = read_sentence(context, sentence, memory.carried(index))
        found = sentence_figures(context, read)
        if found and before and _points_back(read, found):
            # «ОЭЗ посетили 156 000 россиян. Это на 29% больше, чем в 2011 г.»
            target = _pointed_target(figures, before)
            if target is not None:
                figures[target] = replace(figures[target], change=found[0].change)
                found = []
        if found and _continues_growth(read, found) and before:
            target = _growth_target(figures, before, found[0])
            if target is not None:
                figures[target] = replace(figures[target], change=found[0].change)
                found = []
        dated = _dates_the_figures_before(read, found, [figures[i] for i in before])
        if dated is not None:
            for i in before:
                figures[i] = replace(figures[i], period=dated)
            memory = replace(memory, period=dated, period_at=index)
            before = []
            continue
        before = list(range(len(figures), len(figures) + len(found)))
        figures += found
        memory = _remember(memory, read, index)
        sums = [figure.unit for figure in found if figure.unit and figure.unit.isupper()]
        if sums:
            memory = replace(memory, currency=sums[-1], currency_at=index)
    return figures


def _dates_the_figures_before(read: FigureSentence, found: list[Figure],
                              before: list[Figure]) -> str | None:
    """The period a sentence with no figure of its own gives the results of the sentence
    just before, which named none, when it points back at them («Вывезли 300 тысяч
    кубометров леса. Этот груз вывозился в 3-м квартале 2022 года»); else None."""
    if found or read.amounts or read.changes or len(read.periods) != 1 or not before:
        return None
    if any(figure.period is not None or figure.kind != "actual" for figure in before):
        return None
    return read.periods[0].period if read.lemmas and read.lemmas[0] in POINTERS else None


def _continues_growth(read: FigureSentence, found: list[Figure]) -> bool:
    """A sentence that tells only a growth, with no period of its own and no metric word
    but its growth's own, and no place or body of its own: the growth of the sum the
    sentence before told («Товарооборот составил 350 млн долларов. По сравнению с прошлым
    годом он вырос на 0,9%», «… отправила 670 тыс. куб. леса в зарубежные страны. Объем
    экспортных поставок увеличился более чем на 5%»; `_growth_target` asks the same
    metric of that sum)."""
    if len(found) != 1 or found[0].value is not None or found[0].change is None:
        return False
    own = [cue for cue in read.metrics if cue.label not in _NOT_TOPICS]
    return not read.periods and (not own or (
        all(cue.label == found[0].metric for cue in own) and not read.keys))


OPENING_POINTERS = POINTERS | {"это"}  # «Это на 29% больше»: what opens a pointing sentence


def _points_back(read: FigureSentence, found: list[Figure]) -> bool:
    """A sentence that opens with a pointer and tells only a growth («Это на 29% больше,
    чем в 2011 г.»): the growth of what the sentence before counted or summed, whatever
    its metric; the year after «чем» is the base, not a period of its own."""
    return len(found) == 1 and found[0].value is None and found[0].change is not None and (
        bool(read.lemmas) and read.lemmas[0] in OPENING_POINTERS)


def _pointed_target(figures: list[Figure], before: list[int]) -> int | None:
    """The one figure of the sentence before, if it has no growth of its own."""
    if len(before) != 1 or figures[before[0]].value is None:
        return None
    return before[0] if figures[before[0]].change is None else None


def _growth_target(figures: list[Figure], before: list[int], growth: Figure) -> int | None:
    """The one sum of the sentence before that a growth told next is about: of the same
    metric, with no growth of its own."""
    sums = [i for i in before if figures[i].value is not None
            and figures[i].metric not in _NOT_TOPICS]
    if len(sums) != 1:
        return None
    target = figures[sums[0]]
    return sums[0] if target.metric == growth.metric and target.change is None else None


def _remember(memory: Memory, read: FigureSentence, index: int) -> Memory:
    metrics = [cue.label for cue in read.metrics if cue.label not in _NOT_TOPICS]
    if metrics:
        memory = replace(memory, metric=metrics[-1], metric_at=index)
    elif read.carried.metric != "other" and read.amounts and read.keys:
        # a line of a list took the metric («Казахстан – 300 млн долларов;»): it goes on
        # to the next line
        memory = replace(memory, metric_at=index)
    keys = read.keys
    if keys:
        memory = replace(memory, parties=tuple(keys), parties_at=index)
    sent_to = attributes.destinations(read)
    russian = tuple(dict.fromkeys(key for key in keys if key.startswith("RU-")
                                  and key not in sent_to))
    if russian:
        memory = replace(memory, russian=russian, russian_at=index)
    stated = [time.period for time in read.periods if time.period and time.kind != "deadline"]
    if stated and (metrics or read.amounts):
        memory = replace(memory, period=stated[-1], period_at=index)
    elif stated:
        # a period named with no figure («Завод открыли в 2020 году») ends the one before
        memory = replace(memory, period=None)
    elif read.carried.period and not read.periods and (read.amounts or read.changes):
        # the figures of this sentence took the period: it goes on from here
        memory = replace(memory, period_at=index)
    return memory


def reference_anchor(doc: Document) -> Anchor:
    """The publication date, else the page's own date at its top; when its year is
    unknown, the year after the latest
    "по итогам N года" of the text (annual results are reported the year after), else
    the year the first comparison of a relative period with a named year implies, else
    the latest year a part of a year is named with."""
    anchor = Anchor.parse(doc.source.published)
    if anchor.year is not None:
        return anchor
    stamped = Anchor.parse(page_date(doc.text))
    if stamped.year is not None:
        # the page's own date at its top («25 марта 2021, 23:42»)
        return stamped
    years = [int(year) for year in _RESULTS_OF_YEAR.findall(doc.text)]
    if years:
        return replace(anchor, year=max(years) + 1)
    # else the year a comparison with a named year implies («этого года ... по
    # сравнению с 2024 годом»)
    implied = (year_from_comparison(doc.text[s.start:s.stop]) for s in doc.sentences)
    year = next((found for found in implied if found), None)
    if year is None:
        # else the latest year a part of a year is named with («в январе-сентябре 2022
        # года»): the results of a part of a year are told within that year
        year = max(map(int, _PART_OF_NAMED_YEAR.findall(doc.text)), default=None)
    return replace(anchor, year=year) if year else anchor


def sentence_figures(context: Context, read: FigureSentence) -> list[Figure]:
    """The figures of one sentence: one per amount that no change consumed and that has
    a unit, then the changes, on the figure they are about or alone."""
    used = {cue.amount for cue in read.changes if cue.amount}
    placed = []
    # of the money amount before, for «..., из них 360 миллионов – экспорт», or of the
    # sentence just before for one that tells its parts («Из них около 210 млн — …») or
    # another trade sum of the same page («При этом экспорт в Иран составил 650 млн»)
    currency = read.carried.currency if _tells_parts(read) or any(
        cue.label in TRADE_METRICS for cue in read.metrics) else None
    measure = None  # of the measured amount before, for «..., из них 320 тысяч — на экспорт»
    for amount in read.amounts:
        if not _worded_line(read.sentence.text, amount.start - read.sentence.start):
            continue  # «• $ 93.14 -0.64»: a ticker of the page, not news
        if _fined(read, amount) or _no_trade_measure(read, amount):
            continue
        counted = _count_unit(read, amount) if amount.unit is None else None
        told_in = currency_before(read.sentence.text[:amount.start - read.sentence.start]) \
            if amount.unit is None and amount.multiplied and counted is None else None
        if told_in is not None and amount not in used:
            amount = replace(amount, unit=told_in)  # «в тенге 200 миллиардов»
        elif amount.unit is None and amount.multiplied and currency and amount not in used \
                and counted is None:
            amount = replace(amount, unit=currency)
        if amount.unit not in (None, PERCENT):
            currency = amount.unit
        if counted in MEASURE_UNITS:
            measure = counted
        elif counted is None and amount.unit is None and amount.multiplied and measure:
            counted = measure
        unit = None if amount in used else amount.unit or counted
        if unit is not None and amount.unit is None and unit not in MEASURE_UNITS \
                and _cut_after(context.doc.text, read, amount):
            unit = None
        if unit is not None and unit != PERCENT and _difference(read, amount):
            unit = None
        if unit == PERCENT and amount not in used and _bare_percent(read, amount):
            unit = None
        if unit is not None:
            clause = read_clause(context, read, amount.start)
            low = _range_start(read, amount) if unit not in (None, PERCENT) else None
            if low is not None:
                placed.append((low.start, amount_figure(context, clause, low, unit)))
            placed.append((amount.start, amount_figure(context, clause, amount, unit)))
    return _with_changes(context, read, placed)


PER_HEAD = re.compile(r"\bна\s+(?:душу\s+населения|одного\s+(?:жителя|человека))", re.I)
PEOPLE_AFTER = re.compile(r"\s*(?:россиян|жителей|граждан|опрошенных|респондентов|"
                          r"населения|горожан|потребителей)\b", re.I)
FULFILLED_BEFORE = re.compile(r"\b(?:выполнен[аоы]?|исполнен[аоы]?)\s+на\s+$", re.I)


def _no_trade_measure(read: FigureSentence, amount: Amount) -> bool:
    """An amount that measures no trade: a ratio per head («экспорт услуг на душу
    населения … 5,8 доллара»), a share of people («могут только 3-5% россиян»), or how far
    a plan was met («показатель выполнен на 245%»)."""
    text, offset = read.sentence.text, read.sentence.start
    if PER_HEAD.search(text):
        return True
    if amount.unit != PERCENT:
        return False
    return bool(PEOPLE_AFTER.match(text, amount.stop - offset)) or bool(
        FULFILLED_BEFORE.search(text[:amount.start - offset]))


def _fined(read: FigureSentence, amount: Amount) -> bool:
    """Whether the nearest metric word before the amount is a fine's («оштрафовали на
    сумму 35 тысяч рублей за нарушение правил ввоза»)."""
    fines = [cue.stop for cue in read.fines if cue.stop <= amount.start]
    others = [cue.stop for cue in read.metrics if cue.stop <= amount.start]
    return bool(fines) and max(fines) > max(others, default=-1)


def _bare_percent(read: FigureSentence, amount: Amount) -> bool:
    """The one percent of a sentence with no metric word, none carried over from the
    sentences before, no growth, no verb of reaching, and no «от» after it that names its whole («65% области
    — это леса»; not «17,9% от общего объёма», nor a list of percents): no share of
    anything traded."""
    if read.metrics or read.carried.metric != "other" or read.changes or reaches(read.lemmas):
        return False  # «довести уровень локализации до 40%»: a level aimed at
    if sum(1 for other in read.amounts if other.unit == PERCENT) > 1:
        return False
    after = [token for token in read.sentence.tokens if token.start >= amount.stop]
    return not (after and fold(after[0].text) in SHARE_OF)


SHARE_OF = frozenset({"от", "из"})  # «17,9% от общего объёма»: a percent of a whole


# the lower bound of a range of sums right before its upper one: «20-22 млрд рублей»
_RANGE_NEXT = re.compile(r"\s*[-–—]\s*\d")
_RANGE_START = re.compile(r"(?<![\d.,])(?P<low>\d+(?:[.,]\d+)?)\s*[-–—]\s*$")


def _range_start(read: FigureSentence, amount: Amount) -> Amount | None:
    """The lower bound of a range of money told with the multiplier and currency of its
    upper bound only («от 20-22 млрд рублей»: 20 billion roubles), else None."""
    if not (amount.in_digits and amount.multiplied):
        return None
    sentence = read.sentence
    match = _RANGE_START.search(sentence.text[:amount.start - sentence.start])
    if match is None:
        return None
    value = lower_bound_value(amount, float(match["low"].replace(",", ".")))
    if value is None:
        return None
    start = sentence.start + match.start("low")
    return replace(amount, start=start, stop=start + len(match["low"]),
                   text=match["low"], value=value)


TRADE_METRICS = frozenset({"trade_turnover", "export", "import"})


def amount_figure(context: Context, clause: FigureClause, amount: Amount,
                  unit: str) -> Figure:
    """The figure of an amount from the record of its clause."""
    metric: FigureMetric
    if unit == PERCENT:
        metric = "share"
    elif amount.unit is None and unit in MEASURE_UNITS:
        # tonnes or cubic metres of trade: «экспорт мясной продукции составил 253 тонны»
        stated = _measured_metric(clause)
        if stated not in TRADE_METRICS and not SHIPMENTS.isdisjoint(clause.sentence.lemmas):
            stated = attributes.SUPPLY  # «90 тонн мяса направили в Саудовскую Аравию»
        if stated == attributes.SUPPLY:
            stated = attributes.supply_direction(clause)
        stated = attributes.sold_abroad(stated, clause.sentence)
        traded = stated in TRADE_METRICS and unit not in EXTENTS  # no area is traded
        metric = one_of(stated, FIGURE_METRICS) if traded else "other"
    elif amount.unit is None:
        metric = "count"
    else:
        metric = attributes.metric(clause, money=True)
    figure = _assemble(context, clause, metric, amount=amount, unit=unit)
    if metric == "count" and unit in DIVISIONS and _counts_russian(clause, amount):
        figure = replace(figure, parties=_as_russia(figure.parties))
    return figure


def _tells_parts(read: FigureSentence) -> bool:
    """Whether a sentence opens by telling the parts of the sum before («Из них…»)."""
    return tuple(read.lemmas[:3]) in PART_OF_OPENINGS or tuple(
        read.lemmas[:2]) in PART_OF_OPENINGS


def _measured_metric(clause: FigureClause) -> str:
    """The metric word a measured amount takes: never a share, which is told in percent,
    but the trade it governs («основную долю экспорта составили лесные грузы – 580 тыс.
    тонн»: export); with a share of no metric word of its own («основную его долю
    составляют…») or the parts of a sum («Из них…»), the metric carried over from the
    sentences before."""
    metrics = clause.sentence.metrics
    kept = [cue for cue in metrics if cue.label not in attributes.NOT_MONEY]
    part_of = _tells_parts(clause.sentence)
    fallback = clause.sentence.carried.metric if len(kept) < len(metrics) or part_of \
        else "other"
    if _both_ways(clause, [cue for cue in kept if cue.start < clause.at]):
        # cargo carried both ways («объем перевозимых грузов, как импортных, так и
        # экспортных, составил 22,7 млн тонн») is no trade
        return "other"
    if kept and kept[0].start > clause.at and _own_verb_before(clause, kept[0].start):
        # the metric word comes only after, in another clause, and the number's clause
        # has its own verb («производится 23 тыс. тонн, из них 6,4 тыс. тонн
        # экспортируется»): it says nothing of this number
        return fallback
    return attributes.metric_at(kept, clause.at, fallback)


BOTH_WAYS_GAP = re.compile(r"[\s,]*(?:так\s+и|и)?\s*")


def _both_ways(clause: FigureClause, cues: Sequence[Cue]) -> bool:
    """Whether the words before a number say it is of cargo («перевозимых грузов»)
    carried both ways, import and export named side by side («как импортных, так и
    экспортных»)."""
    if "other" not in {cue.label for cue in cues}:
        return False
    text = clause.sentence.sentence.text
    base = clause.sentence.sentence.start
    return any({first.label, second.label} == {"export", "import"}
               and BOTH_WAYS_GAP.fullmatch(text, first.stop - base, second.start - base)
               for first, second in pairwise(cues))


def _own_verb_before(clause: FigureClause, stop: int) -> bool:
    """Whether the number's clause ends before `stop` and has a verb of its own."""
    return bool(clause.tokens) and clause.tokens[-1].stop <= stop and any(
        token.pos in ("VERB", "AUX") and token.feat("VerbForm") != "Part"
        for token in clause.tokens)


# a sentence that goes on with the parts of the sum before it («Из них более 6 тыс. т
# мяса птицы, 191 т свинины»): the metric carried over
PART_OF_OPENINGS = frozenset({("из", "они"), ("в", "тот", "число"), ("из", "который")})


# words after a number among which a counted noun and what qualifies it are found
COUNTED_REACH = 4


def _counts_russian(clause: FigureClause, amount: Amount) -> bool:
    """Whether the regions a number counts are said to be Russian («73 российских
    региона», «11 регионов Российской Федерации»)."""
    after = [token for token in clause.sentence.sentence.tokens if token.start >= amount.stop]
    return any(fold(token.lemma or token.text) in RUSSIAN_WORDS
               for token in after[:COUNTED_REACH])


def _as_russia(parties: Sequence[str]) -> tuple[str, ...]:
    """The parties with Russia in place of its regions: a count of Russian regions is
    about the country, not one region named beside it."""
    return tuple(dict.fromkeys("RU" if key.startswith("RU-") else key for key in parties))


def change_figure(context: Context, clause: FigureClause, cue: ChangeCue) -> Figure:
    """The figure of a change that is about no amount ("Товарооборот вырос на 27%")."""
    return _assemble(context, clause, attributes.metric(clause), change=cue.change)


def _assemble(context: Context, clause: FigureClause, metric: FigureMetric, *,
              amount: Amount | None = None, unit: str | None = None,
              change: Change | None = None) -> Figure:
    sentence = clause.sentence.sentence
    return Figure(
        metric=metric, value=amount.value if amount else None, unit=unit,
        # a change alone is as exact as its qualifier says («вырос более чем на 20%»)
        approx=attributes.approx(clause),
        kind=attributes.kind(clause, metric), period=attributes.period(clause), change=change,
        parties=attributes.parties(clause, metric, context.sides,
                                   lambda key: ancestors(key, context.tools),
                                   investor=_investor(context, clause, metric, unit),
                                   firm=_investor(context, clause, metric, unit, firms=True),
                                   sites=context.sites, shipper=_shipper(context, clause, metric),
                                   markets=metric == "count" and unit in COUNTRY_UNITS),
        evidence=(Span(sentence.start, sentence.stop),),
    )


# a count of countries a region trades with: «Покупатели были из 36 стран»
COUNTRY_UNITS = frozenset({"страна", "государство"})
# what a project creates: a count of it is about the company that builds it
PROJECT_UNITS = frozenset({"рабочее место"})


def _investor(context: Context, clause: FigureClause, metric: str,
              unit: str | None, *, firms: bool = False) -> str | None:
    """The company an investment or the jobs of a project are about, named near it;
    with `firms`, only a mention that says it is a business («корпорации «Сигма»»)."""
    if metric != "investment" and not (metric == "count" and unit in PROJECT_UNITS):
        return None
    sentences = context.doc.sentences
    index = bisect_right([s.start for s in sentences], clause.sentence.sentence.start) - 1
    investors = context.investors
    if firms:
        investors = tuple(m for m in investors if is_firm(context.doc, m))
    return nearest_investor(investors, sentences, max(index, 0), clause.at)


def _shipper(context: Context, clause: FigureClause, metric: str) -> str | None:
    """The company whose own trade a trade figure tells: named before the number in its
    sentence, or in the sentence before when this one names no Russian side («АО «Порт»
    отгрузило ... Уголь отправлялся в Корею (18%)»)."""
    if metric not in SHIPPED_METRICS:
        return None
    starts = [s.start for s in context.doc.sentences]
    index = bisect_right(starts, clause.sentence.sentence.start) - 1
    return shipping_company(context.doc, context.investors, clause.sentence.parties,
                            max(index, 0), clause.at)


_AFTER_NA = re.compile(r"(?<!\w)на\s+$", re.IGNORECASE)
DIFFERENCE_REACH = 3  # words from the amount to the comparative


def _difference(read: FigureSentence, amount: Amount) -> bool:
    """Whether an amount after «на» is followed or shortly preceded by a comparative
    («на 20 тысяч тонн меньше, чем годом ранее», «отправила больше свинины на 183
    тонны»): a difference between two sums, not a sum."""
    sentence = read.sentence
    if not _AFTER_NA.search(sentence.text[:amount.start - sentence.start]):
        return False
    after = [t for t in sentence.tokens if t.start >= amount.stop][:DIFFERENCE_REACH]
    # the comparative may come first: «отправила больше свинины на 183 тонны»
    before = [t for t in sentence.tokens if t.stop <= amount.start][-DIFFERENCE_REACH - 1:-1]
    return any(fold(token.text) in DIFFERENCE_WORDS for token in after + before)


# words after a number, at most, that a text cut off in mid-sentence leaves it
CUT_REACH = 3


def _cut_after(text: str, read: FigureSentence, amount: Amount) -> bool:
    """Whether the text is cut off in mid-word a few words after a bare number («... более
    30 единиц дорож»): what it counts may not be all there (a unit of measure is)."""
    if not text.rstrip() or not text.rstrip()[-1].isalpha():
        return False
    if read.sentence.stop < len(text.rstrip()):
        return False
    after = [token for token in read.sentence.tokens if token.start >= amount.stop]
    return len(after) <= CUT_REACH


def _count_unit(read: FigureSentence, amount: Amount) -> str | None:
    """What a bare number counts, from the words right after it; None for no count."""
    sentence = read.sentence
    worded = not (amount.in_digits or amount.multiplied)
    if amount.value < (2 if worded else 1):
        return None
    if _in_title(sentence.text, amount.start - sentence.start):
        return None
    if _RANGE_NEXT.match(sentence.text, amount.stop - sentence.start):
        return None  # «5,5–7 млрд рублей»: the start of a range, counted with its end
    if _counter_line(sentence.text, amount.start - sentence.start):
        return None  # «1 цитата», «614 подписчиков»: a page's counter on a line of its own
    after = [token for token in sentence.tokens if token.start >= amount.stop]
    if after and "\n" in sentence.text[amount.stop - sentence.start:after[0].start - sentence.start]:
        return None
    before = [token for token in sentence.tokens if token.stop <= amount.start]
    if after and (fold(after[0].text.rstrip(".")) in MONTH_WORDS or not _agrees(amount, after)):
        return None  # «ТАШКЕНТ, 27 мар — Sputnik», «между 33 регионом и Египтом»
    if before and fold(before[-1].text) in LIST_WORDS:
        return None  # «Топ 5 читаемых»
    if _in_locative(after):
        return None  # «наладят контакты в 4 направлениях»: where, not how many
    if len(before) > 1 and fold(before[-1].text) == "из" and before[-2].pos == "NUM":
        return None  # «девять из десяти предприятий»: a proportion, not a count
    unit = counted_unit(after)
    if worded and unit not in WORDED_COUNTS:
        return None  # «две стороны», «три направления»
    return None if unit and is_census(unit, read.lemmas) else unit


# A day and a month (full or cut short) is a date, not a count; «топ 5» heads a list.
MONTH_WORDS = frozenset({
    "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май",
    "мая", "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября",
    "октябрь", "октября", "ноябрь", "ноября", "декабрь", "декабря", "янв", "фев", "мар",
    "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
})
LIST_WORDS = frozenset({"топ", "top"})


def _agrees(amount: Amount, after: Sequence[Token]) -> bool:
    """Whether the noun after a number agrees with it as a counted noun: plural, or a
    singular genitive after 2-4, or a singular after a number ending in 1. A singular in
    another case is an ordinal or a code («33 регионом», «23 городом-побратимом»)."""
    noun = next((t for t in after[:3] if t.pos in ("NOUN", "PROPN")), None)
    if noun is None or noun.feat("Number") != "Sing" or not amount.in_digits:
        return True
    if not float(amount.value).is_integer() or amount.multiplied:
        return True
    last = int(amount.value) % 10 if int(amount.value) % 100 not in range(11, 20) else 0
    return last == 1 or (last in (2, 3, 4) and noun.feat("Case") == "Gen")


def _in_locative(after: Sequence[Token]) -> bool:
    """Whether the noun a number counts is in the locative case («в 9 округах», «на 5
    площадках»): the number tells where something happens, not a count of it."""
    noun = next((t for t in after[:3] if t.pos in ("NOUN", "PROPN")), None)
    return noun is not None and noun.feat("Case") == "Loc"


WORD = re.compile(r"[А-Яа-яЁё]{3,}")


def _line_at(text: str, at: int) -> str:
    """The line of `text` around offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return text[start:stop if stop >= 0 else len(text)]


def _worded_line(text: str, at: int) -> bool:
    """Whether the line around offset `at` has a Russian word of three letters or more."""
    return WORD.search(_line_at(text, at)) is not None


# a line that is a number and one word, maybe cut short: a page's counter («1 связь»,
# «6540 просмотров», «0 комм.»), never a figure the news reports
_COUNTER_LINE = re.compile(r"[\d\s]+\s\w+\.?")


def _counter_line(text: str, at: int) -> bool:
    """Whether the number at `at` stands on a line of its own with one word after it."""
    return _COUNTER_LINE.fullmatch(_line_at(text, at).strip()) is not None


def _in_title(text: str, at: int) -> bool:
    """Inside a short quoted name («Стратегия 2030», «100 лучших товаров»)."""
    opened = text.rfind("«", 0, at)
    if opened < 0 or text.rfind("»", 0, at) > opened:
        return False
    closed = text.find("»", at)
    return 0 <= closed - opened < 80


def _with_changes(context: Context, read: FigureSentence,
                  placed: list[tuple[int, Figure]]) -> list[Figure]:
    """Attach each change to the money figure it is about, or make it a figure alone;
    `placed` are the figures of the sentence with the offsets of their numbers."""
    figures = [figure for _, figure in placed]
    for cue in read.changes:
        target = _change_target(read, placed, cue)
        if target is not None and figures[target].change is None:
            figures[target] = replace(figures[target], change=cue.change)
        else:
            figures.append(change_figure(context, read_clause(context, read, cue.start), cue))
    return figures


def _change_target(read: FigureSentence, placed: list[tuple[int, Figure]],
                   cue: ChangeCue) -> int | None:
    """The money figure a change is about: one the same metric word governs, with no
    other period named between them ("составил 310 млн, а за полугодие вырос на 14%");
    the period of the sum's own clause is its own («6 млрд составил в прошлом году
    оборот, по сравнению с 2011-м он вырос на 22%»)."""
    found = _change_target_of(read, placed, cue, "other")
    if found is None and not read.metrics and read.carried.metric:
        # a sentence with no metric word of its own goes on with the one before («Так, в
        # первом полугодии показатель удвоился и составил 104,67 миллиона долларов»)
        found = _change_target_of(read, placed, cue, read.carried.metric)
    return found


def _change_target_of(read: FigureSentence, placed: list[tuple[int, Figure]],
                      cue: ChangeCue, fallback: str) -> int | None:
    """The target of `_change_target` with `fallback` for the metric when the sentence
    names none."""
    metric = attributes.metric_at(read.metrics, cue.start, fallback)
    if metric in attributes.NOT_MONEY and any(
            figure.unit and figure.unit.isupper() for _, figure in placed):
        # «3,4 миллиарда приходится на долю экспорта, который увеличился на 51%»: beside a
        # sum of money the share word names that sum's part, and the growth is the sum's
        metric = attributes.metric_at([cue for cue in read.metrics
                                       if cue.label not in attributes.NOT_MONEY],
                                      cue.start, "other")
    metric = attributes.sold_abroad(metric, read)
    bases = {base.amount_at for base in read.bases}  # a base's value grew from nothing
    candidates = [
        i for i, (start, figure) in enumerate(placed)
        if figure.metric not in ("count", "share") and (
            figure.metric == metric or (metric == attributes.SUPPLY
                                        and figure.metric in attributes.DIRECTED))
        and start not in bases
        and not any(min(start, cue.start) < t.start < max(start, cue.start)
                    and not _in_clause_of(read, start, t.start) for t in read.periods)
    ]
    # a sum in the change's own clause first: in a list each item's growth is about its
    # own sums («в Таджикистан — на 20% (с 40 до 48 тыс. тонн), в Туркмению — …»)
    own = [i for i in candidates if _in_clause_of(read, cue.start, placed[i][0])]
    if own:
        return own[-1]
    # else the nearest sum: «в 2,7 раза, до 23 тыс. тонн, также экспорт лука в 5,1 раза,
    # до 7,7 тыс. тонн» pairs each growth with the sum right after it
    return min(candidates, key=lambda i: (abs(placed[i][0] - cue.start), -i)) \
        if candidates else None


def _in_clause_of(read: FigureSentence, at: int, offset: int) -> bool:
    """Whether `offset` is in the clause of the number at `at` (between commas)."""
    tokens = read.sentence.tokens
    first, last = clause_range(tokens, at, CLAUSE_MARKS)
    return first < last and tokens[first].start <= offset < tokens[last - 1].stop


def _unique(figures: list[Figure], doc: Document | None = None) -> list[Figure]:
    """One figure per metric, value, unit and change: the first one stated, with the
    period of a repeat when it states none (a headline «Товарооборот вырос на 15%» told
    again in the text «в 2023 году товарооборот вырос на 15%»). A sum told again without
    its growth is the same figure too («вырос до $146 млн» beside «вырос на 50%, до
    $146 млн»)."""
    kept: dict[tuple, Figure] = {}
    for figure in figures:
        key = (figure.metric, figure.value, figure.unit, figure.change)
        first = kept.get(key)
        if first is None:
            kept[key] = figure
            continue
        if first.period is None and figure.period is not None:
            first = kept[key] = replace(first, period=figure.period)
        if figure.metric == "investment" and doc is not None and _investor_named(
                figure, doc) and not _investor_named(first, doc):
            # a headline's «китайская компания» is the company the text names:
            # «Инвестиции в проект составят 5 млрд рублей» told again after «"Хуацзин"»
            kept[key] = replace(first, parties=figure.parties)
    for key in list(kept):
        figure = kept[key]
        fuller = (_told_fuller(figure, kept) or _growth_told_with_sum(figure, kept)
                  or _told_exactly(figure, kept) or _sum_told_exactly(figure, kept))
        grown = None if fuller is not None or not _in_headline(figure, doc) else _sum_of_growth(
            figure, kept)
        if grown is not None:  # «намерен вдвое увеличить товарооборот» and its target sum
            kept[grown] = replace(kept[grown], change=figure.change)
            fuller = grown
        if fuller is not None:
            del kept[key]
            if kept[fuller].period is None and figure.period is not None:
                kept[fuller] = replace(kept[fuller], period=figure.period)
    return list(kept.values())


def _investor_named(figure: Figure, doc: Document) -> bool:
    """Whether an organization among the figure's parties is named in its own sentence
    (not carried over from one that credits a news agency)."""
    spans = [(span.start, span.stop) for span in figure.evidence]
    return any(key.startswith("org:") and (entity := doc.entity(key)) is not None and any(
        start <= mention.start < stop for mention in entity.mentions for start, stop in spans)
        for key in figure.parties)


def _growth_told_with_sum(figure: Figure, kept: dict[tuple, Figure]) -> tuple | None:
    """The key of a figure that tells the growth alone of `figure` with its sum (a
    headline «Товарооборот вырос на 8%» and the text «вырос на 8% – до 2 млрд
    долларов»); None when `figure` has a sum or there is no such figure."""
    if figure.change is None or figure.value is not None:
        return None
    return next((key for key, other in kept.items() if other.value is not None
                 and (other.metric, other.change) == (figure.metric, figure.change)), None)


def _in_headline(figure: Figure, doc: Document | None) -> bool:
    """Whether a figure is read from the page's first line only (its headline)."""
    if doc is None or not figure.evidence:
        return False
    first_line = doc.text.lstrip().find("\n") + len(doc.text) - len(doc.text.lstrip())
    return first_line > 0 and all(span.stop <= first_line for span in figure.evidence)


def _sum_of_growth(figure: Figure, kept: dict[tuple, Figure]) -> tuple | None:
    """The key of the one sum that a headline's growth told alone is the growth of: of the same
    metric, kind and parties, with no growth of its own and no other period (a
    headline «Красноярский край намерен вдвое увеличить товарооборот с Беларусью» and
    the text «довести товарооборот до 1 млрд долларов к 2019 году»); None when
    `figure` has a sum or no such one sum is told."""
    if figure.change is None or figure.value is not None:
        return None
    sums = [key for key, other in kept.items()
            if other.value is not None and other.change is None
            and (other.metric, other.kind) == (figure.metric, figure.kind)
            and set(other.parties) == set(figure.parties) and figure.parties
            and (None in (other.period, figure.period) or other.period == figure.period)]
    return sums[0] if len(sums) == 1 else None


def _told_exactly(figure: Figure, kept: dict[tuple, Figure]) -> tuple | None:
    """The key of a figure that tells the growth alone of `figure` more exactly, of the
    same metric and period (a headline «Экспорт вырос на 61%» or «вырос в два раза»
    and the text «экспорт вырос на 61,8%», «вырос на 104,5%»); None when `figure` has
    a sum or there is no such figure."""
    if figure.change is None or figure.value is not None:
        return None
    return next((key for key, other in kept.items()
                 if other.metric == figure.metric and _rounds(figure, other)
                 and (None in (other.period, figure.period) or other.period == figure.period)),
                None)


# how far off a sum told round can be from the sum told exactly
ROUNDING = 0.01


def _sum_told_exactly(figure: Figure, kept: dict[tuple, Figure]) -> tuple | None:
    """The key of a figure that tells the sum of `figure` with more digits, of the same
    metric, unit and period and less than a hundredth off (a headline «297 млн долларов
    заработали на экспорте» and the text «на сумму 297,3 млн долларов»); None when there
    is none or `figure` states a growth the other does not."""
    if figure.value is None or figure.value == 0:
        return None
    digits = _digits(figure.value)
    return next((key for key, other in kept.items()
                 if other.value is not None and other.value != figure.value
                 and (other.metric, other.unit) == (figure.metric, figure.unit)
                 and figure.change in (None, other.change)
                 and (None in (other.period, figure.period) or other.period == figure.period)
                 and abs(other.value - figure.value) <= ROUNDING * abs(other.value)
                 and _digits(other.value) > digits and _same_sides(figure, other)), None)


def _same_sides(first: Figure, second: Figure) -> bool:
    """Whether two figures may be one told twice: the parties of one among the other's
    («На долю Казахстана пришлось 33%. КНР — 32,8%» are two shares, not one rounded)."""
    one, other = set(first.parties), set(second.parties)
    return one <= other or other <= one


def _digits(number: float) -> int:
    """How many significant digits a number has: 297000000.0 -> 3, 297300000.0 -> 4."""
    return len(Decimal(repr(float(number))).normalize().as_tuple().digits)


def _rounds(rounded: Figure, exact: Figure) -> bool:
    """Whether the growth of `rounded` is the growth of `exact` told round: a percent
    with fewer decimals and less than a point off, a percent told as near («почти на
    50%» for 48,5%) within a tenth of it or as a floor («более чем на треть» for 38%)
    below a quarter more, or a factor within a twentieth of the exact growth (above it
    and below a quarter more, after «более чем»)."""
    told, real = rounded.change, exact.change
    if told is None or real is None or real.percent is None or told == real:
        return False
    if told.percent is not None and rounded.approx == "more_than":
        return told.percent < real.percent < told.percent * OVER_REACH  # «более чем на треть»
    if told.percent is not None and rounded.approx != "exact":
        return abs(told.percent - real.percent) <= told.percent * NEAR  # «почти на 50%»
    if told.percent is not None:
        return (_decimals(told.percent) < _decimals(real.percent)
                and abs(told.percent - real.percent) < 1)
    if told.factor is None:
        return False
    factor = 1 + real.percent / 100
    if rounded.approx == "more_than":
        return told.factor < factor < told.factor * 1.25
    return abs(told.factor - factor) <= told.factor / 20


NEAR = 0.1  # how far off a growth told as near («почти», «около») may be, relatively
OVER_REACH = 1.25  # how far above a growth told as a floor («более чем») the real one may be


def _decimals(number: float) -> int:
    """How many decimals a number is written with: 61.0 -> 0, 61.8 -> 1."""
    text = repr(float(number)).rstrip("0").rstrip(".")
    return len(text.partition(".")[2])


def _told_fuller(figure: Figure, kept: dict[tuple, Figure]) -> tuple | None:
    """The key of a figure that tells the sum of `figure` with its growth; None when
    there is none or `figure` states a growth itself."""
    if figure.change is not None or figure.value is None:
        return None
    return next((key for key, other in kept.items() if other.change is not None
                 and (other.metric, other.value, other.unit) ==
                 (figure.metric, figure.value, figure.unit)), None)
