"""Which triggers of a passage name an event of their own.

Read from the syntax tree around the trigger:
- background: a trigger under a participle that describes a noun («идею, озвученную
  Президентом на встрече с губернатором») tells how something came about, not news;
- generic: a plural noun trigger of a joint project or a localization («работу
  совместных предприятий», «пула резидентов») names a kind of thing, and a trigger
  under a measure noun («уровня локализации») names a degree;
- counted: a visit whose subject is a number of people (tourists, students);
- anaphoric: a meeting named again in passing, inside a prepositional phrase and
  without a partner of its own («в завершение встречи», «по итогам переговоров»);
- tallies and decrees: agreements counted as in force («действует 169 соглашений») and a
  decree or a law signed («подписал указ») are no signing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.extract.entities.org_bounds import a_web_address
from coopwatch.extract.events.triggers import PLACE_NAME_NOUNS, Trigger
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.attribution import names_a_source
from coopwatch.text.passages import Passage
from coopwatch.text.token_tree import TokenTree, top_of

GENERIC_WHEN_PLURAL = frozenset({"joint_project", "localization"})
PARTNER_PREPOSITIONS = frozenset({"с", "со", "между"})


@lru_cache(maxsize=1)
def measure_nouns() -> frozenset[str]:
    """Nouns that make a trigger under them a degree, not an event (`events/triggers.tsv`)."""
    rows = data_rows("events/triggers.tsv")
    return frozenset(fold(row[2]) for row in rows if row[0] == "measure")


@lru_cache(maxsize=1)
def cargo_nouns() -> frozenset[str]:
    """What arrives with goods, never with visitors (`events/triggers.tsv`)."""
    rows = data_rows("events/triggers.tsv")
    return frozenset(fold(row[2]) for row in rows if row[0] == "cargo")


@lru_cache(maxsize=1)
def generic_qualifiers() -> frozenset[str]:
    """Words that make a plural event noun a kind of event (`events/triggers.tsv`)."""
    rows = data_rows("events/triggers.tsv")
    return frozenset(fold(row[2]) for row in rows if row[0] == "generic")


def names_event(passage: Passage, trigger: Trigger) -> bool:
    """Whether this trigger names an event of its own (not background, not generic)."""
    tree = TokenTree(passage.tokens)
    return not (
        _background(tree, trigger) or _generic(tree, trigger)
        or (trigger.type == "visit" and (_counted_subject(tree, trigger)
                                         or _cargo_subject(tree, trigger)))
        # «В Приморском крае работает 176 предприятий с китайским капиталом»: a count
        or (trigger.type == "localization" and _counted_subject(tree, trigger))
        or (trigger.type == "meeting" and _with_the_press(tree, trigger))
        or (trigger.type == "agreement" and _concluded_speaking(tree, trigger))
        or _delegation_makeup(tree, trigger)
        or (trigger.type == "forum" and _source_of_news(tree, trigger))
        or (trigger.type == "agreement" and _held(tree, trigger))
        or (trigger.type == "agreement" and _counted_in_force(tree, trigger))
        or (trigger.type == "agreement" and _a_decree_signed(tree, trigger))
    )


@lru_cache(maxsize=1)
def decree_nouns() -> frozenset[str]:
    """One-sided acts whose signing is no agreement (`events/triggers.tsv`)."""
    rows = data_rows("events/triggers.tsv")
    return frozenset(fold(row[2]) for row in rows if row[0] == "decree")


def _a_decree_signed(tree: TokenTree, trigger: Trigger) -> bool:
    """A signing verb or noun whose document is a decree or a law: «Лукашенко подписал
    указ», «подписание постановления» put no two sides to a paper."""
    word = tree.tokens[trigger.first]
    if trigger.last - trigger.first != 1 or word.pos not in ("VERB", "NOUN"):
        return False
    documents = tree.children(word, {"obj"} if word.pos == "VERB" else {"nmod"})
    return bool(documents) and all(
        fold(doc.lemma or doc.text) in decree_nouns() for doc in documents)


SIGNING_VERBS = frozenset({"подписать", "подписывать"})
TOLD_DOCUMENTS = frozenset({"документ"})


def signs_the_document_told(passage: Passage) -> bool:
    """Whether a signing verb of the passage has a bare «документ» for its object: «Со
    стороны Новосибирской области документ подписал первый заместитель губернатора …»
    tells who signed the agreement named before: they join it
    (`events.stage._with_signatories`), and the signing is then one with it
    (`_one_signing`)."""
    tree = TokenTree(passage.tokens)
    return any(_signs_a_bare_document(tree, token) for token in passage.tokens
               if fold(token.lemma or token.text) in SIGNING_VERBS)


def _signs_a_bare_document(tree: TokenTree, verb: Token) -> bool:
    documents = tree.children(verb, {"obj", "nsubj:pass"})
    return len(documents) == 1 and fold(documents[0].lemma or "") in TOLD_DOCUMENTS and not (
        tree.children(documents[0], {"nmod", "amod", "acl"}))


# verbs of being in force or on record: «действует 169 соглашений», «насчитывается 40
# договоров» count papers signed over the years, no signing of the day
IN_FORCE_VERBS = frozenset({"действовать", "насчитываться", "существовать", "иметься"})


def _counted_in_force(tree: TokenTree, trigger: Trigger) -> bool:
    """Agreements counted as in force: «На сегодняшний день действует 169 соглашений
    о сотрудничестве между субъектами РФ и регионами Беларуси» is a tally."""
    noun = tree.tokens[trigger.first]
    verb = tree.head(noun)
    counted = any(t.rel.startswith("nummod") or t.pos == "NUM" for t in tree.children(noun))
    if noun.pos != "NOUN" or not counted or verb is None:
        return False
    return fold(verb.lemma or verb.text) in IN_FORCE_VERBS


HOLDER_CASES = frozenset({"у"})


def _a_holder(token: Token) -> bool:
    """A side that can hold agreements: a name, a pronoun («у нас») or a region's kind
    word («у области», «у республики»); «у здания правительства» is a place."""
    return token.pos in {"PROPN", "PRON"} or fold(token.lemma or "") in PLACE_NAME_NOUNS


def _held(tree: TokenTree, trigger: Trigger) -> bool:
    """Agreements a side holds («Сегодня у республики подписаны соглашения с 8 регионами»,
    «у нас заключены договоры»): a stock of documents, no signing. The holder in «у»
    (`_a_holder`) hangs on the agreement noun or on the verb above it."""
    token = tree.tokens[trigger.first]
    owners = [token, *([head] if (head := tree.head(token)) is not None else [])]
    return any(_a_holder(child) and any(
        fold(case.lemma or "") in HOLDER_CASES for case in tree.children(child, {"case"}))
        for owner in owners for child in tree.children(owner, {"obl", "nmod"}))


def _source_of_news(tree: TokenTree, trigger: Trigger) -> bool:
    """A forum named as the source of the news: «сообщает пресс-служба форума»,
    «опубликовано в телеграм-канале выставки». Its channel speaks; it is no event."""
    span = tree.tokens[trigger.first:trigger.last]
    token = top_of(span) or span[0]
    for _ in range(2):
        head = tree.head(token)
        if head is None or token.rel not in {"nmod", "appos"} or head.pos != "NOUN":
            return False
        if names_a_source(head.lemma or ""):
            return True
        token = head
    return False


# «на полях форума», «в рамках выставки»: the forum is where another event happened
VENUE_HEADS = frozenset({"поле", "рамка"})


# «накануне выставки», «перед форумом», «в преддверии форума»: the forum dates another
# event
TIME_CASES = frozenset({"накануне", "перед", "после"})
TIME_HEADS = frozenset({"преддверие", "канун"})


def venue_only(passage: Passage, trigger: Trigger, others: Sequence[Trigger]) -> bool:
    """A forum named as the venue of another event the passage tells («на полях форума
    губернатор встретился…»), or as its time («делегация прибыла накануне выставки»):
    no forum event of its own, unless it is a forum of named sides (the stage decides:
    «на полях Дней Москвы в ОАЭ»)."""
    if trigger.type != "forum" or not any(item.type != "forum" for item in others):
        return False
    tree = TokenTree(passage.tokens)
    for token in passage.tokens[trigger.first:trigger.last]:
        head = tree.head(token)
        if head is not None and (head.lemma or "").lower() in VENUE_HEADS | TIME_HEADS:
            return True
        if any(child.text.lower() in TIME_CASES for child in tree.children(token, {"case"})):
            return True
    return False


# «В составе делегации – представители…», «Делегацию возглавил губернатор»: who the
# delegation is, said of a visit already told, is no visit of its own.
MAKEUP_WORDS = frozenset({"состав", "возглавить", "возглавлять", "войти", "входить"})
DELEGATION = "делегация"


def makes_up_a_delegation(passage: Passage, found: Sequence[Trigger]) -> bool:
    """Whether the passage tells who a delegation is («В состав делегации вошли…»,
    «Делегацию возглавил губернатор»): its people are the visitors of the visit told
    around it."""
    tree = TokenTree(passage.tokens)
    return any(item.type == "visit" and _delegation_makeup(tree, item) for item in found)


def _delegation_makeup(tree: TokenTree, trigger: Trigger) -> bool:
    tokens = tree.tokens
    token = tokens[trigger.first]
    if token.lemma != DELEGATION or trigger.last - trigger.first != 1:
        return False
    if any(t.lemma in MAKEUP_WORDS for t in tokens[max(0, trigger.first - 3):trigger.first]):
        return True
    head = tree.head(token)
    return head is not None and head.lemma in MAKEUP_WORDS


# words that point back at an event already told: «сегодняшняя встреча станет первым
# шагом», «эта встреча даст импульс», «прошедшие переговоры»
DEICTIC = frozenset({"сегодняшний", "вчерашний", "нынешний", "этот", "данный",
                     "состояться", "состоявшийся", "прошедший", "указанный"})


def deictic(passage: Passage, trigger: Trigger) -> bool:
    """An event noun pointed back at by a deictic word: the event already told."""
    tree = TokenTree(passage.tokens)
    token = passage.tokens[trigger.first]
    return token.pos == "NOUN" and any(
        fold(child.lemma or "") in DEICTIC for child in tree.children(token, {"amod", "det", "acl"}))


def anaphoric(passage: Passage, trigger: Trigger) -> bool:
    """A meeting noun named again in a prepositional phrase, without a partner, or
    pointed back at by a deictic word."""
    tree = TokenTree(passage.tokens)
    token = passage.tokens[trigger.first]
    if token.pos != "NOUN" or _children(tree, token, "nmod", PARTNER_PREPOSITIONS):
        return False
    if deictic(passage, trigger):
        return True
    head = tree.head(token)
    return _has_case(tree, token) or (
        token.rel == "nmod" and head is not None and head.pos == "NOUN" and _has_case(tree, head)
    )


# what an event does: the verb's object or infinitive tells its effect
EFFECT_RELS = frozenset({"obj", "xcomp"})


def evaluated(passage: Passage, trigger: Trigger) -> bool:
    """An event noun as the subject of a verb with an object, telling what the event
    does or will do («Соглашение позволит вывести сотрудничество на новый уровень»,
    «Подписание соглашения определит новый этап»): the event told before, weighed. The
    noun stands before its verb as its only subject: an object after the verb may be
    parsed as a subject («Стороны обсудили … предстоящий визит»)."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    token = tokens[trigger.first]
    above = tree.head(token)
    if token.rel == "nmod" and above is not None and above.pos == "NOUN":
        token = above  # «подписание соглашения»: the phrase's head noun is the subject
    if trigger.weak or token.pos != "NOUN" or token.rel != "nsubj":
        return False
    head = tree.head(token)
    if head is None or head.pos != "VERB" or tokens.index(head) < tokens.index(token):
        return False
    children = tree.children(head)
    return (not any(item.rel == "nsubj" and item is not token for item in children)
            and any(item.rel in EFFECT_RELS for item in children))


