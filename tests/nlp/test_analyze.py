"""The analysis hands the fact stages a tree: a cycle the parser made is cut; a past form
the tagger put in another tense is past."""

from __future__ import annotations

import pytest

from coopwatch.nlp.analyze import acyclic_heads, analyze, noun_stand_in, verb_stand_in
from coopwatch.records import Document
from coopwatch.tools import Toolkit

CASES = [
    # a tree stays as it is
    ({"1_1": "1_2", "1_2": "1_0", "1_3": "1_2"}, {"1_1": "1_2", "1_2": "1_0", "1_3": "1_2"}),
    # two words hanging from each other: the first of them goes to the root
    ({"1_1": "1_2", "1_2": "1_3", "1_3": "1_2", "1_4": "1_3"},
     {"1_1": "1_2", "1_2": "1_0", "1_3": "1_2", "1_4": "1_3"}),
    # a word hanging from itself
    ({"2_1": "2_1", "2_2": "2_1"}, {"2_1": "2_0", "2_2": "2_1"}),
    # a longer loop, entered from outside it
    ({"1_1": "1_4", "1_2": "1_3", "1_3": "1_4", "1_4": "1_2", "1_5": "1_0"},
     {"1_1": "1_4", "1_2": "1_0", "1_3": "1_4", "1_4": "1_2", "1_5": "1_0"}),
]


@pytest.mark.parametrize(("heads", "expected"), CASES)
def test_cycles_are_cut_at_their_first_word(heads: dict[str, str],
                                            expected: dict[str, str]) -> None:
    assert acyclic_heads(heads) == expected


def test_every_walk_up_ends() -> None:
    heads = acyclic_heads({"1_1": "1_3", "1_2": "1_1", "1_3": "1_2", "1_4": "1_4"})
    for start in heads:
        seen = []
        at = start
        while at in heads:
            assert at not in seen
            seen.append(at)
            at = heads[at]


# sentences written here; the tagger reads the first verb as a future plural
PAST = [
    ("В 2023 году Ставрополье экспортировало в Китай продукцию на 73 миллиона долларов.",
     "экспортировало", {"Tense": "Past", "Number": "Sing", "Gender": "Neut"}),
]


def _token(text: str, word: str, tools: Toolkit):
    doc = analyze(Document(id="t", text=text), tools)
    (token,) = [t for s in doc.sentences for t in s.tokens if t.text == word]
    return token


@pytest.mark.parametrize(("text", "word", "expected"), PAST)
def test_a_verb_known_only_in_the_past_is_past(text: str, word: str, expected: dict[str, str],
                                               tools: Toolkit) -> None:
    token = _token(text, word, tools)
    assert {key: token.feat(key) for key in expected} == expected


def test_a_form_of_another_tense_stays(tools: Toolkit) -> None:
    assert _token("Завтра делегация экспортирует образцы в Китай.", "экспортирует",
                  tools).feat("Tense") != "Past"


def test_a_hyphenated_noun_read_as_a_verb_is_a_noun(tools: Toolkit) -> None:
    token = _token("В 2026 году правительство Хабаровского края планирует бизнес-миссию в "
                   "Монголию.", "бизнес-миссию", tools)
    assert (token.pos, token.lemma) == ("NOUN", "бизнес-миссия")


@pytest.mark.parametrize("text", [
    "Кроме того, товарооборот пров. Цзилинь с Приморьем вырос на 20 проц. до 3 млрд юаней.",
    "В респ. Беларусь поставки техники выросли.",
])
def test_a_place_kind_cut_short_ends_no_sentence(text: str, tools: Toolkit) -> None:
    assert len(analyze(Document(id="t", text=text), tools).sentences) == 1


@pytest.mark.parametrize(("text", "count"), [
    # an editor's gloss closed after «ред.» goes on to the name
    ("Делегацию возглавил советник хокима (губернатора - ред.) Акмал Пулатов.", 1),
    ("Встречу провел аким (глава области. - прим. ред.) Нуржан Ахметов.", 1),
    # a month cut short in parentheses still ends a sentence
    ("Экспорт вырос (данные на 1 окт.) Это рекорд.", 2),
])
def test_an_editors_gloss_ends_no_sentence(text: str, count: int, tools: Toolkit) -> None:
    assert len(analyze(Document(id="t", text=text), tools).sentences) == count


# verb forms the embedding does not know: the tagger and the parser read a known form in
# their place, and the token keeps its own text and lemma (sentences written here)
UNKNOWN_FORMS = [
    ("Еще 12 тыс. тонн семян льна экспортированы в Республику Казахстан.", "экспортированы",
     "экспортировать", "Pass"),
    ("В прошлом году хозяйство экспортировало в Китай 3 тыс. тонн овса.", "экспортировало",
     "экспортировать", "Act"),
]


