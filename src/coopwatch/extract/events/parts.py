"""The parts of an event read from its passage: status, date, participants, place, title.

Status: walking up the syntax tree from the trigger, the first status cue or finite
verb decides (a cue: «пригласил», «планирует», «идёт работа»; a verb: past → done,
future → planned, present → ongoing); failing that, any cue in the passage; else done.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from coopwatch.extract.dates.stage import head_date
from coopwatch.extract.events.bodies import is_body
from coopwatch.extract.events.triggers import Cue, Trigger, cues, retrospective_cues
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Span, Status, Token
from coopwatch.text.attribution import (
    credit_or_venue,
    dateline_city,
    home_of_regions,
    host_of_mission,
)
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_russia_or_region, is_russian_region
from coopwatch.text.token_tree import TokenTree, top_of
from coopwatch.tools import Toolkit

TENSE_STATUS: dict[str, Status] = {"Past": "done", "Fut": "planned", "Pres": "ongoing"}
# verbs of arriving, setting off and beginning: a visit they tell in the past is under way
ARRIVALS = frozenset({"прибыть", "приехать", "прилететь", "выехать", "отправиться",
                      "начаться", "стартовать"})
SUBJECT_PRONOUNS = frozenset({"он", "она", "они"})
TODAY_WORDS = frozenset({"сегодня", "сейчас", "ныне"})
HAPPENINGS = frozenset({"meeting", "visit", "forum"})
DATED_BY_DATELINE = frozenset({"meeting", "visit", "forum", "agreement"})
# an agreement named without its signing («в соответствии с Соглашением», «заключила
# договоры с 28 регионами») is one in force, not news: the dateline dates it only when
# the passage tells a signing or says it is today's
SIGNINGS = frozenset({"agreement"})
SIGNING_WORDS = frozenset({"подписать", "подписывать", "подписание", "заключить",
                           "заключать", "заключение"})
TERM = re.compile(r"\d{4}\s*[-–—]\s*\d{2,4}")
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
TITLE_STOPS = frozenset({",", ";", ":", "—", "–", "(", "."})
NOT_AGREEMENT_NOUNS = frozenset({"подписание", "заключение"})
PARTY_KINDS = frozenset({"PER", "ORG", "GEO"})
ABOUT = frozenset({"о", "об", "обо"})
PARTY_PREPOSITIONS = frozenset({"с", "со"})  # «соглашение с …» names a party, not the title


def status(passage: Passage, trigger: Trigger) -> Status:
    """The status of the event the trigger names in this passage. A talk verb with a
    partner («обсуждали с губернатором») is no cue of its own talks: they were held; nor
    is a word of agreeing of the agreement it tells reached («договорились о
    сотрудничестве»)."""
    found = cues(passage)
    if (trigger.weak and trigger.beside) or trigger.reached:
        found = [cue for cue in found if (cue.first, cue.last) != (trigger.first, trigger.last)]
    tree = TokenTree(passage.tokens)
    own = _modifier_cue(tree, trigger, found)
    if own is not None:
        return own.status
    if trigger.type in BUILT_TYPES and _discussed(tree, trigger.first):
        return "proposed"
    if trigger.type in BUILT_TYPES and _agreed_on(tree, trigger):
        return "planned"
    # «добиваемся того, чтобы компании открывали производства»: a clause of purpose has
    # no tense of its own, and its governor's tells the wish, not the event
    wished = any(fold(child.text) == "чтобы" for index in _ancestry(tree, trigger.first)
                 for child in tree.children(passage.tokens[index]))
    for index in _ancestry(tree, trigger.first):
        cue = _cue_at(found, index)
        if cue is not None and not _actor_or_venue_of(tree, trigger.first, index):
            return cue.status
        if wished:
            continue
        tense = _clause_tense(tree, index)
        if tense is not None:
            if _arrived(passage, trigger, index, tense):
                return "ongoing"
            if trigger.type == "agreement" and tense == "Pres":
                return "done"  # «соглашение предусматривает …»: it is in force
            return TENSE_STATUS[tense]
    if found:
        return min(found, key=lambda cue: abs(cue.first - trigger.first)).status
    if wished:
        return "proposed"
    if trigger.type == "visit" and _verbless_stay(tree):
        return "ongoing"  # «Российская делегация – с визитом в белорусской столице»
    return "done"


def _actor_or_venue_of(tree: TokenTree, first: int, index: int) -> bool:
    """Whether the trigger is the subject of the cue's verb or the place it happened at
    («На выставке … делегация договорилась о поставке»): the cue tells what was agreed,
    not whether the delegation came or the exhibition took place."""
    token, verb = tree.tokens[first], tree.tokens[index]
    if tree.head_at(first) != index or (verb.lemma or "").lower() not in AGREEING_VERBS or any(
            child.feat("VerbForm") == "Inf" for child in tree.children(verb)):
        return False  # «делегация планирует посетить»: the plan is the visit's
    venue = token.rel == "obl" and token.feat("Case") == "Loc" and any(
        child.text.lower() in PLACE_PREPOSITIONS for child in tree.children(token))
    return token.rel.startswith("nsubj") or venue  # not «о поставках»: what was agreed


# verbs that tell something was agreed on: their subject and their venue are done
AGREEING_VERBS = frozenset({"договориться", "условиться"})


def _verbless_stay(tree: TokenTree) -> bool:
    """«с визитом» in a passage with no verb: someone is on a visit now (a headline's or
    a caption's «X — с визитом в Y»)."""
    tokens = tree.tokens
    return any(token.text.lower() == "с" and (after.lemma or "").lower() == "визит"
               for token, after in pairwise(tokens)) and not any(
        token.pos in {"VERB", "AUX"} for token in tokens)


# things a region gets built or made: talked over, they are proposed, not done
BUILT_TYPES = frozenset({"localization", "investment", "joint_project"})
DISCUSSION_VERBS = frozenset({"обсудить", "обсуждать", "обсуждаться", "рассмотреть",
                              "рассматривать", "обговорить", "проработать", "прорабатывать"})
DISCUSSION_REACH = 3  # the trigger noun, «вопросы», «возможность»: heads walked up


AGREEMENT_NOUNS = frozenset({"соглашение", "меморандум", "договор", "договорённость",
                             "договоренность", "контракт", "протокол", "дорожный карта"})
ABOUT = frozenset({"о", "об"})
AGREED_REACH = 2  # nouns walked up from the trigger's to the one «о» joins to the agreement


def _agreed_on(tree: TokenTree, trigger: Trigger) -> bool:
    """«подписано соглашение о создании в области предприятия»: a noun of building that
    an agreement is about (itself, or the noun it hangs on: «договор о создании
    совместного предприятия») is what the sides agreed to do, not done yet; the
    signing's tense is the agreement's."""
    tokens = tree.tokens
    at: int | None = next((i for i in range(trigger.first, trigger.last)
                           if tokens[i].pos == "NOUN"), None)
    for _ in range(AGREED_REACH):
        if at is None or tokens[at].pos != "NOUN":
            return False
        head = tree.head_at(at)
        if head is None:
            return False
        if any(fold(tokens[child].text) in ABOUT
               for child in tree.children_at(at, frozenset({"case"}))):
            lemma = fold(tokens[head].lemma or "")
            before = fold(tokens[head - 1].lemma or "") if head > 0 else ""
            return lemma in AGREEMENT_NOUNS or f"{before} {lemma}" in AGREEMENT_NOUNS
        at = head
    return False


def _discussed(tree: TokenTree, first: int) -> bool:
    """«обсудили строительство завода», «обсуждены вопросы создания производства»: a
    noun of building talked over by a verb of discussing, before any other verb."""
    tokens = tree.tokens
    if tokens[first].pos != "NOUN":
        return False
    at: int | None = tree.head_at(first)
    for _ in range(DISCUSSION_REACH):
        if at is None:
            return False
        if (tokens[at].lemma or "").lower() in DISCUSSION_VERBS:
            return True
        if tokens[at].pos in {"VERB", "AUX"}:
            return False
        at = tree.head_at(at)
    return False


MODIFIER_RELS = frozenset({"amod", "acl"})


def _modifier_cue(tree: TokenTree, trigger: Trigger, found: list[Cue]) -> Cue | None:
    """A cue among the trigger noun's own modifiers decides before the verb above it:
    «обсудили предстоящий визит», «о планируемой поездке» is still to come."""
    if tree.tokens[trigger.first].pos != "NOUN":
        return None
    return next((cue for index in tree.children_at(trigger.first, MODIFIER_RELS)
                 if (cue := _cue_at(found, index)) is not None), None)


def _arrived(passage: Passage, trigger: Trigger, index: int, tense: str) -> bool:
    """A visit whose delegation has just arrived or set off, or whose visit has begun
    («прибыла делегация», «выехал с визитом», «начался визит»): under way, not done;
    unless the passage recalls it («Напомним, в мае делегация прибыла…»)."""
    return (trigger.type == "visit" and tense == "Past"
            and (passage.tokens[index].lemma or "").lower() in ARRIVALS
            and not recalled(passage))


def _ancestry(tree: TokenTree, index: int) -> Iterator[int]:
    """The token and its syntactic heads up to the root, as indices."""
    seen: set[int] = set()
    current: int | None = index
    while current is not None and current not in seen:
        seen.add(current)
        yield current
        current = tree.head_at(current)


def _cue_at(found: list[Cue], index: int) -> Cue | None:
    return next((cue for cue in found if cue.first <= index < cue.last), None)


def _clause_tense(tree: TokenTree, index: int) -> str | None:
    """The tense of a verb that carries the clause: its auxiliary's («будет посвящена»)
    or its own; an xcomp infinitive or participle depends on the verb above it."""
    token = tree.tokens[index]
    if token.pos not in {"VERB", "AUX"} or token.rel == "xcomp":
        return None
    auxiliaries = [
        _aux_tense(item) for item in tree.children(token)
        if item.rel.startswith("aux") and _aux_tense(item)
    ]
    tense = auxiliaries[0] if auxiliaries else token.feat("Tense")
    return tense if tense in TENSE_STATUS else None


FUTURE_AUXILIARIES = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})


