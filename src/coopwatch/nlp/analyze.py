"""Stage `analyze`: natasha segmentation, morphology, syntax and NER -> our records.

This module is the one adapter between natasha and coopwatch: nothing else imports
natasha's classes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from coopwatch.nlp.morph import Morph, nominative, reading
from coopwatch.records import Document, Mention, Sentence, Token
from coopwatch.tools import Toolkit

if TYPE_CHECKING:  # natasha ships no types: to mypy these are Any, named for the reader
    from natasha import Doc, NewsNERTagger
    from natasha.doc import DocSent, DocSpan, DocToken
    from numpy.typing import NDArray

NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "GEO"}


def analyze(doc: Document, tools: Toolkit) -> Document:
    """Segmentation, morphology, syntax and NER."""
    return _annotate(doc, tools, syntax=True)


def analyze_without_syntax(doc: Document, tools: Toolkit) -> Document:
    """Segmentation and NER, no dependency parse (tokens get no head_id / rel) and no
    morphology tagger: each token's lemma, part of speech and features are its best
    context-free pymorphy3 reading (`coopwatch.nlp.morph.reading`, cached per word form).
    Enough for the entities stage at a fraction of the cost; the NER benchmarks use it."""
    return _annotate(doc, tools, syntax=False)


def analyze_for_entities(doc: Document, tools: Toolkit) -> Document:
    """As `analyze_without_syntax`, but only the tokens the entities stage reads get a
    reading (none for the figures of sentences with numbers): for NER alone."""
    return _annotate(doc, tools, syntax=False, figures=False)


def _annotate(doc: Document, tools: Toolkit, *, syntax: bool, figures: bool = True) -> Document:
    from natasha import Doc

    models = tools.natasha
    nat = Doc(doc.text)
    nat.segment(models.segmenter)
    _resegment(nat)
    stand_ins: dict[int, str] = {}
    if syntax:
        stand_ins = _stand_in_words(nat, tools.morph, models.vocabulary)
        nat.tag_morph(models.morph_tagger)
        nat.parse_syntax(models.syntax_parser)
        _own_words(nat, stand_ins)
    _tag_ner(nat, models.ner_tagger)
    if syntax:
        for token in nat.tokens:
            token.lemmatize(models.morph_vocab)
        _read_stand_ins(nat, tools.morph, stand_ins)
        _past_forms(nat, tools.morph)
        _hyphenated_nouns(nat, tools.morph)
        _short_participles(nat, tools.morph)
    else:
        _read_tokens(nat, tools.morph, figures=figures)
    sentences = tuple(_sentence(sent) for sent in nat.sents)
    mentions = []
    for span in nat.spans:
        if syntax:
            span.normalize(models.morph_vocab)
        mentions.append(
            Mention(start=span.start, stop=span.stop, text=span.text,
                    type=NER_TYPES.get(span.type, span.type),
                    normal=span.normal if syntax else _normal(span, tools.morph))
        )
    return doc.replace(sentences=sentences, mentions=tuple(mentions))


def _tag_ner(nat: Doc, tagger: NewsNERTagger) -> None:
    """natasha's NER model over the document's own tokens (slovnet would tokenize the
    text with razdel again, as the segmenter did, and find each word in it again): the
    model's spans, cut at line breaks and without lone brackets (`_on_one_line`)."""
    from natasha.doc import DocSpan

    tokens = nat.tokens
    if not tokens:
        nat.spans = []
        return
    tags = _ner_tags(tagger.infer, [token.text for token in tokens])
    nat.spans = [DocSpan(tokens[first].start, tokens[last].stop, type,
                         nat.text[tokens[first].start:tokens[last].stop],
                         tokens=tokens[first:last + 1])
                 for span in bio_token_spans(tags)
                 for first, last, type in _on_one_line(nat.text, tokens, *span)]
    nat.envelop_sent_spans()


def _on_one_line(text: str, tokens: Sequence[DocToken], first: int, last: int,
                 type: str) -> list[tuple[int, int, str]]:
    """A span cut at line breaks (the model reads a headline and the next line as one
    run: «Челси Мэннинг\nБрэдли Мэннинг»), each piece without a bracket left open or
    closed alone at its edge («Басте (»), or, in a place, opened and never closed."""
    pieces, begin = [], first
    for position in range(first, last + 1):
        if position == last or "\n" in text[tokens[position].stop:tokens[position + 1].start]:
            pieces.append((begin, position))
            begin = position + 1
    return [(a, b, type) for a, b in (_without_lone_brackets(tokens, *piece, place=type == "LOC")
                                      for piece in pieces)
            if a <= b]


