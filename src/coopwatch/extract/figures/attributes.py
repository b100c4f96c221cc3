"""The attributes of a figure, each read off the `FigureClause` of its number.

Metric, exactness, kind, period and parties: the cues were found when the clause was
read (`clause.py`); these functions only choose among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import TimeExpr, find_times
from coopwatch.extract.figures.clause import Cue, FigureClause, FigureSentence
from coopwatch.extract.figures.cues import INVESTED, intended_kind
from coopwatch.extract.figures.parties import (
    TRADE,
    PartyMention,
    Sides,
    clause_span,
    figure_parties,
    is_russian,
    keys_within,
)
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Token
from coopwatch.records.values import FIGURE_METRICS, FigureApprox, FigureKind, FigureMetric, one_of
from coopwatch.text.regions import is_country_key
from coopwatch.text.token_tree import TokenTree

PROJECT_METRICS = frozenset({"investment", "count"})  # a company's project
SUPPLY = "supply"  # a metric word of supplies, export or import by direction
SHARE = "share"  # a metric word of a share, which governs the metric word after it
GOVERNS = 12  # characters between a metric word and the supplies it governs


def metric_at(metrics: Sequence[Cue], at: int, fallback: str) -> str:
    """The nearest metric word before the offset `at`, else the first after it, else
    `fallback`; supplies that another metric word governs are that one's («контракт на
    поставку», «объём экспортных поставок»), and so is what a share governs («доля
    экспорта снизилась на 20%»)."""
    before = [cue for cue in metrics if cue.start < at]
    if before:
        last = before[-1]
        governed = len(before) > 1 and 0 <= last.start - before[-2].stop <= GOVERNS
        if governed and (last.label == SUPPLY or before[-2].label in (SHARE, OTHER)):
            return before[-2].label  # «доля экспорта», «квоты на импорт»
        return last.label
    return metrics[0].label if metrics else fallback


TO_PREPOSITIONS = frozenset({"в", "во", "на"})
FROM_PREPOSITIONS = frozenset({"из", "изо"})
DIRECTION_REACH = 3  # words from the preposition to the place
COUNTRY_NOUNS = frozenset({"страна", "государство"})  # the partner named again
# a region named by its noun alone is the page's own: supplies «из региона» are its export
HOME_NOUNS = frozenset({"регион", "область", "край", "республика"})
ABROAD_PREPOSITION, ABROAD = "за", frozenset({"рубеж", "границу"})
DIRECTED = frozenset({"export", "import"})  # the metrics that name a direction


# a sum of money is never a share: «на долю области приходится 89 млн долларов» is the
# region's part of the trade the sentence speaks of
NOT_MONEY = frozenset({"share"})
OTHER = "other"  # cargo, a quota, an economy's size: no trade


def metric(clause: FigureClause, *, money: bool = False) -> FigureMetric:
    """The metric the words of the sentence give the number, else the one carried over;
    supplies are an export when they go to a foreign place and an import when they come
    from one («поставки в Азербайджан составили 140 тонн»). A sum of `money` takes no
    metric word of a share."""
    cues = [cue for cue in clause.sentence.metrics
            if not (money and cue.label in NOT_MONEY)]
    found = metric_at(cues, clause.at, clause.sentence.carried.metric)
    tokens = clause.tokens
    own = [cue for cue in cues
           if tokens and tokens[0].start <= cue.start < tokens[-1].stop]
    if own and not any(cue.start < clause.at for cue in own):
        # the number's own clause names its metric after it («из них 360 миллионов – это
        # объём экспорта»): that one, not a metric word of the clause before
        found = metric_at(own, clause.at, found)
    elif own and _the_whole_before(clause, own):
        # «Из общего объема товарооборота более 900 млн долларов составил экспорт»: the
        # metric after «из» is the whole the number is a part of
        found = next(cue.label for cue in own if cue.start > clause.at)
    if found == SUPPLY:
        found = supply_direction(clause)
    return one_of(sold_abroad(found, clause.sentence), FIGURE_METRICS)


# words of buying: after them «в X» is where one buys
BUYING = frozenset(fold(row[0]) for row in data_rows("figures/buying.txt"))
SELLING = frozenset(fold(row[0]) for row in data_rows("figures/selling.txt"))
SELLERS = frozenset({"у", "из", "изо"})  # «закупил у области», «ввоз из России»
AGENTS = frozenset(fold(row[0]) for row in data_rows("figures/agent_nouns.txt"))


def sold_abroad(metric: str, sentence: FigureSentence) -> str:
    """An import whose buyer is foreign and whose goods are Russian is a Russian export
    («Турция закупила в России 3 млн тонн», «Египет нарастил закупки российской
    пшеницы»): the foreign place is named as the subject (nominative, no preposition), no
    Russian place is, and the goods come from a Russian place (after «у», «из», «в»
    after a verb of buying, or its adjective)."""
    if metric != "import":
        return metric
    tokens = sentence.sentence.tokens
    by_start = {token.start: (index, token) for index, token in enumerate(tokens)}
    buying = not BUYING.isdisjoint(sentence.lemmas)
    subjects, sources = set(), set()
    for party in sentence.parties:
        if ":" in party.key or party.start not in by_start:
            continue
        index, token = by_start[party.start]
        before = tokens[index - 1].text.lower() if index else ""
        russian = is_russian(party.key)
        if _adjective(party, token):
            if russian and before not in TO_PREPOSITIONS:
                sources.add(True)  # «российского зерна»
        elif before in SELLERS or (buying and before in TO_PREPOSITIONS):
            sources.add(russian)
        elif token.feat("Case") == "Nom":
            subjects.add(russian)
    if subjects == {False} and not sources and buying and _russian_before(sentence):
        # «Монголия закупила 3,37 тыс. тонн свинины» on a page on a Russian region's (or
        # Russia's) exports: bought from it
        return "export"
    return "export" if subjects == {False} and sources == {True} else metric


def _russian_before(sentence: FigureSentence) -> bool:
    """Whether the page is on a Russian region or Russia, or the sentences just before
    named one."""
    carried = sentence.carried
    return sentence.home_russian or bool(carried.russian) or any(
        key == "RU" for key in carried.keys)


THERE = "туда"  # sent where the sentence before named


WHOLE_REACH = 3  # words between «из» and the metric word of the whole («из общего объема»)


def _the_whole_before(clause: FigureClause, own: Sequence[Cue]) -> bool:
    """Whether the metric word before the number follows «из» closely and another one
    comes after the number in its clause."""
    before = [cue for cue in own if cue.start < clause.at]
    if not before or not any(cue.start > clause.at for cue in own):
        return False
    tokens = clause.tokens
    at = next((i for i, token in enumerate(tokens) if token.start >= before[-1].start), None)
    return at is not None and any(
        fold(token.text) in FROM_PREPOSITIONS for token in tokens[max(0, at - WHOLE_REACH):at])


def supply_direction(clause: FigureClause) -> str:
    """"export" for supplies to a foreign place, "import" from one; with no place, the
    one direction the sentence names in another clause («импорт фруктов вырос на 30%, а
    поставки керамики — на 10%»); else "export" for supplies from the page's own region
    named by its noun alone («из региона поставлено 400 тыс. тонн»); else the direction
    the origin of the goods gives («поставки астраханских овощей»: export); else, for
    supplies into a Russian region, "export" when no foreign place is named and "import"
    when one is; in a sentence that names no place, the direction carried from the
    sentences before; "other" for the rest. Goods sold to a place are an export."""
    tokens = clause.sentence.sentence.tokens
    foreign = [party for party in clause.sentence.parties
               if ":" not in party.key and not party.key.startswith("RU")]
    reached: list[Token] = []  # the words of the places the prepositions name
    home = False  # «из региона», «из области»: sent from the region the page is about
    for index, token in enumerate(tokens):
        word = token.text.lower()
        reach = _up_to_preposition(tokens[index + 1:index + 1 + DIRECTION_REACH])
        if word == ABROAD_PREPOSITION and reach and reach[0].text.lower() in ABROAD:
            return "export"  # «за рубеж», «за границу» (not «за рубежом»: where one buys)
        if word not in TO_PREPOSITIONS | FROM_PREPOSITIONS or not reach:
            continue
        if word in FROM_PREPOSITIONS and _agents_home(tokens, index):
            continue  # «Предприятия из Китая закупают…»: where the buyers are from
        reached += reach
        if word in TO_PREPOSITIONS and not SELLING.isdisjoint(clause.sentence.lemmas) and any(
                reach[0].start <= party.start < reach[-1].stop
                for party in clause.sentence.parties):
            return "export"  # «Узбекистан продал в Россию 300 тонн лука»
        if any(reach[0].start <= party.start < reach[-1].stop for party in foreign) or (
                _head_lemma(reach) in COUNTRY_NOUNS):  # «в страну», «в другие страны»
            return "export" if word in TO_PREPOSITIONS else "import"
        if word in TO_PREPOSITIONS and any(reach[0].start <= party.start < reach[-1].stop
                                           and party.key == "RU"
                                           for party in clause.sentence.parties):
            return "import"  # «в Россию было доставлено 11 248 тонн арбузов»
        if word in FROM_PREPOSITIONS and (reach[0].lemma or "").lower() in HOME_NOUNS:
            home = True
    if home:  # before a direction another clause states: «закупают в крае масла, из
        return "export"  # региона отправлено 13,6 тыс. т» is the region's export
    stated = {cue.label for cue in clause.sentence.metrics} & DIRECTED
    if len(stated) == 1:
        return stated.pop()
    if THERE in {token.text.lower() for token in tokens} and any(
            not key.startswith("RU") and ":" not in key for key in clause.sentence.carried.keys):
        return "export"  # «Лидером по закупкам остаётся Китай. Туда пошло 514 тыс. тонн»
    origin = _origin_of_goods(clause, reached)
    if origin is not None:
        return origin
    if _to_russian_place(clause):
        # into a Russian region: its supplier's export, or, from a supplier abroad the
        # sentence names («140 тонн риса отправили китайцы в Хабаровский край»), an import
        return "import" if foreign else "export"
    buyers = _buyers(clause)
    if buyers and not any(key.startswith("RU") for key in buyers):
        # «Беларусь приобрела 15 518 тонн, Казахстан – 6 277 тонн»: a buyer abroad
        # takes the page's goods
        return "export"
    carried = clause.sentence.carried.metric
    if not clause.sentence.parties and carried in DIRECTED:
        # «Экспорт алтайской сои в Казахстан вырос… Поставки чечевицы почти удвоились: с
        # 6,3 до 12 тыс. тонн»: a sentence that names no place goes on with the trade
        # of the sentences before
        return carried
    return "other"


def _buyers(clause: FigureClause) -> list[str]:
    """The places a sentence of buying names in the nominative: who buys."""
    sentence = clause.sentence
    if BUYING.isdisjoint(sentence.lemmas):
        return []
    by_start = {token.start: token for token in sentence.sentence.tokens}
    return [party.key for party in sentence.parties if ":" not in party.key
            and (token := by_start.get(party.start)) is not None
            and token.feat("Case") == "Nom"]


def _origin_of_goods(clause: FigureClause, reached: Sequence[Token]) -> str | None:
    """The direction the place adjectives of the goods give, outside any place a
    preposition names: «поставки астраханских овощей» are an export, «поставки белорусской
    техники в Смоленскую область» an import; None when they name no side or both."""
    tokens = {token.start: token for token in clause.sentence.sentence.tokens}
    taken = {token.start for token in reached}
    origins = {is_russian(party.key) for party in clause.sentence.parties
               if party.start in tokens and _adjective(party, tokens[party.start])
               and party.start not in taken and ":" not in party.key}
    if len(origins) != 1:
        return None
    return "export" if origins.pop() else "import"


def _adjective(party: PartyMention, token: Token) -> bool:
    """Whether a party is named by a place adjective alone («белорусской»), not by a name
    that starts with one («Саудовская Аравия»); `token` is its first word."""
    return token.pos == "ADJ" and party.stop == token.stop


def _to_russian_place(clause: FigureClause) -> bool:
    """Supplies sent into a Russian region, with no foreign place in the sentence («в
    Республику Алтай поставляет продукцию на 450 млн рублей»): the supplier's export."""
    tokens = clause.sentence.sentence.tokens
    russian = [party for party in clause.sentence.parties if is_russian(party.key)]
    for index, token in enumerate(tokens):
        reach = _up_to_preposition(tokens[index + 1:index + 1 + DIRECTION_REACH])
        if token.text.lower() in TO_PREPOSITIONS and reach and any(
                reach[0].start <= party.start < reach[-1].stop for party in russian):
            return True
    return False