def _aux_tense(token: Token) -> str | None:
    """An auxiliary's tense; the future forms of «быть» are future, whatever the tagger
    says («соглашение будет подписано», «будут проведены» come tagged as present)."""
    if token.text.lower() in FUTURE_AUXILIARIES:
        return "Fut"
    return token.feat("Tense")


def dateline(doc: Document) -> str | None:
    """The date the document speaks from: a day's date near the top of the text (the
    dateline the reporter wrote, which a reprint keeps), else the publication date."""
    return head_date(doc.text, doc.times) or doc.source.published


@dataclass(frozen=True)
class Earlier:
    """What the events of the passage before said about time: their date, whether they
    are done or planned, and whether the passage is in the same paragraph (no line
    break between)."""

    date: str | None
    done: bool
    paragraph: bool
    planned: bool = False


# dependents that open a clause of their own: what they say is not of their head's event
OWN_CLAUSE_RELS = frozenset({"conj", "parataxis", "advcl", "ccomp", "acl:relcl"})


def trigger_scope(tree: TokenTree, index: int) -> frozenset[int]:
    """The tokens of the clause a trigger stands in: the subtree of its nearest verb (the
    trigger itself when a verb), less the dependents of that verb that open clauses of
    their own («подписали меморандум и договорились провести в сентябре форум»: the
    month is the forum's)."""
    tokens = tree.tokens
    head = index
    for _ in range(len(tokens)):
        if tokens[head].pos in {"VERB", "AUX"}:
            break
        up = tree.head_at(head)
        if up is None:
            break
        head = up
    inside, todo = {head}, [head]
    while todo:
        at = todo.pop()
        for kid in tree.children_at(at):
            if kid in inside or (at == head and tokens[kid].rel in OWN_CLAUSE_RELS):
                continue
            inside.add(kid)
            todo.append(kid)
    return frozenset(inside)


