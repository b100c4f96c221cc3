"""Names that are the source or the venue of the news, not a side of it.

Real pages credit their news («сообщает БЕЛТА», «передает корреспондент ТАСС»,
«сообщили агентству в облисполкоме», «написал в своём Telegram-канале», «по данным
министерства») and name where it happened («на выставке «ИННОПРОМ»», «в рамках ПМЭФ»).
Such a name sits in the passage beside the parties, and a reading of every name in the
passage takes it for one. The syntax tree tells them apart: from the name's head word,
climb through the nouns it belongs to; a source or venue noun on the way, or a reporting
verb whose subject, addressee or place the name is, makes the name a credit or a venue.
The words are in `data/lexicon/attribution.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Token
from coopwatch.text.token_tree import TokenTree, top_of

# relations that keep a word inside the noun phrase it belongs to
NOUN_LINKS = frozenset({"nmod", "appos", "flat", "flat:name", "flat:foreign", "conj",
                        "compound"})
# relations of a reporting verb's source: who reports, to whom, where («в облисполкоме»)
REPORT_LINKS = frozenset({"nsubj", "iobj", "obl", "obj"})
CLIMB = 3


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, lemma in data_rows("lexicon/attribution.tsv"):
        kinds.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


def credit_or_venue(tokens: Sequence[Token], start: int, stop: int, *,
                    person: bool = False, where: bool = False) -> bool:
    """Whether the name at [start, stop) among `tokens` (a passage's) credits the news or
    names its venue. A `person` is a credit only as a source noun's («пресс-секретарь
    губернатора Иван Петров»): the subject of «сообщил» is often the official who acts.
    With `where`, a place where something takes place is a venue too («форума, который
    проходит во Владивостоке», «форума во Владивостоке»): no party of a figure, though a
    visit's host may be named so."""
    inside = [token for token in tokens if start <= token.start and token.stop <= stop]
    if not inside:
        return False
    words = _words()
    if (not person and _after_report(tokens, start, words["report"])) or _in_dateline(
            tokens, start) or dateline_city(tokens, start) or (
            where and _right_after_venue(tokens, start, words["venue"])):
        return True
    tree = TokenTree(tokens)
    token = top_of(inside) or inside[0]
    for step in range(CLIMB + 1):
        mark = _mark(token, tree, words, person)
        if mark is not None:
            return mark
        parent = tree.head(token)
        if parent is None or step == CLIMB:
            return False
        if parent.pos == "VERB":
            return not person and (
                (parent.lemma in words["report"] and token.rel.split(":")[0] in REPORT_LINKS)
                # with `where`, where something takes place: «форума, который проходит
                # во Владивостоке» (a figure's party, not a visit's host)
                or (where and parent.lemma in HAPPENING and token.rel.split(":")[0] == "obl"))
        if token.rel not in NOUN_LINKS:
            return False
        token = parent
    return False


# the present and past forms of reporting verbs, for when the parser misreads the verb
REPORT_FORMS = frozenset({"сообщает", "сообщают", "сообщил", "сообщила", "сообщили",
                          "передает", "передаёт", "передают", "пишет", "пишут",
                          "информирует", "уточняет"})


def _after_report(tokens: Sequence[Token], start: int, report: frozenset[str]) -> bool:
    """«…, передаёт BAQ.KZ.»: a name right after a reporting verb that follows a comma or
    a closing quote is the outlet the news is credited to, whatever the parser made of
    the verb."""
    before = [token for token in tokens if token.stop <= start]
    if len(before) < 2:
        return False
    verb, mark = before[-1], before[-2]
    return _reports(verb, report) and mark.text in {",", "»", "\"", "—", "–"}


def _reports(token: Token, report: frozenset[str]) -> bool:
    """A reporting verb, read by its form when the parser misreads it."""
    return token.text.lower() in REPORT_FORMS or (token.pos == "VERB" and token.lemma in report)


DASHES = frozenset({"-", "—", "–"})
HAPPENING = frozenset({"проходить", "пройти", "проводиться", "состояться", "открыться",
                       "открываться"})
DATELINE_REACH = 6  # tokens between the dateline's dash and a credited name