def _head_lemma(words: Sequence[Token]) -> str:
    """The lemma of the first noun of a phrase, past its adjectives («в другие страны»:
    «страна»), else of its first word."""
    head = next((token for token in words if token.pos == "NOUN"), words[0])
    return (head.lemma or "").lower()


def _agents_home(tokens: Sequence[Token], preposition: int) -> bool:
    """Whether «из X» at `preposition` hangs on a noun of traders (`AGENTS`)."""
    tree = TokenTree(tokens)
    place = tree.head_at(preposition)
    if place is None or tokens[place].rel != "nmod":
        return False
    owner = tree.head_at(place)
    return owner is not None and fold(tokens[owner].lemma or "") in AGENTS


def _up_to_preposition(tokens: Sequence[Token]) -> Sequence[Token]:
    """The words of a prepositional phrase, up to the next preposition («из региона в
    Казахстан»: «из» reaches «региона», not «Казахстан»)."""
    cut = next((i for i, token in enumerate(tokens) if token.pos == "ADP"), len(tokens))
    return tokens[:cut]


def approx(clause: FigureClause) -> FigureApprox:
    """How exact the number is, from the qualifier before it; "до" after a verb of
    reaching ("довести товарооборот до 150 млн") states the value itself."""
    qualifier = clause.qualifier
    if qualifier is None:
        return "exact"
    if qualifier.approx == "less_than" and qualifier.bare_to and clause.reaching:
        return "exact"
    return qualifier.approx