def scoped_starts(passage: Passage, trigger: Trigger, others: Sequence[Trigger]) -> (
        tuple[frozenset[int], frozenset[int]]):
    """Character starts of the tokens in the trigger's clause, and of those in the
    clauses of the passage's other triggers only (what is said of another event)."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    own = set(trigger_scope(tree, trigger.first))
    theirs: set[int] = set()
    for other in others:
        if other.first != trigger.first:
            theirs |= trigger_scope(tree, other.first)
            phrase = set(tree.subtree_at(other.first))
            if tokens[other.first].pos == "NOUN" and trigger.first not in phrase:
                # another event's noun phrase within this clause is that event's: «Поездка
                # приурочена к планируемой на апрель встрече Путина и Мирзиёева»
                own -= phrase
                theirs |= phrase
    return (frozenset(tokens[i].start for i in own),
            frozenset(tokens[i].start for i in theirs - own))


def _in_scope(starts: Sequence[int], scope: tuple[frozenset[int], frozenset[int]] | None,
              ) -> list[int]:
    """Of some items' starts, the positions to keep: those in the trigger's own clause if
    any; else all but those said only of another event."""
    if scope is None:
        return list(range(len(starts)))
    own, theirs = scope
    found = [n for n, start in enumerate(starts) if start in own]
    return found or [n for n, start in enumerate(starts) if start not in theirs]


def event_date(
    doc: Document, passage: Passage, earlier: Earlier | None, reference: str | None,
    event_status: str | None = None, event_type: str | None = None,
    scope: tuple[frozenset[int], frozenset[int]] | None = None,
) -> str | None:
    """A date in the passage (not an agreement's term, «на 2025–2029 годы»), in the
    trigger's own clause first and never one said only of another event; else the
    previous event's when the subject is a pronoun or a done (planned) event goes on
    the same paragraph as a done (planned) one; else the dateline's for what is
    reported as news of the day."""
    inside = event_times(doc, passage, scope)
    if inside:
        return inside[0]
    if _undated_time(doc, passage, scope):
        # «во время визита в Китай в прошлом году» on a page with no year: not today
        return None
    if earlier and earlier.date and (
        _pronoun_subject(passage)
        or (earlier.paragraph and earlier.done and event_status == "done")
        or (earlier.paragraph and earlier.planned and event_status == "planned")
    ):
        return earlier.date
    if reference and _news_of_the_day(passage, event_status, event_type):
        return reference
    return None


def event_times(doc: Document, passage: Passage,
                scope: tuple[frozenset[int], frozenset[int]] | None = None) -> list[str]:
    """The dates of the passage, leaving out ranges of years (an agreement's term)."""
    times = [
        time for time in doc.times
        if passage.start <= time.start < passage.stop and time.value
        and not TERM.search(time.text)
    ]
    kept = _in_scope([_token_start(passage, time.start) for time in times], scope)
    return [value for n in kept if (value := times[n].value)]


def _undated_time(doc: Document, passage: Passage,
                  scope: tuple[frozenset[int], frozenset[int]] | None) -> bool:
    """Whether the trigger's own clause names a time the page cannot resolve (a year
    relative to an unknown publication year)."""
    if scope is None:
        return False
    own, _ = scope
    return any(passage.start <= time.start < passage.stop and not time.value
               and _token_start(passage, time.start) in own for time in doc.times)


def _token_start(passage: Passage, start: int) -> int:
    """The start of the token a character offset falls in (offsets of times and mentions
    may not begin at a token)."""
    for token in passage.tokens:
        if token.start <= start < token.stop:
            return token.start
    return start


def _news_of_the_day(passage: Passage, event_status: str | None, event_type: str | None) -> bool:
    """An event the dateline dates: under way now, or done «сегодня», or a done meeting,
    visit, signing or forum told as news (not recalled: «напомним», «ранее»)."""
    if event_status == "ongoing":
        return event_type in HAPPENINGS
    if event_status != "done" or event_type not in DATED_BY_DATELINE:
        return False
    lemmas = {token.lemma for token in passage.tokens}
    if event_type in SIGNINGS and not lemmas & SIGNING_WORDS:
        return bool(lemmas & TODAY_WORDS)
    return bool(lemmas & TODAY_WORDS) or not recalled(passage)


def recalled(passage: Passage) -> bool:
    """The passage recalls an earlier event: «Напомним, что недавно…», «ранее»."""
    return bool(retrospective_cues(passage))


def _pronoun_subject(passage: Passage) -> bool:
    return any(
        token.pos == "PRON" and token.rel.startswith("nsubj") and token.lemma in SUBJECT_PRONOUNS
        for token in passage.tokens
    )


def participants(
    doc: Document, passage: Passage, tools: Toolkit, subject: Span | None = None
) -> tuple[str, ...]:
    """Keys of the people, organizations, regions and countries acting in the passage;
    an organization inside `subject` (what an agreement is about) is no party, nor is
    Russia named only as the home of regions («между субъектами РФ»)."""
    keys = [
        item.key for item in entity_mentions(doc, passage.start, passage.stop)
        if item.entity.type in PARTY_KINDS and not item.key.startswith("geo:")
        and not (subject and item.entity.type == "ORG" and subject.start <= item.start
                 and item.stop <= subject.stop)
        and not (item.key == "RU" and home_of_regions(passage.tokens, item.start, item.stop)
                 and not _beside_a_country(doc, passage, item.start, item.stop))
        and not host_of_mission(passage.tokens, item.start, item.stop)
    ]
    keys = [key for key in keys if not _city_region_as_place(doc, passage, key)]
    acting = acting_places(doc, passage)
    keys += acting
    named = [(item.start, item.stop) for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "GEO"]
    companies = [(item.start, item.stop)
                 for item in entity_mentions(doc, passage.start, passage.stop)
                 if item.entity.type == "ORG" and not is_body(item.entity.name, tools)]
    keys += [key for key in _adjective_parties(passage, tools, named)
             if not (key.startswith("geo:") and _city_of_a_name(passage, tools, key, companies))]
    if _pronoun_subject(passage):
        keys += _previous_person(doc, passage.start)
    keys += titled_people(doc, passage, tools)
    keys += _positions_of(doc, keys)
    if not any(is_russia_or_region(key) for key in keys) and not any(
            _russian_place(doc, key, tools) for key in acting):
        region = doc.main_region
        keys += [region] if region else []
    return tuple(dict.fromkeys(keys))


def _russian_place(doc: Document, key: str, tools: Toolkit) -> bool:
    """Whether `key` is a city or district of Russia: one named as a side («Казань и
    Ухань подписали», `acting_places`) is the Russian side, and the document's region
    is not one as well."""
    if not key.startswith("geo:"):
        return False
    known = tools.gazetteer.get(key)
    entity = doc.entity(key)
    within = known.within if known else (entity.within if entity else None)
    return within is not None and (is_russian_region(within)
                                   or tools.gazetteer.country(within) == "RU")


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs of saying (`events/speech_verbs.txt`)."""
    return frozenset(row[0] for row in data_rows("events/speech_verbs.txt"))


TITLE_RELS = frozenset({"appos", "flat", "flat:name"})


def speaker_only(doc: Document, passage: Passage, key: str, trigger: Trigger) -> bool:
    """Whether the person `key` is named in the passage only as the subject of a verb of
    saying other than the trigger («Соглашение подписано в 2018 году, — отметил Иван
    Петров», «Как сообщил министр Иван Петров, делегация прибыла…»): the one who tells
    of the event, not one who takes part in it by this passage. One who speaks in the
    first person («Мы подпишем соглашение», — сказал он) speaks as a side."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    spans = [(item.start, item.stop) for item in entity_mentions(doc, passage.start, passage.stop)
             if item.key == key]
    if not spans or any(token.feat("Person") == "1" for token in tokens):
        return False  # «Мы подпишем соглашение», — заявил глава: his own words
    for start, stop in spans:
        head = tree.top(start, stop)
        title = tree.head_position(head) if head is not None else None
        if head is not None and title is not None and head.rel in TITLE_RELS:
            head = tokens[title]  # «министр Иван Петров»: the title stands for the name
        verb = tree.head_position(head) if head is not None else None
        if (head is None or verb is None or not head.rel.startswith("nsubj")
                or (tokens[verb].lemma or "") not in speech_verbs()
                or trigger.first <= verb < trigger.last):
            return False
    return True


VISITOR_WORDS = frozenset({"делегация", "гость"})


def receives_visitors(doc: Document, passage: Passage, key: str) -> bool:
    """Whether the person `key` is named in the passage only as the subject of a verb
    whose object or partner is the delegation («Вице-президент принял делегацию»,
    «Глава обсудил с делегацией…»): the host of a visit, not one of its sides. The
    subject of «представили делегацию», «возглавил делегацию» (`member_verbs`) is one of
    the delegation."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    spans = [(item.start, item.stop) for item in entity_mentions(doc, passage.start, passage.stop)
             if item.key == key]
    if not spans:
        return False
    for start, stop in spans:
        head = tree.top(start, stop)
        title = tree.head_position(head) if head is not None else None
        if head is not None and title is not None and head.rel in TITLE_RELS:
            head = tokens[title]
        verb = tree.head_position(head) if head is not None else None
        if (head is None or verb is None or not head.rel.startswith("nsubj")
                or (tokens[verb].lemma or "") in member_verbs() or not any(
                    (child.lemma or "") in VISITOR_WORDS
                    for child in tree.children(tokens[verb], {"obj", "obl"}))):
            return False
    return True


@lru_cache(maxsize=1)
def member_verbs() -> frozenset[str]:
    """Verbs whose subject is one of the delegation (`events/member_verbs.txt`)."""
    return frozenset(row[0] for row in data_rows("events/member_verbs.txt"))


INSIDE_CASES = frozenset({"в", "во"})


def housing_orgs(doc: Document, passage: Passage) -> frozenset[str]:
    """Keys of the organizations the passage names only as where talks are held: after
    «в», in the locative («в Торговом представительстве состоялась встреча», «в АДЦ
    «Невская ратуша» прошла встреча»): their building, not a side of the talks."""
    tree = TokenTree(passage.tokens)
    inside: set[str] = set()
    acting: set[str] = set()
    for item in entity_mentions(doc, passage.start, passage.stop):
        if item.entity.type != "ORG":
            continue
        head = tree.top(item.start, item.stop)
        housed = head is not None and head.feat("Case") == "Loc" and any(
            child.text.lower() in INSIDE_CASES for child in tree.children(head, {"case"}))
        (inside if housed else acting).add(item.key)
    return frozenset(inside - acting)


def _beside_a_country(doc: Document, passage: Passage, start: int, stop: int) -> bool:
    """Whether the country named at [start, stop) is joined by «и» to another country:
    the regions of two countries («Совет регионов России и Узбекистана», «форум регионов
    России и Беларуси») make both countries sides, not homes of regions."""
    tokens = passage.tokens
    heads = {_head_id(tokens, item.start, item.stop): item.key
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "GEO" and ":" not in item.key and "-" not in item.key}
    own = _head_id(tokens, start, stop)
    tree = TokenTree(tokens)
    own_word = tree.token(own)
    return own_word is not None and any(key != heads.get(own) and (
        (word.rel == "conj" and word.head_id == own)
        or (own_word.rel == "conj" and own_word.head_id == head))
        for head, key in heads.items() if (word := tree.token(head)) is not None)


def _head_id(tokens: Sequence[Token], start: int, stop: int) -> str | None:
    """The id of the head token of the words at [start, stop)."""
    head = top_of([token for token in tokens if start <= token.start and token.stop <= stop])
    return None if head is None else head.id


def _city_region_as_place(doc: Document, passage: Passage, key: str) -> bool:
    """Whether a city with a region's key (`events/city_regions.txt`: Москва, Пекин,
    Минск) is named in the passage only where things happen («заседание прошло в
    Пекине», «в городе Минске»): a place like any other city, no side. Where one goes
    («полетит в Шанхай») is the side a visit is to."""
    if key not in city_regions():
        return False
    tokens = passage.tokens
    tree = TokenTree(tokens)
    spans = [(item.start, item.stop) for item in entity_mentions(doc, passage.start, passage.stop)
             if item.key == key]
    return bool(spans) and all(
        _governed_by_place_preposition(tree, start, stop)
        and any(token.feat("Case") == "Loc" for token in tokens
                if start <= token.start and token.stop <= stop)
        for start, stop in spans)


@lru_cache(maxsize=1)
def city_regions() -> frozenset[str]:
    """Keys of the first-level divisions that are one city (`events/city_regions.txt`)."""
    return frozenset(row[0] for row in data_rows("events/city_regions.txt"))


# a city or district is a side when named as one: «между Агрызским районом и
# муниципалитетом Чайджума», «подписал с Котовском», «Омск и Павлодар подписали», «мэр
# Казани», «делегация Нанайского района»; named after «в», «из», «на» it is a place
SIDE_CASES = frozenset({"между", "с", "со"})
SIDE_RELS = frozenset({"nsubj", "nsubj:pass"})
SIDE_NOUNS = frozenset({"администрация", "правительство", "делегация", "мэр", "мэрия",
                        "глава", "руководство", "горисполком", "райисполком", "власть",
                        "муниципалитет", "представитель", "город-побратим", "побратим"})
PLACE_KIND_NOUNS = frozenset({"город", "район", "муниципалитет", "округ", "поселок",
                              "село", "уезд"})


def acting_places(doc: Document, passage: Passage) -> list[str]:
    """Keys of the cities and districts (`geo:` keys) the passage names as sides."""
    tree = TokenTree(passage.tokens)
    found = []
    for item in entity_mentions(doc, passage.start, passage.stop):
        if item.entity.type != "GEO" or not item.key.startswith("geo:") or dateline_city(
                passage.tokens, item.start):
            continue
        head = tree.top(item.start, item.stop)
        if head is not None and _named_as_side(tree, head):
            found.append(item.key)
    return found


def _named_as_side(tree: TokenTree, token: Token) -> bool:
    """Whether a place name's head word stands as a side: through its kind word («городом
    Хэйхэ») and the first of its conjuncts, a subject, a partner after «с»/«между», or
    the genitive of a body or a delegation."""
    for _ in range(3):
        parent = tree.head(token)
        if parent is None:
            break
        named_by_kind = token.rel in {"appos", "flat", "flat:name", "nmod"} and (
            parent.lemma or "").lower() in PLACE_KIND_NOUNS
        if not (named_by_kind or token.rel == "conj"):
            break
        token = parent
    cases = {child.text.lower() for child in tree.children(token, {"case"})}
    if cases:
        return bool(cases & SIDE_CASES)
    if token.rel in SIDE_RELS:
        return True
    parent = tree.head(token)
    return (token.rel == "nmod" and parent is not None
            and (parent.lemma or "").lower() in SIDE_NOUNS
            and not _under_place_preposition(tree, parent))  # «в мэрии Улан-Батора»


# where a visit goes, or whose delegation it is: «визит в Турцию», «находится в КНР»,
# «делегация Узбекистана»; a country named only beside its region («китайская провинция
# Хэнань», «Самаркандской области Узбекистана», «делегация из Узбекистана») is no side
DESTINATION_CASES = frozenset({"в", "во", "на"})


def visited_country(doc: Document, passage: Passage, key: str, tools: Toolkit) -> bool:
    """Whether the passage names the country `key` as a side of a visit: the place it
    goes to or its delegation's home, by its own noun (`_named_as_side`, or after
    «в»/«на»), or by a city of it that the visit goes to («поездка в Ереван»)."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    for item in entity_mentions(doc, passage.start, passage.stop):
        if item.entity.type != "GEO" or host_of_mission(tokens, item.start, item.stop):
            continue
        own = item.key == key
        city = item.key.startswith("geo:") and tools.gazetteer.country(item.key) == key
        if not (own or city):
            continue
        head = tree.top(item.start, item.stop)
        if head is None:
            continue
        if _under_destination(tree, head) or (own and _named_as_side(tree, head)):
            return True
    return False