def _without_lone_brackets(
    tokens: Sequence[DocToken], first: int, last: int, *, place: bool = False
) -> tuple[int, int]:
    def closes_unopened() -> bool:
        texts = [token.text for token in tokens[first:last + 1]]
        return texts.count("(") < texts.count(")")

    opened = [position for position in range(first, last + 1) if tokens[position].text == "("
              and not any(token.text == ")" for token in tokens[position + 1:last + 1])]
    if opened and place:  # «Нижнеленинское (ЕАО РФ»: the gloss is no part of the place
        last = opened[0] - 1
    while first <= last and (tokens[last].text == "(" or (
            tokens[last].text == ")" and closes_unopened())):
        last -= 1
    while first <= last and tokens[first].text in "()":
        first += 1
    return first, last


def _ner_tags(infer: Any, words: list[str]) -> list[str]:
    """slovnet's BIO tags of one sequence of words; its CRF decoded by `viterbi`, which
    gives slovnet's path without its batch bookkeeping (a padded sequence, which one
    sequence never is, goes through slovnet's own decoder)."""
    (batch,) = infer.encoder([words])
    emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
    crf = infer.model.head.crf
    if batch.pad_mask.any():
        path = crf.decode(emissions, ~batch.pad_mask)[0]
    else:
        path = viterbi(emissions[0], crf.transitions.array)
    return [infer.decoder.tags_vocab.decode(tag) for tag in path]


def viterbi(emissions: NDArray[Any], transitions: NDArray[Any]) -> list[int]:
    """The best tag path of a linear-chain CRF: `emissions` is words x tags,
    `transitions[a, b]` the score of tag b after tag a (the sums are slovnet's, in its
    order, so ties fall the same way)."""
    import numpy as np

    columns = np.arange(emissions.shape[1])
    score, history = emissions[0], []
    for emission in emissions[1:]:
        total = score[:, None] + transitions + emission[None, :]
        best = total.argmax(0)
        history.append(best)
        score = total[best, columns]
    tag = int(score.argmax())
    path = [tag]
    for best in reversed(history):
        tag = int(best[tag])
        path.append(tag)
    return path[::-1]


def bio_token_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, type) of each span of BIO tags, read as slovnet reads
    them: B opens a span, I extends the open one whatever its type, O closes it."""
    spans: list[tuple[int, int, str]] = []
    open_span: int | None = None  # index in `spans` of the span an I tag extends
    for position, tag in enumerate(tags):
        part, _, type = tag.partition("-")
        if part == "B":
            open_span = len(spans)
            spans.append((position, position, type))
        elif part == "I" and open_span is not None:
            first, _, kind = spans[open_span]
            spans[open_span] = (first, position, kind)
        elif part == "O":
            open_span = None
    return spans


# Which tokens around a name-like token get a reading (before, after): the entities stage
# looks up to 4 tokens before a person's name or a quote (title words, kind words), at the
# word before other names (a currency word before a place) and at 3 words after a
# capitalized adjective (the kind noun of «Оршанском льнокомбинате»).
AROUND_PERSON = (4, 1)
AROUND_QUOTE = (4, 1)
AROUND_CAPITAL = (1, 1)
AFTER_ADJECTIVE = 3
QUOTE_MARKS = frozenset("«»\"„“”")


def _read_tokens(nat: Doc, morph: Morph, *, figures: bool = True) -> None:
    """Give natasha's tokens pymorphy3's context-free lemma, part of speech and features:
    every token of a sentence with a digit (figures read them all), elsewhere the tokens
    near a capitalized or Latin word, a quote or an NER span (all the entities stage
    reads); the other tokens keep their lower-case text as lemma and no part of speech.
    Without `figures`, sentences with a digit are treated like the others."""
    people = {token.start for span in nat.spans if span.type == "PER" for token in span.tokens}
    named = {token.start for span in nat.spans for token in span.tokens}
    for sent in nat.sents:
        tokens = sent.tokens
        if figures and _has_digit(sent.text):
            wanted: range | set[int] = range(len(tokens))
        else:
            wanted = _near_names(morph, tokens, people, named)
        for position, token in enumerate(tokens):
            if position in wanted:
                found = reading(morph, token.text)
                token.lemma, token.pos, token.feats = found.lemma, found.pos, found.feats
            else:
                token.lemma, token.pos, token.feats = token.text.lower(), "", {}


def _hyphenated_nouns(nat: Doc, morph: Morph) -> None:
    """A hyphenated word the tagger read as a verb and left unlemmatized that the
    dictionary reads as a noun («бизнес-миссию»): the dictionary's noun reading."""
    for token in nat.tokens:
        if token.pos != "VERB" or "-" not in token.text or token.lemma != token.text.lower():
            continue
        found = reading(morph, token.text)
        if found.pos == "NOUN":
            token.lemma, token.pos, token.feats = found.lemma, found.pos, found.feats