@pytest.mark.parametrize(("text", "word", "lemma", "voice"), UNKNOWN_FORMS)
def test_an_unknown_verb_form_is_read_as_a_verb_and_heads_its_clause(
        text: str, word: str, lemma: str, voice: str, tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    tokens = doc.sentences[0].tokens
    (token,) = [t for t in tokens if t.text == word]
    assert (token.lemma, token.pos, token.feat("Voice")) == (lemma, "VERB", voice)
    assert token.rel == "root"
    place = tokens[[t.text for t in tokens].index("в") + 1]
    assert place.head_id == token.id  # «в X» hangs on the verb


@pytest.mark.parametrize(("word", "expected"), [
    ("экспортированы", "отправлены"),
    ("экспортировало", "отправило"),
    ("отгрузило", "отправило"),
    # glued words the dictionary only guesses, an imperative (in news mostly a typo for
    # «посетит») and other parts of speech get none
    ("предприятиесможет", None),
    ("посети", None),
    ("экспортный", None),
])
def test_the_stand_in_of_a_verb_form(word: str, expected: str | None, tools: Toolkit) -> None:
    assert verb_stand_in(tools.morph, word, {"отправлены", "отправило", "отправляет",
                                              "отправит", "отправь"}) == expected


# sentences a page glued at the dot are cut there; abbreviations before a name are not
@pytest.mark.parametrize(("text", "expected"), [
    ("Экспорт вырос, сообщили в таможне КНР.По сравнению с маем поставки выросли.",
     ["Экспорт вырос, сообщили в таможне КНР.", "По сравнению с маем поставки выросли."]),
    ("За полугодие экспорт составил $35,8 млн.Российская свинина появилась в Китае.",
     ["За полугодие экспорт составил $35,8 млн.", "Российская свинина появилась в Китае."]),
    ("Завод открыт в г.Москва на ул.Ленина, в пос.Рощино и в обл.Центральной.",
     ["Завод открыт в г.Москва на ул.Ленина, в пос.Рощино и в обл.Центральной."]),
    ("Новости agency INTERFAX.RU сообщили о росте.",
     ["Новости agency INTERFAX.RU сообщили о росте."]),
    # a one-letter word opening the sentence glued on; initials stay
    ("Об этом сказал премьер Иван Петров.В свою очередь из Беларуси поступают машины.",
     ["Об этом сказал премьер Иван Петров.", "В свою очередь из Беларуси поступают машины."]),
    ("Документ подписал А.С. Петров.", ["Документ подписал А.С. Петров."]),
])
def test_sentences_glued_at_the_dot_are_cut(text: str, expected: list[str],
                                            tools: Toolkit) -> None:
    assert [s.text for s in analyze(Document(id="t", text=text), tools).sentences] == expected


# common nouns the embedding does not know: a known noun of the same gender and readings
# stands in for them, so the verb beside them is still read as one
@pytest.mark.parametrize(("word", "expected"), [
    ("пиломатериал", "товар"),
    ("автомашинам", "машинам"),
    ("стекловолокно", "изделие"),
    # names, other parts of speech and words of two genders get none
    ("экспортный", None),
    ("иванов", None),
])
def test_the_stand_in_of_a_noun(word: str, expected: str | None, tools: Toolkit) -> None:
    assert noun_stand_in(tools.morph, word, {"товар", "машинам", "изделие", "груз"}) == expected


def test_an_unknown_noun_leaves_its_verb_a_verb(tools: Toolkit) -> None:
    text = "Также пиломатериал вывозился в Узбекистан – 430 кубометров."
    tokens = analyze(Document(id="t", text=text), tools).sentences[0].tokens
    noun, verb = tokens[1], tokens[2]
    assert (noun.text, noun.lemma, noun.pos) == ("пиломатериал", "пиломатериал", "NOUN")
    assert (verb.pos, verb.rel, noun.head_id) == ("VERB", "root", verb.id)


@pytest.mark.parametrize(("text", "first"), [
    # a dateline the segmenter cut at the city's dot stays one sentence with its day
    ("Заголовок новости\nОмск. 8 сентября. INTERFAX.RU - Область отправила зерно.",
     "Омск. 8 сентября."),
    ("Воронеж. 29.08.2023. ABIREG.RU – Власти закупят технику.",
     "Воронеж. 29.08.2023. ABIREG.RU – Власти закупят технику."),
    # a short sentence inside a line is no dateline
    ("Завод открыт. 8 станков уже работают.", "Завод открыт."),
])
def test_a_dateline_cut_at_the_city_is_joined(text: str, first: str, tools: Toolkit) -> None:
    sentences = [s.text for s in analyze(Document(id="t", text=text), tools).sentences]
    assert first in sentences


def test_a_measure_cut_to_a_letter_is_read_as_a_noun(tools: Toolkit) -> None:
    """«500 т муки»: the tagger reads «т» after a number as «тонн» (a noun the goods hang
    on), and the token keeps its own text."""
    tokens = analyze(Document(id="t", text="Отгружено 500 т муки."), tools).sentences[0].tokens
    measure = next(token for token in tokens if token.text == "т")
    goods = next(token for token in tokens if token.text == "муки")
    assert measure.pos == "NOUN" and goods.head_id == measure.id


@pytest.mark.parametrize(("text", "expected"), [
    # a page's date stamp opening the first line is a sentence of its own
    (" date 2025-11-14 Белорусская техника поставляется в Приморье.",
     ["date 2025-11-14", "Белорусская техника поставляется в Приморье."]),
    # a multiplier's dot ends a sentence when a quote or a capital opens the next
    ("Экспорт вырос до $555 млн. «Рост продолжится», — сказал он.",
     ["Экспорт вырос до $555 млн.", "«Рост продолжится», — сказал он."]),
    ("Экспорт составил 5 млн. долларов.", ["Экспорт составил 5 млн. долларов."]),
    # so does a unit of energy ending in «ч»
    ("Компания поставила в Китай 1 млрд кВт∙ч. Объем экспорта вырос.",
     ["Компания поставила в Китай 1 млрд кВт∙ч.", "Объем экспорта вырос."]),
])
def test_sentences_cut_at_a_stamp_and_a_multiplier(text: str, expected: list[str],
                                                   tools: Toolkit) -> None:
    assert [s.text for s in analyze(Document(id="t", text=text), tools).sentences] == expected