def _under_destination(tree: TokenTree, token: Token) -> bool:
    """Whether «в»/«во»/«на» is the case marker of `token` in the parse."""
    return any(child.text.lower() in DESTINATION_CASES for child in tree.children(token, {"case"}))


def credited(doc: Document, passage: Passage) -> frozenset[str]:
    """Keys of the people and organizations the passage names only as the source or the
    venue of its news («сообщает БЕЛТА», «на выставке «ИННОПРОМ»»): no sides of it."""
    credit: set[str] = set()
    acting: set[str] = set()
    for item in entity_mentions(doc, passage.start, passage.stop):
        if item.entity.type == "GEO":
            continue
        person = item.entity.type == "PER"
        if credit_or_venue(passage.tokens, item.start, item.stop, person=person):
            credit.add(item.key)
        else:
            acting.add(item.key)
    return frozenset(credit - acting)


def sides(doc: Document, keys: Sequence[str], tools: Toolkit | None = None) -> tuple[str, ...]:
    """An event's participants without a country whose region or city is among them
    (`without_parents`), unless a national official among them holds its title."""
    kept = _positions_of(doc, list(keys))
    found = without_parents(keys, kept=kept)
    if tools is None:
        return tuple(found)
    # «мэр Анкары», «председатель Минского горисполкома»: the city is the side, not its
    # country as well
    countries = {tools.gazetteer.country(key) for key in found if key.startswith("geo:")}
    return tuple(key for key in found
                 if key in kept or ":" in key or "-" in key or key not in countries)


