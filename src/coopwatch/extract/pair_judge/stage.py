"""Stage `pair_judge`: a small learned model decides which pairs of parties cooperate.

The rules of `cooperation.stage` find a pair only where the text says so in a shape they
know; on pages never read they found about two pairs in three that annotators marked
(recall 0.65 on the unread dev records). This stage looks at every pair of places and
organizations a document names and estimates, from a few numbers, whether the text
says the two cooperate:

- what the two are (a Russian region and a foreign country, two organizations, a city
  and the region it lies in…);
- whether they are named in one passage, in neighbouring passages, in the headline, in a
  passage with a cooperation cue (`data/cooperation/cues.tsv`) or a deal word
  (`data/cooperation/deal_words.txt`);
- how often each is named, and whether one is the document's main region or its most
  named partner abroad;
- whether an event, a flow or a figure already links them, and whether the rules found
  the pair (`rule`).

It runs after the relevance stage (which reads the rules' pairs alone) and judges no
pair on a page found off topic. A logistic model (`data/cooperation/pair_model.json`, fitted by
`bench/realnews/train_pair_model.py` on the real-news dev part) gives each pair a
probability; pairs at or above the model's floor are kept, the rules' own included, and
those under it are left out. A pair the model adds points at the passages that name both
parties, or at each party's first mention.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from coopwatch.extract.confidence.stage import Model
from coopwatch.extract.cooperation.parties import ordered
from coopwatch.extract.sectors.stage import sectors_of
from coopwatch.lexicon.datafiles import data_rows, data_text
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon
from coopwatch.records import Cooperation, Document, Entity, Span, Token
from coopwatch.text.regions import is_country_key, is_russia_or_region
from coopwatch.tools import Toolkit

# what "many" is for each count before it is scaled to 0..1
MANY_SHARED = 3
FEW_MENTIONS = 5
MANY_MENTIONS = 10
MANY_PLACES = 15
MANY_ENTITIES = 30
MANY_EVENTS = 3
# a mention this early is in the headline or the first line
HEADLINE = 200
BOTH_EARLY = 300
REGION_KEY = re.compile(r"([A-Z]{2})-\w+")
WORD = re.compile(r"\w[\w-]*")
# «сотрудничество Омской области с Павлодарской», «товарооборот между Татарстаном и …»
LINKING = {"с": "with", "со": "with", "между": "between"}
LEAD_WORDS = 3
MANY_APART = 5
# letters of a word enough to take two forms for one name («Липецк», «Липецкой»)
STEM = 5


@dataclass(frozen=True)
class PairModel:
    """A logistic model (the confidence stage's kind) and the floor a pair needs."""

    logistic: Model
    floor: float

    @property
    def weights(self) -> dict[str, float]:
        return self.logistic.weights

    def probability(self, values: dict[str, float]) -> float:
        return self.logistic.probability(values)


@lru_cache(maxsize=1)
def model() -> PairModel:
    data: dict[str, Any] = json.loads(data_text("cooperation/pair_model.json"))
    weights = {name: float(value) for name, value in data["weights"].items()}
    return PairModel(Model(float(data["bias"]), weights), float(data["floor"]))


@lru_cache(maxsize=1)
def pair_cues() -> LemmaLexicon:
    """The cooperation cues that name a pair's cooperation itself (kind `pair`)."""
    rows = [row for row in data_rows("cooperation/cues.tsv") if row[1] == "pair"]
    return LemmaLexicon.from_pairs([(row[0], "pair") for row in rows])


@lru_cache(maxsize=1)
def deal_words() -> frozenset[str]:
    """Lemmas of agreements, supplies, investment and visits (`deal_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/deal_words.txt"))


def kind(key: str, entities: dict[str, Entity]) -> str:
    """What a party is: `ru` (Russia), `rureg` (a Russian region), `country`, `freg` (a
    region abroad), `rucity` / `city` (a place inside Russia / abroad), `org`."""
    if key == "RU":
        return "ru"
    if key.startswith("RU-"):
        return "rureg"
    if key.startswith("org:"):
        return "org"
    if key.startswith("geo:"):
        entity = entities.get(key)
        inside = (entity.within or "") if entity else ""
        return "rucity" if is_russia_or_region(inside) else "city"
    if is_country_key(key):
        return "country"
    return "freg"


@dataclass
class Scene:
    """What the features need of a document, computed once for all its pairs."""

    doc: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)
    passages_of: dict[str, set[int]] = field(default_factory=dict)
    first_of: dict[str, int] = field(default_factory=dict)
    led_by: dict[str, dict[str, set[int]]] = field(default_factory=dict)
    events_of: dict[str, set[int]] = field(default_factory=dict)
    figures_of: dict[str, set[int]] = field(default_factory=dict)
    flow_pairs: set[frozenset[str]] = field(default_factory=set)
    cue: set[int] = field(default_factory=set)
    deal: set[int] = field(default_factory=set)
    top_abroad: str | None = None
    top_region: str | None = None
    places: int = 0

    @classmethod
    def of(cls, doc: Document) -> Scene:
        scene = cls(doc, {entity.key: entity for entity in doc.entities})
        scene.starts = [passage.start for passage in doc.passages]
        starts = [[token.start for token in passage.tokens] for passage in doc.passages]
        for entity in doc.entities:
            scene.passages_of[entity.key] = {scene.passage_at(m.start) for m in entity.mentions}
            scene.first_of[entity.key] = min((m.start for m in entity.mentions),
                                             default=len(doc.text))
            for mention in entity.mentions:
                number = scene.passage_at(mention.start)
                if number >= 0:
                    word = _leading_preposition(doc.passages[number].tokens,
                                                bisect.bisect_left(starts[number], mention.start))
                    if word is not None:
                        scene.led_by.setdefault(word, {}).setdefault(entity.key, set()).add(number)
        for number, event in enumerate(doc.events):
            for key in event.participants:
                scene.events_of.setdefault(key, set()).add(number)
        for number, figure in enumerate(doc.figures):
            for key in figure.parties:
                scene.figures_of.setdefault(key, set()).add(number)
        scene.flow_pairs = {frozenset((flow.source, flow.target)) for flow in doc.flows}
        words = deal_words()
        for number, passage in enumerate(doc.passages):
            if pair_cues().matches(passage.lemmas):
                scene.cue.add(number)
            if any(fold(lemma) in words for lemma in passage.lemmas):
                scene.deal.add(number)
        counts = Counter({entity.key: len(entity.mentions) for entity in doc.entities})
        kinds = {key: kind(key, scene.entities) for key in counts}
        scene.top_abroad = _most(counts, [k for k in counts if kinds[k] in ("country", "freg")])
        scene.top_region = _most(counts, [k for k in counts if kinds[k] == "rureg"])
        scene.places = sum(entity.type == "GEO" for entity in doc.entities)
        return scene

    def passage_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def mentions(self, key: str) -> int:
        entity = self.entities.get(key)
        return len(entity.mentions) if entity else 0

    def first(self, key: str) -> int:
        return self.first_of.get(key, len(self.doc.text))

    def parent(self, key: str) -> str | None:
        """The place a place lies in: its `within`, or the country of a region key."""
        entity = self.entities.get(key)
        if entity is not None and entity.within:
            return entity.within
        found = REGION_KEY.fullmatch(key)
        return found.group(1) if found else None

    def inside(self, key: str, outer: str) -> bool:
        """`key` lies in `outer`, directly or through the places between."""
        seen = {key}
        place = self.parent(key)
        while place is not None and place not in seen:
            if place == outer:
                return True
            seen.add(place)
            place = self.parent(place)
        return False


def _leading_preposition(tokens: Sequence[Token], index: int) -> str | None:
    """The preposition a mention's phrase opens with, its adjectives skipped: «с
    Павлодарской областью» -> «с»."""
    for back in range(index - 1, max(-1, index - 1 - LEAD_WORDS), -1):
        token = tokens[back]
        if token.pos == "ADP":
            return LINKING.get(fold(token.text))
        if token.pos not in ("ADJ", "DET", "NUM"):
            return None
    return None


def _most(counts: Counter[str], keys: list[str]) -> str | None:
    return max(keys, key=lambda key: (counts[key], key)) if keys else None


def _scaled(count: int, most: int) -> float:
    return min(count, most) / most


def parties(doc: Document) -> list[str]:
    """The keys that may be a side of a pair: places and organizations."""
    return sorted({entity.key for entity in doc.entities if entity.type in ("GEO", "ORG")})


def candidates(doc: Document) -> list[tuple[str, str]]:
    """Every pair of parties, in the stable order of `parties.ordered`, and the rules'
    pairs (a side may be named only by an adjective: «швейцарской компании»)."""
    found = {ordered(first, second) for first, second in combinations(parties(doc), 2)}
    found |= {ordered(*fact.parties) for fact in doc.cooperation}
    return sorted(found)


def features(scene: Scene, pair: tuple[str, str], rule: bool) -> dict[str, float]:
    """The numbers the model reads for one pair."""
    first, second = pair
    doc = scene.doc
    kinds = sorted((kind(first, scene.entities), kind(second, scene.entities)))
    here, there = scene.passages_of.get(first, set()), scene.passages_of.get(second, set())
    shared = here & there
    mentions = (scene.mentions(first), scene.mentions(second))
    firsts = (scene.first(first), scene.first(second))
    keys = {first, second}
    linked = [doc.events[n] for n in sorted(scene.events_of.get(first, set())
                                          & scene.events_of.get(second, set()))]
    with_one = scene.led_by.get("with", {})
    between = scene.led_by.get("between", {})
    values = {
        "rule": float(rule),
        "with": float(bool((with_one.get(first, set()) & there)
                           or (with_one.get(second, set()) & here))),
        "between": float(bool((between.get(first, set()) | between.get(second, set())) & shared)),
        "apart": _scaled(_gap(here, there), MANY_APART),
        f"kinds={kinds[0]}|{kinds[1]}": 1.0,
        "within": float(_directly_within(scene, first, second)),
        "inside": float(scene.inside(first, second) or scene.inside(second, first)),
        "shared": _scaled(len(shared), MANY_SHARED),
        "shared_any": float(bool(shared)),
        "shared_cue": float(bool(shared & scene.cue)),
        "shared_cues": _scaled(len(shared & scene.cue), MANY_SHARED),
        "shared_deal": float(bool(shared & scene.deal)),
        "neighbours": float(bool({n + 1 for n in here} & there or {n + 1 for n in there} & here)),
        "headline_both": float(0 in here and 0 in there),
        "main": float(doc.main_region in keys),
        "top_abroad": float(scene.top_abroad in keys),
        "top_region": float(scene.top_region in keys),
        "main_pair": float(keys == {doc.main_region, scene.top_abroad}),
        "fewer_mentions": _scaled(min(mentions), FEW_MENTIONS),
        "more_mentions": _scaled(max(mentions), MANY_MENTIONS),
        "early": float(min(firsts) < HEADLINE),
        "both_early": float(max(firsts) < BOTH_EARLY),
        "named_after": float(_named_after(scene, first, second)
                             or _named_after(scene, second, first)),
        "events": _scaled(len(linked), MANY_EVENTS),
        "flow": float(frozenset(keys) in scene.flow_pairs),
        "figure": float(bool(scene.figures_of.get(first, set())
                             & scene.figures_of.get(second, set()))),
        "places": _scaled(scene.places, MANY_PLACES),
        "entities": _scaled(len(doc.entities), MANY_ENTITIES),
    }
    for event in linked:
        values[f"event={event.type}"] = 1.0
    return values


def _named_after(scene: Scene, body: str, place: str) -> bool:
    """An organization named after the place, its own body or zone: «Особая экономическая
    зона Санкт-Петербурга», «Торгово-промышленная палата Татарстана»."""
    entity, named = scene.entities.get(body), scene.entities.get(place)
    if entity is None or named is None or entity.type != "ORG" or named.type != "GEO":
        return False
    words = {fold(word)[:STEM] for word in WORD.findall(entity.name) if len(word) >= STEM}
    names = (named.name, *named.aliases, *(mention.text for mention in named.mentions))
    return any(fold(word)[:STEM] in words
               for name in names for word in WORD.findall(name) if len(word) >= STEM)


def _gap(here: set[int], there: set[int]) -> int:
    """How many passages lie between the nearest mentions of the two (0: one passage)."""
    if not here or not there:
        return MANY_APART
    return min(abs(one - other) for one in here for other in there)


def _directly_within(scene: Scene, first: str, second: str) -> bool:
    one, other = scene.entities.get(first), scene.entities.get(second)
    return bool((one is not None and one.within == second)
                or (other is not None and other.within == first))


def scored_pairs(scene: Scene) -> Iterator[tuple[tuple[str, str], dict[str, float], bool]]:
    """Every candidate pair of the scene's card with its features and whether the rules
    found it."""
    doc = scene.doc
    found = {frozenset(fact.parties) for fact in doc.cooperation}
    for pair in candidates(doc):
        rule = frozenset(pair) in found
        values = features(scene, pair, rule)
        # a place's own body or zone is its side: 409 such pairs of 410 were wrong on dev
        if rule or not values["named_after"]:
            yield pair, values, rule


def judge(doc: Document, tools: Toolkit) -> Document:
    """Keep the pairs the model finds likely, the rules' own and the new ones alike."""
    if (not doc.cooperation and not doc.entities) or not _on_topic(doc):
        return doc
    judged = model()
    scene = Scene.of(doc)
    kept = {frozenset(pair): pair for pair, values, _ in scored_pairs(scene)
            if judged.probability(values) >= judged.floor}
    facts = [fact for fact in doc.cooperation if frozenset(fact.parties) in kept]
    have = {frozenset(fact.parties) for fact in doc.cooperation}
    facts += [added(scene, pair)
              for key, pair in sorted(kept.items(), key=lambda item: item[1]) if key not in have]
    return doc.replace(cooperation=tuple(facts))


def _on_topic(doc: Document) -> bool:
    """No pair is judged, nor added, on a document the relevance stage found off topic."""
    return doc.relevance is None or doc.relevance.on_topic


def added(scene: Scene, pair: tuple[str, str]) -> Cooperation:
    """A pair the rules did not find, with its evidence and the sectors named there."""
    spans = evidence(scene, pair)
    passages = scene.doc.passages
    tokens = [token for number in sorted({scene.passage_at(span.start) for span in spans})
              if number >= 0 for token in passages[number].tokens
              if any(span.start <= token.start < span.stop for span in spans)]
    return Cooperation(pair, sectors=sectors_of(tokens), evidence=spans)


def propose_all(doc: Document, tools: Toolkit) -> Document:
    """Every candidate pair as a fact (the trainer labels them against gold)."""
    if not _on_topic(doc):
        return doc
    scene = Scene.of(doc)
    found = {frozenset(fact.parties): fact for fact in doc.cooperation}
    facts = [found.get(frozenset(pair)) or added(scene, pair)
             for pair, _, _ in scored_pairs(scene)]
    return doc.replace(cooperation=tuple(facts))


def evidence(scene: Scene, pair: tuple[str, str]) -> tuple[Span, ...]:
    """The passages naming both parties, else each party's first mention."""
    passages = scene.doc.passages
    first, second = (scene.passages_of.get(key, set()) for key in pair)
    shared = sorted(first & second)
    if shared:
        return tuple(passages[n].span for n in shared if n >= 0)
    return tuple(Span(mention.start, mention.stop) for key in pair
                 if (entity := scene.entities.get(key)) is not None and entity.mentions
                 for mention in [min(entity.mentions, key=lambda m: m.start)])
