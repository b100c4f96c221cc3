"""A head's title that names no one, given to the one person the document is about.

Regional news names its protagonist and then calls them by the post alone: «Игорь
Петров встретился с послом … Губернатор Тверской области отметил …», «Президент
заверил …». A head title (`data/positions/head_titles.txt`) with no name in its passage
is the post of the document's one person who has no title of their own, when that post
is of a place and nobody else holds it, and the page names that person or a head's post
first, or the passage before names that person first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from coopwatch.records import Document, Position, Span, Token
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_place_key

PER = "PER"
SINGULAR = "Sing"
FORMER_WORDS = frozenset({"бывший", "экс", "прежний", "предыдущий", "покойный", "пост",
                          "должность"})
# «пресс-служба губернатора», «сайт главы региона»: the office or outlet of a post
# credits the news, no one acts
OFFICE_WORDS = frozenset({"пресс-служба", "пресс-центр", "пресс-секретарь", "аппарат",
                          "приёмная", "приемная", "канцелярия", "сайт", "канал",
                          "телеграм-канал", "страница", "администрация"})


def protagonist(doc: Document, positions: Iterable[Position]) -> str | None:
    """The one person with no title of a known place or body: the only one, or the one
    named strictly more often than any other such person (and at least twice)."""
    titled = {position.person for position in positions if position.of}
    counts = Counter({entity.key: len(entity.mentions) for entity in doc.entities
                      if entity.type == PER and entity.mentions and entity.key not in titled})
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    if len(ranked) == 2 and ranked[0][1] > ranked[1][1] and ranked[0][1] >= 2:
        return ranked[0][0]
    return None


def nameless(doc: Document, tokens: Sequence[Token], first: int) -> bool:
    """The passage of a title at `first` names no one, the title is one person's
    (singular) and not a former holder's or a post sought («на пост президента»)."""
    if any(item.entity.type == PER
           for item in entity_mentions(doc, tokens[0].start, tokens[-1].stop)):
        return False
    before = tokens[first - 1].lemma if first > 0 else ""
    return (tokens[first].feat("Number") == SINGULAR and before not in FORMER_WORDS
            and before not in OFFICE_WORDS)


def near(doc: Document, passages: Sequence[Passage], person: str) -> bool:
    """Whether one of these passages (a title's own and its neighbours) names `person`."""
    return any(item.key == person
               for passage in passages if passage.tokens
               for item in entity_mentions(doc, passage.tokens[0].start,
                                           passage.tokens[-1].stop))


def named_first(doc: Document, passage: Passage, person: str) -> bool:
    """Whether the first person a passage names is `person`: a nameless head title in
    the passage after it is theirs («Переговоры провёл Иван Петров. Губернатор
    отметил …»), not that of the one they met («Пётр Сидоров встретился с Иваном
    Петровым. Губернатор поблагодарил его …» is not Petrov's)."""
    if not passage.tokens:
        return False
    first = next((item for item in entity_mentions(doc, passage.tokens[0].start,
                                                   passage.tokens[-1].stop)
                  if item.entity.type == PER), None)
    return first is not None and first.key == person


def held_elsewhere(positions: Iterable[Position], title: str, of: str) -> bool:
    """Whether someone already holds this title of this place."""
    return any(position.title == title and position.of == of for position in positions)


def unnamed_position(
    person: str, title: str, of: str | None, span: Span, positions: Sequence[Position]
) -> Position | None:
    """The protagonist's position from a nameless head title, when it is of a place no
    one else holds that title of."""
    if of is None or not is_place_key(of) or held_elsewhere(positions, title, of):
        return None
    if any(position.person == person and position.of == of for position in positions):
        return None
    return Position(person=person, title=title, of=of, evidence=(span,))