def _in_dateline(tokens: Sequence[Token], start: int) -> bool:
    """«ЧЕЛЯБИНСК, 22 сен - РИА Новости, Наталья Еремеева.»: the agency and the reporter
    after a dateline (a city in capitals, a comma, a day and a month, a dash) credit the
    news."""
    before = [token for token in tokens if token.stop <= start]
    for back in range(1, min(DATELINE_REACH, len(before)) + 1):
        at = len(before) - back
        if before[at].text in DASHES and at >= 4:
            city, comma, day = before[at - 4], before[at - 3], before[at - 2]
            return (city.text.isupper() and len(city.text) > 2 and comma.text == ","
                    and day.text.isdigit())
        if before[at].text in {".", "!", "?"}:
            return False
    return False


def _right_after_venue(tokens: Sequence[Token], start: int, venues: frozenset[str]) -> bool:
    """«форума во Владивостоке»: a place in «в» right after a venue's noun is where the
    venue is, however the parser hung it."""
    before = [token for token in tokens if token.stop <= start]
    return len(before) >= 2 and before[-1].text.lower() in {"в", "во", "на"} and (
        before[-2].lemma or "").lower() in venues


def dateline_city(tokens: Sequence[Token], start: int) -> bool:
    """The city a dateline opens with, where the news was filed: the passage's first word,
    in capitals and followed by a day («ГРОДНО, 5 мая (БелТА) –»), an agency («БАКУ
    /Trend/ -», «АСТАНА. KAZINFORM –»), or a date in figures («Воронеж. 29.08.2023»)."""
    if not tokens or tokens[0].start != start or len(tokens) < 3:
        return False
    city, mark, after = tokens[0].text, tokens[1].text, tokens[2].text
    if mark == "." and re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}", after):
        return city[:1].isupper()
    if not (city.isupper() and len(city) > 2 and city.replace("-", "").isalpha()):
        return False
    return (mark == "," and after[:1].isdigit()) or mark in {"/", "("} or (
        mark == "." and after.isupper() and len(after) > 2)


class Stretch(Protocol):
    """A sentence or a passage: where it starts, and its tokens."""

    @property
    def start(self) -> int: ...

    @property
    def tokens(self) -> tuple[Token, ...]: ...


CLAUSE_OPENINGS = frozenset({",", "»", "\"", "—", "–", "-"})
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def said_there(tokens: Sequence[Token], start: int) -> bool:
    """«…, сообщил руководитель ведомства на заседании коллегии в среду в Москве»: a place
    after «в» in a reporting clause (a reporting verb right after a comma, a dash or a
    quote, no other verb before the place) is where the news was told, whatever the
    parser hung it on."""
    before = [token for token in tokens if token.stop <= start]
    if len(before) < 3 or before[-1].text.lower() not in PLACE_PREPOSITIONS:
        return False
    report = _words()["report"]
    for at in range(len(before) - 2, 0, -1):
        token = before[at]
        if _reports(token, report):
            return before[at - 1].text in CLAUSE_OPENINGS
        if token.pos == "VERB" or token.text in CLAUSE_OPENINGS:
            return False
    return False


def dateline_starts(sentences: Sequence[Stretch]) -> frozenset[int]:
    """Where the cities of the page's datelines start (see `dateline_city`)."""
    return frozenset(sentence.tokens[0].start for sentence in sentences
                     if sentence.tokens and dateline_city(sentence.tokens,
                                                          sentence.tokens[0].start))


def filed_in(sentences: Sequence[Stretch], start: int) -> bool:
    """Whether the word at `start` is the city of a dateline (see `dateline_city`)."""
    for sentence in sentences:
        if sentence.start > start:
            return False
        if sentence.tokens and sentence.tokens[0].start == start:
            return dateline_city(sentence.tokens, start)
    return False


def _mark(token: Token, tree: TokenTree, words: dict[str, frozenset[str]],
          person: bool) -> bool | None:
    """What a word on the way up says: True for a source (or venue), False for an outlet
    that acts itself, None for a word that says nothing."""
    lemma = token.lemma.lower()
    if lemma in words["source"] or (not person and lemma in words["venue"]):
        return True
    if lemma in words["outlet"]:
        verb = tree.head(token)
        acts = (token.rel.startswith("nsubj") and verb is not None and verb.pos == "VERB"
                and verb.lemma not in words["report"])
        return not acts
    return None


REGION_NOUNS = frozenset({"регион", "субъект"})
OF_LINKS = frozenset({"nmod", "amod"})