def kind(clause: FigureClause, metric: str = "other") -> FigureKind:
    """The kind the clause states, else the one the sentence states, else a result; an
    intent is the expectation of an investment and the goal of the rest."""
    found = intended_kind(clause.kind or clause.sentence.kind or "actual", metric)
    if found == "actual" and metric == "investment" and INVESTED.isdisjoint(
            clause.sentence.lemmas):
        # a project's cost or an agreement's sum with no verb of investing: expected
        return "forecast"
    return found


def period(clause: FigureClause) -> str | None:
    """The period named in the clause of the number, else the nearest one before it in
    the sentence, never the base of a comparison («по сравнению с 2021 годом») ("По итогам 2024 года, товарооборот ..."); a period in a later clause
    belongs to what that clause says, except a deadline ("преодолеем эту планку до конца
    года")."""
    periods, tokens, at = clause.sentence.periods, clause.tokens, clause.at
    # the start of a range dates its own amount: «со 135 млн в 2014 году до 185 млн»
    dated = [base.time.period for base in clause.sentence.bases if base.amount_at == at]
    if dated:
        return dated[0]
    # a period after another amount dates that one («400 млн в 2001 году (470 млн в 2000 г.)»)
    own = [t for t in periods if not _after_another_amount(clause, t)]
    inside = [t for t in own if tokens and tokens[0].start <= t.start < tokens[-1].stop]
    candidates = inside or [t for t in own if t.start < at or t.kind == "deadline"]
    if not candidates and any(base.since and base.time.start < at
                              for base in clause.sentence.bases):
        # a sum since a year («С 2018 года экспорт превысил 2 тыс. тонн») runs to now:
        # the period of the sentences before does not date it
        return None
    if not candidates:
        # a result told soon after the sentence that dated it («В 2012 году товарооборот
        # вырос на 22%. Около 6 млрд долларов.»): that sentence's period, or the part of
        # its year this one names («за девять месяцев текущего года»)
        carried = clause.sentence.carried.period
        if kind(clause) != "actual" or periods or carried is None or _of_now(clause):
            return None
        year = int(carried[:4])
        return next((part for time in clause.sentence.undated
                     if (part := dated_in(time, year))), carried)
    return min(candidates, key=lambda t: abs(t.start - at)).period