def without_parents(keys: Sequence[str], kept: Sequence[str] = ()) -> list[str]:
    """The keys without a country whose own region or province is among them: in «делегация
    Хэйлунцзяна посетила Россию … Амурская область» the sides are the province and the
    region, not China and Russia as well. A country in `kept` (held by a national
    official named among the participants) stays."""
    regions = {key.partition("-")[0] for key in keys if ":" not in key and "-" in key}
    return [key for key in keys if key in kept or ":" in key or key not in regions]


def titled_people(doc: Document, passage: Passage, tools: Toolkit | None = None) -> list[str]:
    """People named by their title alone («— сказал Глава Удмуртии», «Хоким предложил»):
    the one person of the document who holds a title whose first word is this noun; where
    several do, the one of the region the title names («астраханский губернатор», «глава
    Псковской области», «губернатор области» of the document's own region)."""
    holders: dict[str, set[str]] = {}
    for position in doc.positions:
        holders.setdefault(position.title.split()[0], set()).add(position.person)
    found = []
    for token in passage.tokens:
        if token.pos not in {"NOUN", "PROPN"} or token.lemma not in holders:
            continue
        people = holders[token.lemma]
        if len(people) > 1 and tools is not None:
            region = _title_region(doc, passage, token, tools)
            people = {position.person for position in doc.positions
                      if position.of == region and position.title.split()[0] == token.lemma}
        if len(people) == 1:
            found.append(next(iter(people)))
    return found + [person for token in passage.tokens
                    if (person := _head_of_home_region(doc, passage, token)) is not None]