# «согласно договоренностям», «в соответствии с соглашением», «на основании
# меморандума»: an agreement cited as the ground of something else
CITING_CASES = frozenset({"согласно"})
CITING_HEADS = frozenset({"соответствие", "основание"})


# «в рамках визита», «в ходе поездки», «по итогам визита», «во время посещения»: the
# frame of what the passage tells; «цель визита», «программа поездки»: what it is for
FRAME_HEADS = frozenset({"рамка", "ход", "время", "итог", "результат", "завершение"})
PURPOSE_HEADS = frozenset({"цель", "программа"})
# «участникам форума», «мероприятием форума», «на площадке выставки»: the forum told
FORUM_PARTS = frozenset({"участник", "мероприятие", "площадка", "гость", "поле"})


def framed(passage: Passage, trigger: Trigger) -> bool:
    """A visit or forum noun named as the frame or the purpose of what the passage tells
    («В рамках визита делегация возложила цветы», «Целью поездки станут переговоры»,
    «К участникам форума обратились президенты»): the one told before, named again."""
    tree = TokenTree(passage.tokens)
    token = passage.tokens[trigger.first]
    if token.pos != "NOUN":
        return False
    if any(fold(item.lemma or "") in FRAME_HEADS for case in tree.children(token, {"case"})
           for item in tree.children(case, {"fixed"})):
        return True  # «в ходе поездки» parsed as one preposition
    head = tree.head(token)
    if head is None or token.rel != "nmod":
        return False
    lemma = fold(head.lemma or "")
    return lemma in PURPOSE_HEADS or (lemma in FRAME_HEADS and _has_case(tree, head)) or (
        trigger.type == "forum" and lemma in FORUM_PARTS)