def home_of_regions(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """A country named only as the home of regions: «этим российским регионом», «регионами
    Северо-Запада России». The regions are the party (the document's own, or none),
    never the country. Climbs at most two noun links from the name to «регион»."""
    tree = TokenTree(tokens)
    token = top_of([token for token in tokens if start <= token.start and token.stop <= stop])
    for _ in range(2):
        if token is None or token.rel not in OF_LINKS:
            return False
        token = tree.head(token)
        if token is not None and token.lemma.lower() in REGION_NOUNS:
            return True
    return False


# nouns of a foreign mission: «посол Азербайджана в России» names Russia as its host
MISSION_NOUNS = frozenset({"посол", "посольство", "консул", "генконсул", "консульство",
                           "генконсульство", "торгпред", "торгпредство", "представительство",
                           "представитель", "постпред", "постпредство", "атташе"})


def host_of_mission(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """A country named as the host of a foreign mission: «посол Азербайджана в России»,
    «генконсульство Китая в Екатеринбурге». The mission's own country is the side; the
    host is where it sits, and so is each seat listed after it («посол Индонезии в России
    и Беларуси»). Climbs at most two noun links from the name, or reads the words
    (`seat_after_mission`)."""
    if seat_after_mission(tokens, start):
        return True  # the parser hung «в России» on the verb: the words still say it
    tree = TokenTree(tokens)
    token = top_of([token for token in tokens if start <= token.start and token.stop <= stop])
    if token is None or not any(
            other.lemma.lower() in {"в", "во"} for other in tree.children(token)):
        return False
    for _ in range(2):
        if token is None or token.rel not in OF_LINKS:
            return False
        token = tree.head(token)
        if token is not None and token.lemma.lower() in MISSION_NOUNS:
            return True
    return False


MISSION_REACH = 4  # name words between a mission noun and its «в»: «Послом Республики Индонезии в»
NAME_POS = frozenset({"NOUN", "PROPN", "ADJ"})
LIST_MARKS = frozenset({"и", ","})


def seat_after_mission(tokens: Sequence[Token], start: int) -> bool:
    """Whether the place named at `start` follows «в» after a mission noun and the words
    of the mission's own country, alone or further down a list of seats, whatever the
    parser hung them on: «консул Республики Казахстан в Казани», «Послом Индонезии в
    Российской Федерации и Республике Беларусь»."""
    first = next((index for index, token in enumerate(tokens) if token.start >= start), None)
    if first is None:
        return False
    index = first - 1
    while index > 0 and tokens[index].text.lower() in LIST_MARKS:
        index -= 1  # back over the seat named before in the list
        while index > 0 and tokens[index].pos in NAME_POS:
            index -= 1
    if index < 1 or tokens[index].text.lower() not in {"в", "во"}:
        return False
    for before in range(index - 1, max(index - 2 - MISSION_REACH, -1), -1):
        token = tokens[before]
        if (token.lemma or "").lower() in MISSION_NOUNS:
            return before < index - 1  # the mission's country is named in between
        if token.pos not in NAME_POS:
            return False
    return False


# forums the news names by their acronyms alone
FORUM_ACRONYMS = frozenset({"пмэф", "вэф", "иннопром", "экспо", "спиэф", "кэф"})


def names_a_venue(lemmas: Sequence[str]) -> bool:
    """Whether an organization's name, as lemmas, is that of a venue: a forum, an
    exhibition, a fair («Российско-китайское ЭКСПО», «ПМЭФ», «выставка ИННОПРОМ»)."""
    venues = _words()["venue"]
    return any(lemma.lower() in FORUM_ACRONYMS or lemma.lower() in venues for lemma in lemmas)


def names_a_source(lemma: str) -> bool:
    """Whether a noun names the source or the outlet of news: «пресс-служба»,
    «телеграм-канал», «корреспондент», «информация»."""
    words = _words()
    return lemma.lower() in words["source"] | words["outlet"]


# a place goods pass through: «через пункты пропуска Краснодарского края в Россию»; up to
# three words between «через» and the place, a fourth with an abbreviation in brackets
# after it («через международный автомобильный пункт пропуска (МАПП) Забайкальск»), all
# on one line: a headline's «через» is no part of the sentence after it
_WORD = r"[\w«»\"-]+[^\S\n]+"
TRANSIT_BEFORE = re.compile(rf"(?<!\w)через[^\S\n]+(?:{_WORD}){{0,3}}"
                            rf"(?:{_WORD}\([\w.-]{{1,12}}\)[^\S\n]+)?$", re.IGNORECASE)
TRANSIT_REACH = 60  # characters before a place where its «через» may stand


def passed_through(text: str, start: int) -> bool:
    """Whether the place named at `start` is one goods pass through, no side of a trade."""
    return bool(TRANSIT_BEFORE.search(text, max(0, start - TRANSIT_REACH), start))