@lru_cache(maxsize=1)
def region_heads() -> frozenset[str]:
    """Titles of a region's head (`events/region_heads.txt`)."""
    return frozenset(row[0] for row in data_rows("events/region_heads.txt"))


def _head_of_home_region(doc: Document, passage: Passage, token: Token) -> str | None:
    """The head of the document's region, referred to by a head word with a bare region
    noun («глава региона подписал», «губернатор области провёл встречу»): the one person
    holding a head's title of that region, even under another title («губернатор»)."""
    region = doc.main_region
    if region is None or token.lemma not in {title.split()[0] for title in region_heads()}:
        return None
    tree = TokenTree(passage.tokens)
    if not any(child.lemma in REGION_NOUNS and child.feat("Case") == "Gen"
               and not child.text[0].isupper() and not _qualified(tree, child)
               for child in tree.children(token, {"nmod"})):
        return None
    heads = {position.person for position in doc.positions
             if position.of == region and position.title.lower() in region_heads()}
    return next(iter(heads)) if len(heads) == 1 else None


REGION_NOUNS = frozenset({"область", "край", "республика", "регион", "округ"})


def _qualified(tree: TokenTree, noun: Token) -> bool:
    """A region noun with an adjective of its own: «городского округа», «соседней
    области» is another territory than the document's region."""
    return any(token.pos == "ADJ" for token in tree.children(noun))


def _title_region(doc: Document, passage: Passage, title: Token, tools: Toolkit) -> str | None:
    """The region or country a title word names: its place adjective, the place of its
    genitive («глава Псковской области»), or the document's own region for a bare
    «губернатор области»."""
    for child in TokenTree(passage.tokens).children(title):
        if child.rel == "amod":
            places = tools.gazetteer.adjective(child.text)
            if len(places) == 1:
                return places[0].key
        if child.rel == "nmod":
            named = [item.key for item in entity_mentions(doc, child.start, child.stop + 60)
                     if item.entity.type == "GEO" and item.start <= child.start < item.stop]
            if named:
                return named[0]
            if child.lemma in REGION_NOUNS:
                return doc.main_region
    return None


GUEST_WORDS = frozenset({"гость"})  # «встреча гостя с губернатором»: the visitors before


def the_sides(passage: Passage) -> bool:
    """«Стороны подписали…», «в ходе встречи гостей с губернатором»: the sides of the
    talks or the visit told before act again."""
    return any(
        (token.lemma == "сторона" and token.feat("Number") == "Plur"
         and token.rel.startswith("nsubj"))
        or token.lemma in GUEST_WORDS
        for token in passage.tokens
    )


# в рамках, в ходе, по итогам, после, во время
FRAME_WORDS = frozenset({"рамка", "ход", "итог", "результат", "после", "время"})
TALK_WORDS = frozenset({"визит", "встреча", "переговоры", "поездка", "посещение"})
AT_TALKS = frozenset({"встреча", "переговоры"})  # на встрече, на переговорах


def in_frame_of_talks(passage: Passage) -> bool:
    """«В рамках визита состоялось подписание…», «по итогам переговоров подписали…», «на
    встрече был подписан меморандум»: what the passage tells was done by the sides of the
    talks told before."""
    tokens = passage.tokens
    return any(
        (token.lemma in FRAME_WORDS and tokens[i + 1].lemma in TALK_WORDS)
        or (token.text.lower() == "на" and tokens[i + 1].lemma in AT_TALKS)
        for i, token in enumerate(tokens[:-1])
    )


def joint_parties(
    doc: Document, passage: Passage, before: Passage | None, keys: tuple[str, ...]
) -> tuple[str, ...]:
    """The parties of a joint project: a passage with no organization of its own
    («Мы обмениваемся узлами…», — пояснил он) works with those of the passage before."""
    kinds = {entity.key: entity.type for entity in doc.entities}
    if before is None or any(kinds.get(key) == "ORG" for key in keys):
        return keys
    earlier = [
        item.key for item in entity_mentions(doc, before.start, before.stop)
        if item.entity.type == "ORG"
    ]
    return tuple(dict.fromkeys((*earlier, *keys))) if len(set(earlier)) >= 2 else keys