def cited(passage: Passage, trigger: Trigger) -> bool:
    """An agreement named as the ground of what the passage tells, not as news: it is the
    agreement told before, whatever the tense of the passage."""
    tree = TokenTree(passage.tokens)
    token = passage.tokens[trigger.first]
    if _signed_one_as_subject(tree, token):
        return True
    if token.pos != "NOUN":
        return False
    cases = {child.text.lower() for child in tree.children(token, {"case"})}
    head = tree.head(token)
    return bool(cases & CITING_CASES) or (
        head is not None and fold(head.lemma or "") in CITING_HEADS and _has_case(tree, head))


ANNIVERSARY_NOUNS = frozenset({"годовщина", "юбилей"})
ANNIVERSARY_END = "летие"  # «25-летие», «десятилетие»
ANNIVERSARY_REACH = 3  # heads walked up from the trigger: «25-летия подписания Договора»


def anniversary(passage: Passage, trigger: Trigger) -> bool:
    """An agreement whose anniversary the passage tells («празднование 25-летия Договора
    о добрососедстве», «к годовщине подписания меморандума»): signed long before, and
    the time of the celebration is not its date."""
    tree = TokenTree(passage.tokens)
    at: int | None = tree.head_at(trigger.first)
    for _ in range(ANNIVERSARY_REACH):
        if at is None:
            return False
        lemma = fold(passage.tokens[at].lemma or passage.tokens[at].text)
        if lemma in ANNIVERSARY_NOUNS or lemma.endswith(ANNIVERSARY_END):
            return True
        at = tree.head_at(at)
    return False


