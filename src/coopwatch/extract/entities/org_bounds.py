"""The bounds of an organization's mentions: a quote at either end of a mention with no
partner inside it is no part of the name.

The NER model and the tail rules sometimes stop a span one character past a name's
closing quote whose opening one they left out («Голоса Америки»» read as «Голоса
Америки»»), or take in the opening quote of a name they then cut («СИЗО «»). The
mention keeps the name, not the stray quote; a mention that is only quotes and a kind
word is left as it is. Wiki markup for italics («''Samsung Group''») is no quote of the
name either: the doubled apostrophes at a mention's ends go.

A company's legal form is no part of its name, and neither are the quotes around the
name after it: the mention «ОАО «Башкирэнерго»» is «Башкирэнерго», «ООО "Ромашка"» is
«Ромашка» (the way FactRuEval and NEREL bound such names). So is a phrase that ends in
a kind of organization before a quoted name: the mention «Павловского
машиностроительного завода «Восход»» is «Восход», «Концерн «Майкрософт»» is
«Майкрософт» (a zone's designator stays: «особой экономической зоны «Калуга»»).
The entity's name is not changed («Концерн Майкрософт» with the alias
«Майкрософт»). A name with no quotes after the form («ООО Ромашка») keeps its mention
as it is.

A site's name is often cut before its domain («ЮГА.ру» read as «ЮГА»): a mention followed
right away by a dot and a top-level domain takes the domain in, and so does the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.lexicon import designators, is_org_kind, legal_forms
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

OPENING = "«„"
CLOSING = "»“"
STRAIGHT = "\""
WIKI_ITALICS = "''"
DOMAIN = re.compile(r"\.(\w{2,4})(?![\w-])(?!\.\w)")  # a full stop may end the sentence


def without_dangling_quotes(entities: Sequence[Entity]) -> list[Entity]:
    """The entities, their ORG mentions cut short of a quote with no partner inside."""
    return [replace(entity, mentions=tuple(_trimmed(m) for m in entity.mentions))
            if entity.type == "ORG" else entity for entity in entities]


def _trimmed(mention: Mention) -> Mention:
    text, start, stop = mention.text, mention.start, mention.stop
    while text.startswith(WIKI_ITALICS) and len(text) > len(WIKI_ITALICS):
        text, start = text[len(WIKI_ITALICS):], start + len(WIKI_ITALICS)
    while text.endswith(WIKI_ITALICS) and len(text) > len(WIKI_ITALICS):
        text, stop = text[:-len(WIKI_ITALICS)], stop - len(WIKI_ITALICS)
    opens = sum(text.count(q) for q in OPENING)
    closes = sum(text.count(q) for q in CLOSING)
    if text[-1:] in CLOSING and closes > opens:
        text, stop = text[:-1], stop - 1
    elif text[:1] in OPENING and opens > closes:
        text, start = text[1:], start + 1
    elif text.count(STRAIGHT) % 2 and text[-1:] == STRAIGHT:
        text, stop = text[:-1], stop - 1
    elif text.count(STRAIGHT) % 2 and text[:1] == STRAIGHT:
        text, start = text[1:], start + 1
    stripped = text.rstrip()
    stop -= len(text) - len(stripped)
    cut = len(stripped) - len(stripped.lstrip())
    text, start = stripped[cut:], start + cut
    if not any(char.isalnum() for char in text) or (start, stop) == (mention.start, mention.stop):
        return mention
    return replace(mention, start=start, stop=stop, text=text)


def without_legal_forms(morph: Morph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities, their ORG mentions of a legal form or a kind of organization and a
    quoted name cut to the name inside the quotes."""
    return [replace(entity, mentions=tuple(_quoted_name(morph, m) for m in entity.mentions))
            if entity.type == "ORG" else entity for entity in entities]


def _quoted_name(morph: Morph, mention: Mention) -> Mention:
    """«ОАО «МАЗ»» -> «МАЗ», «ОАО НК «Роснефть»» -> «Роснефть», «АО «Русатом» (no
    closing quote) -> «Русатом», «завода «Восход»» -> «Восход»; any other mention as
    it is."""
    text = mention.text
    opening = next((at for at, char in enumerate(text) if char in OPENING + STRAIGHT), -1)
    if opening <= 0 or not (_legal_forms_only(text[:opening])
                            or _ends_in_kind(morph, text[:opening])):
        return mention
    start = opening + 1
    stop = len(text) - 1 if text[-1] in CLOSING + STRAIGHT and len(text) - 1 > start else len(text)
    name = text[start:stop]
    if not name.strip() or not any(char.isalnum() for char in name) or name != name.strip():
        return mention
    normal = name if mention.normal == text else mention.normal
    return replace(mention, start=mention.start + start, stop=mention.start + stop,
                   text=name, normal=normal)


def _legal_forms_only(prefix: str) -> bool:
    """Whether the words before a name's opening quote are legal forms («ОАО», «ОАО НК»)."""
    words = prefix.split()
    return bool(words) and (" ".join(words) in legal_forms()
                            or all(word in legal_forms() for word in words))


def _ends_in_kind(morph: Morph, prefix: str) -> bool:
    """Whether the words before a name's opening quote end in a kind of organization
    («Павловского машиностроительного завода», «Концерн»); not in a designator of a
    zone or a park (`entities/org_designators.txt`): «особой экономической зоны
    «Людиново»» is named after its place, and the kind phrase stays in the mention."""
    words = prefix.split()
    if not words or not words[-1].isalpha():
        return False
    parse = morph.parse(words[-1])[0]
    lemma = fold(parse.normal_form)
    return parse.tag.POS == "NOUN" and is_org_kind(lemma) and lemma not in designators()


@lru_cache(maxsize=1)
def site_domains() -> frozenset[str]:
    """Top-level domains of news sites, in lower case: ру, ru, kz."""
    return frozenset(row[0].lower() for row in data_rows("entities/site_domains.txt"))


def a_web_address(name: str) -> bool:
    """A site's address is a news outlet's name, not a firm's: «Letnews.ru» (a domain of
    `entities/site_domains.txt` after the last dot; «Sinotrans.Ltd» is a firm)."""
    stem, dot, domain = name.rpartition(".")
    return bool(stem and dot) and domain.lower() in site_domains()


def with_site_domains(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """The entities, an ORG mention cut before its site's domain («ЮГА» of «ЮГА.ру»)
    taking the domain in; a name written as that mention takes it too, the short form
    staying an alias."""
    return [_with_domain(text, entity) if entity.type == "ORG" else entity
            for entity in entities]


def _with_domain(text: str, entity: Entity) -> Entity:
    mentions = []
    domain = None
    for mention in entity.mentions:
        match = DOMAIN.match(text, mention.stop)
        if match is None or match.group(1).lower() not in site_domains():
            mentions.append(mention)
            continue
        stop = match.end()
        written = text[mention.start:stop]
        normal = written if mention.normal == mention.text else mention.normal
        mentions.append(replace(mention, stop=stop, text=written, normal=normal))
        if mention.text == entity.name:
            domain = match.group(0)
    if domain is None:
        return replace(entity, mentions=tuple(mentions))
    name = entity.name + domain
    aliases = tuple(dict.fromkeys((*entity.aliases, entity.name)))
    return replace(entity, key="org:" + name, name=name, aliases=aliases,
                   mentions=tuple(mentions))