# verbs whose forms stand in for a verb form the embedding does not know, tried in order
STAND_IN_VERBS = ("отправить", "отправлять")
STAND_IN_GRAMMEMES = ("POS", "tense", "number", "gender", "person", "voice", "mood")


def _stand_in_words(nat: Doc, morph: Morph, vocabulary: Any) -> dict[int, str]:
    """Verb forms and common nouns the embedding does not know («экспортировало»,
    «семена экспортированы», «пиломатериал вывозился»): the tagger and the parser would
    read an unknown word and break the sentence's tree, so they read a known form of a
    verb of sending, or of a noun of goods of the same gender, in its place, with the
    same grammemes; a measure cut to a letter after a number («29 тыс. т») is read as its
    word. Returns the tokens changed (by start) with their own text."""
    if vocabulary is None:
        return {}
    changed = {}
    previous = ""
    named = False  # the word before is capitalized: a noun after it may end a name
    openings = {sent.tokens[0].start for sent in nat.sents if sent.tokens}
    for token in nat.tokens:
        word = token.text.lower()
        stand_in = MEASURE_STAND_INS.get(word) if _counts(previous) else None
        previous, after_name = word, named
        named = token.text[:1].isupper() and token.start not in openings
        if stand_in is None and (word in vocabulary or not word.isalpha()):
            continue
        # a common noun in lower case, not the kind word of a name («Оршанском
        # льнокомбинате»), whose tagging the stand-in would change
        stand_in = stand_in or verb_stand_in(morph, word, vocabulary) or (
            noun_stand_in(morph, word, vocabulary)
            if token.text == word and not after_name else None)
        if stand_in:
            changed[token.start] = token.text
            token.text = stand_in.capitalize() if token.text[:1].isupper() else stand_in
    return changed


# measures cut to a letter after a number, which the tagger takes for a preposition and
# the parser for the head of what follows («29 тыс. т семян рапса»): read as the word
MEASURE_STAND_INS = {"т": "тонн"}
NUMBER_WORDS_CUT = frozenset({"тыс", "млн", "млрд", "."})


def _counts(word: str) -> bool:
    """Whether a word counts what follows: a number, or a number word cut short."""
    return bool(word) and (word[0].isdigit() or word in NUMBER_WORDS_CUT)


def verb_stand_in(morph: Morph, word: str, vocabulary: Any) -> str | None:
    """A known form of STAND_IN_VERBS with the grammemes of `word`, when every reading of
    `word` is one verb form (a finite verb or a short participle)."""
    parses = morph.parse(word)
    if not parses or any(p.tag.POS not in ("VERB", "PRTS") or p.tag.mood == "impr"
                         or not p.is_known for p in parses):
        # a word the dictionary only guesses may be two glued («предприятиесможет»); an
        # imperative in news is mostly a typo («посети» for «посетит»)
        return None
    tags = {tuple(getattr(p.tag, name) for name in STAND_IN_GRAMMEMES) for p in parses}
    if len(tags) != 1:
        return None
    wanted = {value for value in next(iter(tags)) if value}
    for verb in STAND_IN_VERBS:
        form = morph.parse(verb)[0].inflect(wanted)
        if form is not None and form.word in vocabulary:
            return str(form.word)
    return None


# nouns whose forms stand in for a common noun the embedding does not know, by gender
# and animacy, tried in order until one has the same readings of case and number
STAND_IN_NOUNS = {
    ("masc", "inan"): ("товар", "груз", "материал"),
    ("femn", "inan"): ("машина", "продукция", "техника"),
    ("neut", "inan"): ("изделие", "зерно", "сырьё"),
    ("masc", "anim"): ("покупатель", "партнёр"),
    ("femn", "anim"): ("рыба",),
}
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})


