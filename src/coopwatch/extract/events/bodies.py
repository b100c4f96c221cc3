"""A body of a territory's government is no third side beside its official and its
territory.

News names an official with the body they serve: «встретился с председателем Минского
городского исполнительного комитета Владимиром Кухаревым», «глава Минпромторга Египта
Ахмед Самир», «вице-спикер Великого Государственного Хурала Монголии». The sides of the
meeting are the people and their territories; the body is how the official is titled.
A body stays a side when none of its officials takes part (talks «в министерстве» with
no one named), when its name names no territory among the sides, and when it is no
body of government (a company beside its director stays: `events/territory_bodies.txt`).
Agreements keep their bodies («соглашение между правительством области и
горисполкомом»): there the bodies are the signing parties, often named without people.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Document, Position
from coopwatch.tools import Toolkit


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("events/territory_bodies.txt"))


def without_bodies_of_sides(doc: Document, keys: Sequence[str],
                            tools: Toolkit) -> list[str]:
    """The keys without an organization that is a body of government (`body_words`) of a
    territory among them, when a person among them holds a post in that body: a post of
    the body itself, or of its territory with the body's word in the title (the
    positions stage gives «председатель городского исполнительного комитета» of Minsk
    for «председатель Минского горисполкома»)."""
    posts = [position for position in doc.positions
             if position.person in keys and position.of]
    places = [key for key in keys if not key.startswith(("org:", "per:"))]
    return [key for key in keys
            if not (key.startswith("org:") and _body_of_a_side(doc, key, places, posts, tools))]


def _body_of_a_side(doc: Document, key: str, places: Sequence[str],
                    posts: Sequence[Position], tools: Toolkit) -> bool:
    entity = doc.entity(key)
    if entity is None or not places:
        return False
    kinds = _lemmas(entity.name, tools) & body_words()
    if not kinds:
        return False
    gazetteer = tools.gazetteer
    named = {mention.place.key for mention in gazetteer.find(entity.name)}
    for word in entity.name.split():
        named |= {place.key for place in gazetteer.adjective(word)}
    if not any(post.of == key or (post.of in named and kinds & _lemmas(post.title, tools))
               for post in posts):
        return False
    return any(
        territory == side or side in gazetteer.enclosing(territory)
        or territory in gazetteer.enclosing(side)
        for territory in named for side in places
    )


def is_body(name: str, tools: Toolkit) -> bool:
    """Whether an organization's name is that of a body of government (`body_words`)."""
    return bool(_lemmas(name, tools) & body_words())


def _lemmas(name: str, tools: Toolkit) -> set[str]:
    words = (word.strip("«»\"()").lower() for word in name.split())
    return {tools.morph.lemma(word) for word in words if word}