def _after_another_amount(clause: FigureClause, time: TimeExpr) -> bool:
    """Whether `time` comes after the number of the clause with another amount between
    them: it dates that amount."""
    return any(clause.at < amount.start < time.start for amount in clause.sentence.amounts)


def _invested_by_a_country(keys: Sequence[str]) -> bool:
    """A Russian place and a foreign country, and no organization: «китайские инвесторы
    вложат в Липецкую область»."""
    return (any(map(is_russian, keys)) and not any(":" in key for key in keys)
            and any(not is_russian(key) and "-" not in key for key in keys))


def dated_in(time: TimeExpr, year: int) -> str | None:
    """The period a time expression names when its year is `year`."""
    again = [t for t in find_times(time.text, Anchor(year=year)) if t.period]
    return again[0].period if len(again) == 1 else None


def destinations(read: FigureSentence) -> set[str]:
    """The places a sentence names only as where goods go («партии, направленные в
    Калининград»): no Russian side of its own."""
    tokens = read.sentence.tokens
    by_start = {token.start: index for index, token in enumerate(tokens)}
    named: dict[str, set[bool]] = {}
    for party in read.parties:
        index = by_start.get(party.start)
        if index is None:
            continue
        to = index > 0 and tokens[index - 1].text.lower() in TO_PREPOSITIONS and (
            tokens[index].feat("Case") == "Acc")
        named.setdefault(party.key, set()).add(bool(to))
    return {key for key, ways in named.items() if ways == {True}}