def noun_stand_in(morph: Morph, word: str, vocabulary: Any) -> str | None:
    """A known form of a noun of STAND_IN_NOUNS that reads in the same cases and numbers
    as `word`, when every reading of `word` is a common noun the dictionary knows, of one
    gender and animacy («пиломатериал»: «товар», nominative or accusative)."""
    parses = morph.parse(word)
    if not parses or any(p.tag.POS != "NOUN" or not p.is_known
                         or NAME_GRAMMEMES & p.tag.grammemes for p in parses):
        return None
    kinds = {(p.tag.gender, p.tag.animacy) for p in parses}
    if len(kinds) != 1 or next(iter(kinds)) not in STAND_IN_NOUNS:
        return None
    readings = {(p.tag.case, p.tag.number) for p in parses}
    first = parses[0].tag
    for noun in STAND_IN_NOUNS[next(iter(kinds))]:
        form = morph.parse(noun)[0].inflect({first.case, first.number})
        if form is None or form.word not in vocabulary:
            continue
        own = {(p.tag.case, p.tag.number) for p in morph.parse(form.word)
               if p.normal_form == noun and p.tag.POS == "NOUN"}
        if own == readings:
            return str(form.word)
    return None


def _own_words(nat: Doc, stand_ins: dict[int, str]) -> None:
    for token in nat.tokens:
        if token.start in stand_ins:
            token.text = stand_ins[token.start]


def _read_stand_ins(nat: Doc, morph: Morph, stand_ins: dict[int, str]) -> None:
    """The tokens read through a stand-in: their own lemma; the tagger's features hold."""
    for token in nat.tokens:
        if token.start in stand_ins:
            token.lemma = reading(morph, token.text).lemma


def _short_participles(nat: Doc, morph: Morph) -> None:
    """A word the tagger took for another part of speech and left unlemmatized that the
    dictionary knows only as a short passive participle («семена экспортированы в
    Беларусь» read as a noun): the participle, lemmatized to its verb."""
    for token in nat.tokens:
        if token.pos == "VERB" or token.lemma != token.text.lower():
            continue
        parses = morph.parse(token.text.lower())
        if not parses or not all(p.tag.POS == "PRTS" and "pssv" in p.tag for p in parses):
            continue
        found = reading(morph, token.text)
        token.lemma, token.pos = found.lemma, "VERB"
        token.feats = {**found.feats, "VerbForm": "Part", "Voice": "Pass"}


PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")


def _past_forms(nat: Doc, morph: Morph) -> None:
    """A verb the tagger put in another tense that the dictionary knows only in the past
    («Ставрополье экспортировало» read as a future plural): the past tense, with the
    dictionary's number and gender."""
    for token in nat.tokens:
        feats = token.feats or {}
        if token.pos != "VERB" or feats.get("Tense") in (None, "Past") or not (
                token.text.lower().endswith(PAST_ENDINGS)):
            continue
        parses = [p for p in morph.parse(token.text.lower()) if p.tag.POS == "VERB"]
        if parses and all(p.tag.tense == "past" for p in parses):
            fixed = {key: value for key, value in feats.items() if key != "Person"}
            fixed["Tense"] = "Past"
            fixed["Number"] = "Plur" if parses[0].tag.number == "plur" else "Sing"
            if parses[0].tag.gender in ("masc", "femn", "neut"):
                fixed["Gender"] = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}[
                    parses[0].tag.gender]
            token.feats = fixed


def _near_names(
    morph: Morph, tokens: Sequence[DocToken], people: set[int], named: set[int]
) -> set[int]:
    """Positions near a name-like token (see AROUND_*): a person's name, a quote, another
    NER name, a capitalized or Latin word; AFTER_ADJECTIVE after a capitalized adjective."""
    wanted: set[int] = set()
    for position, token in enumerate(tokens):
        text = token.text
        if token.start in people:
            before, after = AROUND_PERSON
        elif text in QUOTE_MARKS:
            before, after = AROUND_QUOTE
        elif token.start in named or text[:1].isupper() or (text[:1].isascii()
                                                             and text[:1].isalpha()):
            before, after = AROUND_CAPITAL
            if text[:1].isupper() and reading(morph, text).pos in ("ADJ", "PROPN"):
                after = AFTER_ADJECTIVE
        else:
            continue
        wanted.update(range(position - before, position + after + 1))
    return wanted