def _signed_one_as_subject(tree: TokenTree, token: Token) -> bool:
    """A past participle of signing said of the subject of another verb: «Подписанные
    документы предусматривают…», «подписанный контракт направлен на…» tell of the
    agreement already told."""
    if token.pos == "NOUN":  # the trigger may be the document's noun itself
        return token.rel in SUBJECTS and any(
            _past_participle(child) for child in tree.children(token, {"amod", "acl"}))
    head = tree.head(token)
    return _past_participle(token) and token.rel in ("amod", "acl") and (
        head is not None and head.rel in SUBJECTS and head.pos == "NOUN")


SUBJECTS = ("nsubj", "nsubj:pass")


def _past_participle(token: Token) -> bool:
    return token.feat("VerbForm") == "Part" and token.feat("Tense") == "Past" and (
        token.feat("Variant") != "Short")


def _counted_subject(tree: TokenTree, trigger: Trigger) -> bool:
    """Visitors counted, not a delegation: «посетили 6 тыс. сахалинцев», «приедут
    учиться 40 студентов»."""
    verb = tree.tokens[trigger.first]
    subjects = [t for t in tree.children(verb) if t.rel.startswith("nsubj")] + [
        t for infinitive in tree.children(verb, {"xcomp"})  # «приедут учиться 40 …»
        for t in tree.children(infinitive, {"nsubj", "obj"})]
    return any(
        subject.pos == "NUM" or any(t.rel.startswith("nummod") for t in tree.children(subject))
        for subject in subjects
    )