MARKETS = 3  # countries of a list that make it a list of markets


def parties(clause: FigureClause, metric: str, sides: Sides,
            parents: Callable[[str], list[str]], *, investor: str | None = None,
            firm: str | None = None,
            sites: frozenset[str] = frozenset(),
            shipper: str | None = None, markets: bool = False) -> tuple[str, ...]:
    """The parties of a figure of `metric`: from the keys of its clauses, else the keys
    of the sentence, else those of the sentences before it; a project's figure names
    no site as its company, and takes the `investor` when it names no investor of its
    own (an organization or a foreign place); an investment in a Russian place by a
    foreign country named alone takes the `firm` near it (a business by its words)
    instead of the country; a count of `markets` (countries) named with no place of its
    own is the home side's alone."""
    sentence = clause.sentence
    keys = list(clause.keys) or _unowned(clause) or list(sentence.carried.keys)
    if not (clause.keys or sentence.keys) and sum(map(is_country_key, keys)) >= MARKETS:
        # the countries a list before named are markets: a sum told after it with no
        # place of its own is the home side's total («Поставки отправлялись в Беларусь,
        # Казахстан, Киргизию… Объем экспорта увеличился на 20%»)
        keys = [key for key in keys if is_russian(key)]
    if metric in TRADE and not (clause.keys or sentence.keys):
        keys = _as_partner(keys, sides, parents)
    elif metric in DIRECTED and sides.partner and _partner_goes_on(clause, keys, sides):
        keys = [*keys, sides.partner]
    if metric in PROJECT_METRICS:
        keys = [key for key in keys if key not in sites]
        if not (clause.keys or sentence.keys) and sides.main and sides.main.startswith("RU-"):
            # a project told after the sentence that named «российская сторона»: it stands
            # in the document's region, not in Russia at large
            keys = [sides.main if key == "RU" else key for key in keys]
            if sides.partner and not sides.partner.startswith("RU") and all(
                    key.startswith("RU") for key in keys) and not investor:
                # nor is it a Russian project alone on a page about a partner abroad
                keys.append(sides.partner)
        # an organization or a foreign place named is the investor already
        if investor and all(key.startswith("RU") for key in keys):
            keys.append(investor)
        elif firm and metric == "investment" and _invested_by_a_country(keys):
            # «немецким инвесторам, планирующим вложить в Калужскую область»: the business
            # named near it is the investor, not its country
            keys = [key for key in keys if is_russian(key) or "-" in key] + [firm]
    if clause.clues.total and metric in TRADE and not clause.keys:
        # a total with the whole world: the places of other clauses or sentences are the
        # home region's, not partners («всего на экспорт отправлено 6 тысяч тонн»)
        keys = [key for key in keys if is_russian(key)]
    russian = list(dict.fromkeys(key for key in sentence.keys if is_russian(key)
                                 and not _an_item_with_a_sum(sentence, key)))
    if metric in TRADE and clause.keys and len(russian) == 1 and not any(
            map(is_russian, keys)):
        # «регион отгрузил 214 тыс. тонн, из них 30 тыс. тонн — в Казахстан»: the Russian
        # side of the sentence, before the document's own region
        keys = russian + keys
    elif metric in TRADE and clause.keys and not russian and not any(map(is_russian, keys)):
        # a line of a list of partners («Китай – 17 тыс. тонн, Корея – 15 тыс. тонн») after
        # the sentence that named the Russian sides: those, before the document's region;
        # «партнёр нашего региона» with no speaker named is the document's own region,
        # not a venue the sentence before named («форум проходит в Уфе»)
        ours = [sides.main] if clause.clues.ours and not clause.clues.speaker and (
            sides.main and is_russian(sides.main)) else []
        keys = (ours or list(sentence.carried.russian)) + keys
    if metric == "export" and keys and sides.main and sides.main.startswith("RU-") and (
            sides.main not in keys) and all(
            map(is_russian, keys)) and set(keys) <= destinations(sentence):
        # «партии, которые были направлены в Калининград, — это 91 тыс. т»: a Russian
        # place goods go to is the receiver of the document's region
        keys = [sides.main, *keys]
    if markets and not clause.keys:
        # «Покупатели были из 36 стран»: the countries counted are none of those named
        # before, nor the page's partner; the count is the home side's
        return tuple(key for key in keys if is_russian(key)) or (
            (sides.main,) if sides.main else ())
    return figure_parties(keys, metric, sides, clause.clues, parents, shipper)


