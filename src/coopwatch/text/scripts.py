"""Latin look-alike letters inside Cyrillic words, as some pages type them («Министeрствa»,
«МAРТ»), and Greek ones some pages mix in against copying («Омсκой», «губернаторοм»):
each is replaced by its Cyrillic twin, one character for one, so every offset into the
text stays valid. Words wholly in Latin letters (names, brands) are kept, and a Latin name
typed with a Cyrillic twin («Сadila») is made wholly Latin.
"""

from __future__ import annotations

import re

from coopwatch.records import Document
from coopwatch.tools import Toolkit

LATIN_LOOKALIKES = "aeopcxykAEOPCXBHKMT"
CYRILLIC_LOOKALIKES = "аеорсхукАЕОРСХВНКМТ"  # the same letters, one for one
GREEK_LOOKALIKES = "οκαερΟΚΑΕΡΒΜΗΤΧ"
GREEK_TWINS = str.maketrans(GREEK_LOOKALIKES, "окаерОКАЕРВМНТХ")
GREEK = re.compile(f"[{GREEK_LOOKALIKES}]")
TWINS = str.maketrans(LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES)
LATIN_TWINS = str.maketrans(CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES)
WORD = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
LATIN = re.compile(r"[a-zA-Z]")


def cyrillic_twins(text: str) -> str:
    """`text` with the Latin and Greek twins in mixed-script words made Cyrillic."""
    if not LATIN.search(text) and not GREEK.search(text):
        return text
    return WORD.sub(_fold_word, text)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if GREEK.search(word) and CYRILLIC.search(word):  # «Омсκой»: a Greek kappa
        word = word.translate(GREEK_TWINS)
    if not (CYRILLIC.search(word) and LATIN.search(word)):
        return word
    folded = word.translate(TWINS)
    if not LATIN.search(folded):
        return folded
    # a Latin name typed with a Cyrillic twin («Сadila» with a Cyrillic «С»): Latin
    latin = word.translate(LATIN_TWINS)
    # a word left with letters of both scripts is a mix on purpose («iPhone-овский»)
    return latin if not CYRILLIC.search(latin) else word


def fold_scripts(doc: Document, tools: Toolkit) -> Document:
    """Stage `scripts`: the document's text with Cyrillic twins folded."""
    text = cyrillic_twins(doc.text)
    return doc if text == doc.text else doc.replace(text=text)