@lru_cache(maxsize=1)
def press_words() -> frozenset[str]:
    """Nouns of the press (`events/press_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("events/press_words.txt"))


def _with_the_press(tree: TokenTree, trigger: Trigger) -> bool:
    """Talks with journalists, a press event: «в разговоре с журналистами»."""
    noun = tree.tokens[trigger.first]
    return any(fold(t.lemma or "") in press_words() and any(
        fold(c.text) in PARTNER_PREPOSITIONS for c in tree.children(t, {"case"}))
        for t in tree.children(noun))


CONCLUDING = frozenset({"заключить", "заключать"})


def _concluded_speaking(tree: TokenTree, trigger: Trigger) -> bool:
    """«…», — заключила Елена Тюрина: the verb of concluding a deal used of concluding a
    speech, with nothing concluded (no object, no passive subject)."""
    verb = tree.tokens[trigger.first]
    if fold(verb.lemma or "") not in CONCLUDING or verb.pos != "VERB":
        return False
    return not any(t.rel in ("obj", "nsubj:pass") for t in tree.children(verb))


def _cargo_subject(tree: TokenTree, trigger: Trigger) -> bool:
    """Goods arriving, not a delegation: «прибыл первый товарный поезд из России»."""
    verb = tree.tokens[trigger.first]
    subjects = [t for t in tree.children(verb) if t.rel.startswith("nsubj")]
    head = tree.head(verb)
    if not subjects and verb.rel == "conj" and head is not None:
        # «поезд прошёл по новому маршруту и прибыл в город»: the subject of the first verb
        subjects = [t for t in tree.children(head) if t.rel.startswith("nsubj")]
    return any(fold(t.lemma or "") in cargo_nouns() for t in subjects)


def _background(tree: TokenTree, trigger: Trigger) -> bool:
    """A trigger in a participle's clause tells background («подписанное ранее
    соглашение»), except a visit of the person or delegation the participle describes
    (`_visitor_described`)."""
    for current in tree.ancestors(tree.tokens[trigger.first]):
        if current.rel == "acl" and current.feat("VerbForm") == "Part":
            return not (trigger.type == "visit" and _visitor_described(tree, current))
    return False


def _visitor_described(tree: TokenTree, participle: Token) -> bool:
    """«посол Индии, находящийся с рабочим визитом в регионе», «с прибывшим с визитом
    губернатором»: the participle describes a person or a delegation (a name or a living
    being) on the visit the news tells."""
    noun = tree.head(participle)
    return noun is not None and (noun.pos == "PROPN" or noun.feat("Animacy") == "Anim")


def _generic(tree: TokenTree, trigger: Trigger) -> bool:
    span = tree.tokens[trigger.first:trigger.last]
    nouns = [token for token in span if token.pos == "NOUN"]
    nominal = span[0].pos in {"NOUN", "ADJ"}
    if nominal and trigger.type in GENERIC_WHEN_PLURAL and any(
        token.feat("Number") == "Plur" and not _names_listed(tree, token)
        and not _set_up(tree, token, trigger) for token in nouns
    ):
        return True
    if nominal and _qualified_as_a_kind(tree, nouns):
        return True
    head = tree.head(nouns[-1]) if nouns else None
    return head is not None and fold(head.lemma) in measure_nouns()


SETTING_UP_NOUNS = frozenset({"создание", "организация", "реализация", "открытие"})


def _set_up(tree: TokenTree, noun: Token, trigger: Trigger) -> bool:
    """Joint projects a verb or its noun sets up or carries out («создавать совместные
    предприятия», «реализовать совместные проекты», «о создании совместных
    предприятий»): a plan of the sides, not a kind of thing."""
    head = tree.head(noun)
    if trigger.type != "joint_project" or head is None:
        return False
    return (noun.rel == "obj" and head.pos == "VERB") or (
        noun.rel == "nmod" and fold(head.lemma or head.text) in SETTING_UP_NOUNS)


NAME_LIST_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign", "nmod"})


def _names_listed(tree: TokenTree, noun: Token) -> bool:
    """«совместные предприятия «Амкодор», «Брянсксельмаш»»: a plural noun followed by
    the names of the very plants is no kind of event but those."""
    after = [t for t in tree.tokens if t.start > noun.start][:2]
    quoted = bool(after) and after[0].text in {"«", '"', "„"}
    return quoted or any(child.pos == "PROPN" and child.start > noun.start
                         for child in tree.children(noun, NAME_LIST_RELS))


def _qualified_as_a_kind(tree: TokenTree, nouns: Sequence[Token]) -> bool:
    """«такие встречи помогут», «регулярные встречи глав государств создают основу»: a
    plural event noun with a word of kind (`generic_qualifiers`) names no one event."""
    qualifiers = generic_qualifiers()
    head = tree.head(nouns[-1]) if nouns else None
    if head is not None and nouns[-1].rel == "nmod" and head.pos == "NOUN":
        nouns = [*nouns, head]  # «регулярные визиты делегаций»: the weak trigger's head
    return any(
        noun.feat("Number") == "Plur" and any(
            fold(child.lemma or "") in qualifiers for child in tree.children(noun, {"amod", "det"}))
        for noun in nouns)


def _has_case(tree: TokenTree, token: Token) -> bool:
    return bool(tree.children(token, {"case"}))


def _children(tree: TokenTree, token: Token, rel: str, prepositions: frozenset[str]
              ) -> list[Token]:
    """Dependents of `token` in relation `rel` introduced by one of these prepositions."""
    return [item for item in tree.children(token, {rel}) if any(
        case.text.lower() in prepositions for case in tree.children(item, {"case"}))]


INFORM = "-информ"  # the tail of a regional agency's name: «Грозный-информ», «Сахалин-информ»


def an_outlet(doc: Document, key: str) -> bool:
    """A news agency or outlet (`events/outlets.txt`: «РИА Новости», «Интерфакс-Юг»; a
    site's address, «Kazpravda.kz»; an «-информ» name, «Грозный-информ»): the news
    credits it, however the sentence names it; it takes part in nothing."""
    entity = doc.entity(key) if key.startswith("org:") else None
    if entity is None or not entity.name.split():
        return False
    if a_web_address(entity.name) or fold(entity.name).endswith(INFORM):
        return True
    first = entity.name.split()[0].strip("«»\"()").lower().replace("ё", "е")
    # «Интерфакс-Юг», «INTERFAX.RU»: the part before a hyphen or a domain's dot
    return any(part in outlets() for part in (
        first, first.partition("-")[0], first.partition(".")[0]))


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    """First words of the names of news agencies and outlets (`events/outlets.txt`)."""
    return frozenset(row[0] for row in data_rows("events/outlets.txt"))