def _normal(span: DocSpan, morph: Morph) -> str:
    """The span with each word in the nominative by its context-free reading, the spaces
    between words kept (what natasha's normalizer gives without a tagger, but cached)."""
    pieces, offset = [], span.start
    for token in span.tokens:
        pieces += [" " * (token.start - offset), nominative(morph, token.text)]
        offset = token.stop
    return "".join(pieces).lstrip()


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _resegment(nat: Doc) -> None:
    """Sentences never cross a line break (headlines, bullets), and a short quoted name
    with a dot inside («ИННОПРОМ. Беларусь») stays in one sentence."""
    from natasha.doc import DocSent

    ranges = [piece for sent in nat.sents for piece in _line_pieces(nat.text, sent.start, sent.stop)]
    ranges = _join_quoted_names(nat.text, ranges)
    ranges = [piece for start, stop in ranges
              for cut in _split_page_stamp(nat.text, start, stop)
              for glued in _split_glued(nat.text, *cut)
              for piece in _split_after_multipliers(nat.text, *glued)]
    nat.sents = [DocSent(start, stop, nat.text[start:stop]) for start, stop in ranges]
    nat.envelop_sent_tokens()


def _line_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    pieces = []
    for line in text[start:stop].split("\n"):
        stripped = line.strip()
        if stripped:
            begin = text.index(stripped, start)
            pieces.append((begin, begin + len(stripped)))
        start += len(line) + 1
    return pieces