ITEM_SUM = re.compile(r"\s*[—–-]\s*\d")


def _an_item_with_a_sum(sentence: FigureSentence, key: str) -> bool:
    """A place listed with a sum of its own («Основными покупателями стали Россия – 407
    млн долларов, Пакистан – 140,3 млн…»): one partner of the list, not the side of the
    others' sums."""
    text = sentence.sentence.text
    start = sentence.sentence.start
    return any(m.key == key and ITEM_SUM.match(text, m.stop - start) for m in sentence.parties)


def _unowned(clause: FigureClause) -> list[str]:
    """The keys of a number's sentence less those the clauses of its later numbers name:
    «товарооборот составил 900 млн долларов, из которых 300 млн — с Гомельской
    областью» gives the region to the part only, not to the whole."""
    read = clause.sentence
    later = [n for n in read.numbers if n > clause.at]
    owned: set[str] = set()
    for number in later:
        first, last = clause_span(read.sentence, number, read.numbers)
        if first > clause.at:
            owned.update(keys_within(read.parties, first, last))
    return [key for key in read.keys if key not in owned]


def _partner_goes_on(clause: FigureClause, keys: Sequence[str], sides: Sides) -> bool:
    """An export or import whose keys are Russian only, no total with the world, after a
    sentence that named the document's foreign partner («Регион поставляет муку в
    Узбекистан. Поставки астраханских товаров выросли в 4 раза»): the partner goes on."""
    partner = sides.partner
    return (bool(keys) and all(map(is_russian, keys)) and not clause.clues.total
            and partner is not None and not is_russian(partner)
            and partner in clause.sentence.carried.keys)


def _as_partner(keys: list[str], sides: Sides,
                parents: Callable[[str], list[str]]) -> list[str]:
    """Keys carried from the sentence before a trade figure that names no place: a
    province of the document's partner country there is where a meeting was held or
    whose delegation came («на встрече с делегацией Джизакской области. Товарооборот
    достиг 32 млн»), and the trade told next is the partner country's."""
    partner = sides.partner
    if partner is None or "-" in partner or is_russian(partner):
        return keys
    return list(dict.fromkeys(partner if partner in parents(key) else key for key in keys))


def _of_now(clause: FigureClause) -> bool:
    """Whether the clause of a number tells a state of now with a verb in the present
    tense («В регионе работает 160 предприятий», «Китай занимает долю около 80%»): the
    period of a result told before does not date it."""
    return any(token.pos in ("VERB", "AUX") and token.feat("Tense") == "Pres"
               and token.feat("VerbForm") == "Fin" for token in clause.tokens)