def _adjective_parties(passage: Passage, tools: Toolkit,
                       named: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Places named by adjectives: «китайская сторона», «белорусские партнёры»; not an
    adjective inside a place's name («Московской области» names no Moscow) or a venue's
    name («Петербургского экономического форума»), nor «российский» of «российский
    регион»."""
    tree = TokenTree(passage.tokens)
    return [
        place.key
        for token in passage.tokens if _adjectival(token)
        and not any(start <= token.start and token.stop <= stop for start, stop in named)
        and not _describes_a_venue(tree, token)
        for place in tools.gazetteer.adjective(token.text)
        if not (place.key == "RU"
                and home_of_regions(passage.tokens, token.start, token.stop))
    ] + [
        place.key
        for token in passage.tokens if token.pos == "NOUN"
        and (place := tools.gazetteer.demonym(token.text)) is not None
    ]


def _adjectival(token: Token) -> bool:
    """An adjective, or a word the tagger called a noun that the parse hangs on a noun as
    one («с китайскими, индийскими и бразильскими регионами»: «китайскими» tagged a
    noun)."""
    return token.pos == "ADJ" or (token.pos == "NOUN" and token.rel == "amod"
                                  and token.text.islower())


def _city_of_a_name(passage: Passage, tools: Toolkit, key: str,
                    names: Sequence[tuple[int, int]]) -> bool:
    """Whether every adjective of the city `key` in the passage stands inside the name of
    an organization that is no body of government: «Минский тракторный завод»,
    «Харбинский политехнический университет» name no side in Minsk or Harbin (the
    city's own bodies, «Минский горисполком», do)."""
    spans = [(token.start, token.stop) for token in passage.tokens if token.pos == "ADJ"
             and any(place.key == key for place in tools.gazetteer.adjective(token.text))]
    return bool(spans) and all(
        any(start <= first and last <= stop for start, stop in names) for first, last in spans)


def _describes_a_venue(tree: TokenTree, token: Token) -> bool:
    """A place adjective in a venue's name («в рамках Петербургского международного
    экономического форума»): the forum is where, not who."""
    head = tree.head(token)
    return head is not None and credit_or_venue(tree.tokens, head.start, head.stop)


def _previous_person(doc: Document, before: int) -> list[str]:
    """The person mentioned last before this point (what «он» refers to)."""
    people = [
        (mention.start, entity.key)
        for entity in doc.entities if entity.type == "PER"
        for mention in entity.mentions if mention.stop <= before
    ]
    return [max(people)[1]] if people else []


def _positions_of(doc: Document, keys: list[str]) -> list[str]:
    """The regions and countries the people among `keys` hold a title of."""
    return [
        position.of for position in doc.positions
        if position.person in keys and position.of and not position.of.startswith("org:")
    ]


# Words that may stand between «в» and a place's name: «в провинцию Цзилинь», «в
# китайской провинции Хэнань», «в город Харбин».
KIND_WORDS = frozenset({"провинция", "область", "край", "республика", "город", "штат",
                        "округ", "район", "столица", "аймак"})
VISIT_VERBS = frozenset({"посетить", "посещать"})
OWN_REGION_NOUNS = frozenset({"регион", "земля"})


def place(doc: Document, passage: Passage,
          scope: tuple[frozenset[int], frozenset[int]] | None = None,
          subject: Span | None = None) -> str | None:
    """A place after «в»/«на» in the passage (maybe behind a kind word and an adjective:
    «в китайской провинции Хэнань»), or the place a visit's verb takes as its object
    («делегация посетила Монголию»); a city rather than a region. A place inside
    `subject`, what an agreement is about («соглашение о строительстве завода в Калужской
    области»), is where the thing will be, not where the agreement was signed."""
    tokens = passage.tokens
    after = {token.stop for token in passage.tokens if token.text.lower() in PLACE_PREPOSITIONS}
    after |= {tokens[index].stop for index in _kind_word_runs(tokens)}
    tree = TokenTree(tokens)
    visited = [token.start for index, token in enumerate(tokens) if _visited(tree, index)]
    places = [
        item for item in entity_mentions(doc, passage.start, passage.stop)
        if item.entity.type == "GEO" and (
            any(0 < item.start - stop <= 3 for stop in after)
            or any(item.start <= start < item.stop for start in visited)
            or _governed_by_place_preposition(tree, item.start, item.stop))
        # «с генконсулом КНР в Екатеринбурге»: where the mission sits, not where they met
        and not host_of_mission(tokens, item.start, item.stop)
        and not goal_of_a_supply(tree, item.start, item.stop)
        and not (subject and subject.start <= item.start and item.stop <= subject.stop)
    ]
    places = [places[n] for n in _in_scope([_token_start(passage, item.start)
                                            for item in places], scope)]
    cities = [item for item in places if item.key.startswith("geo:")]
    within = [item for item in places if item.key != "RU"]  # «в России» beside a region
    chosen = (cities or within or places)[:1]
    if chosen:
        return chosen[0].key
    republic = _republic_named_before(doc, passage, tree)
    if republic is not None:
        return republic
    return doc.main_region if _own_region_named(tree) else None


def finer_place(doc: Document, key: str | None, tools: Toolkit) -> str | None:
    """The one city the document names inside an event's country: talks «в
    Таджикистане» in a text that names Худжанд took place in Худжанд. (Inside a region
    the gold keeps the region; a visit keeps its country: measured on the dev part, the
    stage asks this for meetings and forums only.)"""
    if key is None or tools.gazetteer.country(key) != key:
        return key
    cities = set()
    for entity in doc.entities:
        if not entity.key.startswith("geo:") or not entity.mentions:
            continue
        known = tools.gazetteer.get(entity.key)
        kind = known.geo_kind if known else entity.geo_kind
        within = known.within if known else entity.within
        if kind == "city" and within and (
                within == key or key in tools.gazetteer.enclosing(within)):
            cities.add(entity.key)
    return cities.pop() if len(cities) == 1 else key


def _governed_by_place_preposition(tree: TokenTree, start: int, stop: int) -> bool:
    """Whether the name at [start, stop) hangs, maybe through the kind word it names
    («в экономически развитую китайскую провинцию Шаньдун»), under «в»/«на»."""
    head = tree.top(start, stop)
    while head is not None:
        if _under_place_preposition(tree, head):
            return True
        parent = tree.head(head)
        if (parent is None or head.rel not in {"appos", "flat", "flat:name", "nmod"}
                or (parent.lemma or "").lower() not in KIND_WORDS):
            return False
        head = parent
    return False


SUPPLY_REACH = 4  # heads walked up from a goal place to the supply it ends


@lru_cache(maxsize=1)
def supply_words() -> frozenset[str]:
    """The lemmas of the flow triggers that always name a supply (`flows/triggers.tsv`,
    not the weak ones: «направилась в Ташкент» is people travelling), folded; read here
    from the data file, as the flows stage imports this module."""
    return frozenset(fold(row[0]) for row in data_rows("flows/triggers.tsv") if len(row) < 3)


def goal_of_a_supply(tree: TokenTree, start: int, stop: int) -> bool:
    """Whether the name at [start, stop) is where goods go, not where the event is: an
    accusative place under a supply («обсудили экспорт муки и зерна в Монголию»,
    «поставки в Китай», «возможность поставлять зерно в Монголию»; the flow triggers of
    `data/flows/triggers.tsv`), reached through the goods before any other verb."""
    head = tree.top(start, stop)
    if head is None or head.feat("Case") != "Acc":
        return False
    for _, above in zip(range(SUPPLY_REACH), tree.ancestors(head), strict=False):
        if fold(above.lemma or "") in supply_words():
            return True
        if above.pos == "VERB":
            return False
    return False


def _under_place_preposition(tree: TokenTree, token: Token) -> bool:
    """Whether «в»/«во»/«на» is the case marker of `token` in the parse."""
    return any(child.text.lower() in PLACE_PREPOSITIONS
               for child in tree.children(token, {"case"}))


REPUBLIC = "республика"
REPUBLIC_STEM = "республик"  # in any case: «Республики Беларусь»


def _republic_named_before(doc: Document, passage: Passage, tree: TokenTree) -> str | None:
    """«после визита делегации в республику»: a bare «республика» after «в»/«на» is the
    republic named last before it with the word («Республика Беларусь», «Республики
    Татарстан»); None with no such bare word or no republic named."""
    bare = [token for token in tree.tokens
            if fold(token.lemma or "") == REPUBLIC and token.pos == "NOUN"
            and _under_place_preposition(tree, token)
            and not tree.children(token, {"nmod", "flat", "flat:name", "appos", "amod"})]
    if not bare:
        return None
    before = bare[0].start
    named = [(mention.start, entity.key) for entity in doc.entities if entity.type == "GEO"
             for mention in entity.mentions
             if mention.stop <= before and REPUBLIC_STEM in fold(mention.text)]
    return max(named)[1] if named else None


def _own_region_named(tree: TokenTree) -> bool:
    """«в нашем регионе», «посетить регион», «на брянской земле»: the region of the news
    named by a bare noun, with no name of its own."""
    for token in tree.tokens:
        if (token.lemma or "").lower() not in OWN_REGION_NOUNS or token.pos != "NOUN":
            continue
        if tree.children(token, {"nmod", "flat", "appos"}):
            continue  # «регион Сибири»: named
        preposition = _under_place_preposition(tree, token)
        head = tree.head(token)
        visited = (token.rel == "obj" and head is not None
                   and (head.lemma or "").lower() in VISIT_VERBS)
        if preposition or visited:
            return True
    return False


def _kind_word_runs(tokens: Sequence[Token]) -> Iterator[int]:
    """The last index of «в/на» + up to two adjectives or kind words, when a kind word
    ends the run: the name comes next."""
    for index, token in enumerate(tokens):
        if token.text.lower() not in PLACE_PREPOSITIONS:
            continue
        for last in range(index + 1, min(index + 3, len(tokens))):
            word = tokens[last]
            if (word.lemma or "").lower() in KIND_WORDS:
                yield last
                break
            if word.pos != "ADJ":
                break


def _visited(tree: TokenTree, index: int) -> bool:
    """A word that a form of «посетить» takes as its object, as parsed or as an
    accusative without a preposition a few words after the verb («посетила с
    официальным визитом Монголию»)."""
    tokens = tree.tokens
    token = tokens[index]
    head = tree.head(token)
    if token.rel == "obj" and head is not None and (head.lemma or "").lower() in VISIT_VERBS:
        return True
    if token.feat("Case") != "Acc" or token.pos not in ("PROPN", "NOUN"):
        return False
    before = tokens[max(0, index - 5):index]
    return (bool(before) and before[-1].pos != "ADP"
            and any((t.lemma or "").lower() in VISIT_VERBS for t in before))


def agreement_title(passage: Passage, found: list[Trigger]) -> str | None:
    """The agreement's noun phrase, its head in the nominative:
    «соглашение о создании в Санкт-Петербурге Центра белорусской техники»."""
    tokens = passage.tokens
    first = _agreement_head(passage, found)
    if first is None:
        return None
    last = _phrase_end(tokens, first)
    words = [_nominative(tokens[first])] + [
        _spaced(tokens, index) for index in range(first + 1, last + 1)
    ]
    return "".join(words).strip()


def subject_of(passage: Passage, found: list[Trigger]) -> Span | None:
    """What an agreement is about: the «о …» phrase of its title, as a character span."""
    tokens = passage.tokens
    head = _agreement_head(passage, found)
    if head is None:
        return None
    last = _phrase_end(tokens, head)
    about = next(
        (index for index in range(head + 1, last + 1) if tokens[index].text.lower() in ABOUT),
        None,
    )
    return Span(tokens[about].start, tokens[last].stop) if about is not None else None


def _agreement_head(passage: Passage, found: list[Trigger]) -> int | None:
    tokens = passage.tokens
    heads = [
        item.first for item in found
        if item.type == "agreement" and tokens[item.first].pos == "NOUN"
        and tokens[item.first].lemma not in NOT_AGREEMENT_NOUNS
    ]
    return heads[0] if heads else None


def _phrase_end(tokens: Sequence[Token], first: int) -> int:
    """The last token of the head's subtree, stopping before a comma or a dash."""
    below = {first}
    tree = TokenTree(tokens)
    for index in range(first + 1, len(tokens)):
        if tokens[index].text in TITLE_STOPS or tokens[index].text.lower() in PARTY_PREPOSITIONS:
            break
        if any(ancestor in below for ancestor in _ancestry(tree, index)):
            below.add(index)
        else:
            break
    return max(below)


def _nominative(token: Token) -> str:
    lemma = token.lemma or token.text
    return lemma[:1].upper() + lemma[1:] if token.text[:1].isupper() else lemma


def _spaced(tokens: Sequence[Token], index: int) -> str:
    gap = " " if tokens[index].start > tokens[index - 1].stop else ""
    return gap + tokens[index].text