def _join_quoted_names(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, stop in ranges:
        if joined and (_opens_short_quote(text, joined[-1], (start, stop))
                       or _ends_in_a_place_cut(text, joined[-1], start)
                       or _ends_in_a_gloss_cut(text, joined[-1], start)
                       or _a_dateline_cut(text, joined[-1], start)):
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
    return joined


# a page's date stamp opening its first line («date 2025-11-14 Белорусская техника…»):
# a line of its own, never the first words of the sentence after it
PAGE_STAMP = re.compile(r"date \d{4}-\d{2}-\d{2}\s+")


def _split_page_stamp(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    match = PAGE_STAMP.match(text, start, stop)
    if match is None or match.end() >= stop:
        return [(start, stop)]
    return [(start, match.start() + len(match[0].rstrip())), (match.end(), stop)]


# a multiplier cut short that ends a sentence, a new one opening after it with a capital
# or a quote: «почти до $555 млн. «Объем экспорта…» (the segmenter reads the dot as the
# abbreviation's only); so does a unit of energy ending in «ч» («1 млрд кВт∙ч. Объем…»)
MULTIPLIER_END = re.compile(r"(?<![\w-])(?:тыс|млн|млрд|трлн|[кМмГ]Вт[·∙⋅*-]?ч)\.(?=\s+[«\"„]?[А-ЯЁ])")


# sentences glued at the dot by a page's markup («…управления (ГТУ) КНР.По сравнению с
# маем…», «за год.Экспорт вырос»): a word of three small letters, an abbreviation in
# capitals, a bracket or a digit, the dot, and a capitalized word right after it; a
# short word before the dot is an abbreviation of its own («г.Москва», «ул.Ленина»), and
# so are the place kinds cut short that name a place after them («обл.Омская»)
# («…Головченко.В свою очередь»: a one-letter word after the dot too)
GLUED_END = re.compile(r"(?:(?<=[а-яё]{3})|(?<=[А-ЯЁ]{2})|(?<=[)»\d]))\.(?=[А-ЯЁ](?:[а-яё]|\s))")
GLUED_ABBREVIATIONS = frozenset({"обл", "пров", "респ", "окр", "гор", "пос", "просп", "корп",
                                 "тел", "стр"})


def _split_glued(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A sentence cut where the next one is glued to its dot with no space."""
    return _cut_after(GLUED_END, text, start, stop, lambda match: (
        _last_word(text, start, match.start()) not in GLUED_ABBREVIATIONS))


def _split_after_multipliers(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A sentence cut after a multiplier's dot where a new sentence opens."""
    return _cut_after(MULTIPLIER_END, text, start, stop, lambda _match: True)


def _last_word(text: str, start: int, stop: int) -> str:
    found = re.search(r"(\w+)$", text[start:stop])
    return found.group(1).lower() if found else ""


def _cut_after(pattern: re.Pattern[str], text: str, start: int, stop: int,
               keep: Callable[[re.Match[str]], bool]) -> list[tuple[int, int]]:
    """[start, stop) cut after each match of `pattern` that `keep` accepts, the next
    piece starting after the spaces that follow; no piece of spaces alone."""
    pieces, begin = [], start
    for match in pattern.finditer(text, start, stop):
        if not keep(match):
            continue
        after = match.end()
        while after < stop and text[after].isspace():
            after += 1
        pieces.append((begin, match.end()))
        begin = after
    pieces.append((begin, stop))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


# a place's kind cut short, then its name: «товарооборот пров. Хэйлунцзян», «в респ.
# Беларусь» (the segmenter ends a sentence at the dot)
PLACE_CUTS = re.compile(r"(?<![\w-])(?:пров|респ|обл|окр)\.$", re.IGNORECASE)


# a dateline the segmenter ends at the city's dot: «Москва. 8 сентября. INTERFAX.RU -»,
# «Воронеж. 29.08.2023»: the city alone on its line so far, then a day
DATELINE_CITY = re.compile(r"[А-ЯЁ][\w-]*(?:[ -][А-ЯЁ][\w-]*){0,2}\.")
DATELINE_DAY = re.compile(r"\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[а-яё]+)")


def _a_dateline_cut(text: str, before: tuple[int, int], after: int) -> bool:
    return (before[0] == 0 or text[before[0] - 1] == "\n") and "\n" not in text[
        before[1]:after] and bool(DATELINE_CITY.fullmatch(text, before[0], before[1])) and (
        bool(DATELINE_DAY.match(text, after)))


def _ends_in_a_place_cut(text: str, before: tuple[int, int], after: int) -> bool:
    return "\n" not in text[before[1]:after] and bool(
        PLACE_CUTS.search(text[before[0]:before[1]]))


# an editor's gloss closed after an abbreviation: «советником хокима (губернатора - ред.)
# Акмалом Пулатовым» goes on
GLOSS_CUTS = re.compile(r"\([^()\n]{0,40}(?<![\w-])(?:ред|прим|авт|пер)\.\)$")


def _ends_in_a_gloss_cut(text: str, before: tuple[int, int], after: int) -> bool:
    return "\n" not in text[before[1]:after] and bool(
        GLOSS_CUTS.search(text[before[0]:before[1]])) and text[after:after + 1].isupper()


def _opens_short_quote(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The sentence before leaves a quote open on the same line and the next closes it soon."""
    left, right = text[before[0]:before[1]], text[after[0]:after[1]]
    if "\n" in text[before[1]:after[0]]:
        return False
    unbalanced = left.count("«") > left.count("»") or left.count('"') % 2 == 1
    closing = min((right.find(q) for q in "»\"" if q in right), default=-1)
    return unbalanced and 0 <= closing <= 40


def _sentence(sent: DocSent) -> Sentence:
    heads = acyclic_heads({token.id: token.head_id or "" for token in sent.tokens})
    tokens = tuple(
        Token(
            start=token.start, stop=token.stop, text=token.text, id=token.id,
            lemma=token.lemma or token.text.lower(), pos=token.pos or "",
            feats=tuple(sorted((token.feats or {}).items())),
            head_id=heads[token.id], rel=token.rel or "",
        )
        for token in sent.tokens
    )
    return Sentence(start=sent.start, stop=sent.stop, text=sent.text, tokens=tokens)


def acyclic_heads(heads: dict[str, str]) -> dict[str, str]:
    """Heads with every cycle cut. The parser picks each word's head on its own, so two
    words may hang from each other; a walk up the tree would then never end. The first
    word of a cycle met in the sentence's order hangs from the sentence's root instead
    (natasha's «<sentence>_0»)."""
    fixed = dict(heads)
    for start in fixed:
        path: list[str] = []
        at = start
        while at in fixed and at not in path:
            path.append(at)
            at = fixed[at]
        if at in path:  # the walk came back to a word on it: a cycle
            cycle = path[path.index(at):]
            first = min(cycle, key=list(fixed).index)
            fixed[first] = first.split("_")[0] + "_0"
    return fixed
