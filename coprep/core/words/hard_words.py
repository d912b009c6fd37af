"""Hard words judged by how often they appear in everyday English (the wordfreq package, offline).

Zipf values: 3 means about once in a million words. Measured on committee papers and plain
words: below 3.0 sit triage 2.89, handover 2.96, acuity 2.81, frailty 2.71, benchmarking 2.74,
virement 0; plain words there are few (bereavement 2.96, housebound 2.07). Above 3.0 sit both
plain words (leaflet 3.12, carers 3.16, postcode 3.00) and jargon (sepsis 3.01, elective 3.32), so
3.0 is where flagging stops being mostly right. A plural or past form is judged by its plainer
stem ("backlogs" 2.24 is judged as "backlog" 3.21). Clinical words, known by their endings
("-ology", "-itis", "-oscopy"), count as rare up to Zipf 4.
"""

import functools
import re
from collections import Counter
from collections.abc import Iterable

from coprep.core.text.text_fold import Folded

RARE_ZIPF = 3.0
# Names of specialties, tests and illnesses are built from a few Greek and Latin endings, and a
# lay reader stumbles on them well above Zipf 3 (radiology 3.19, psychosis 3.24, hepatitis 3.52,
# pathology 3.57): such a word counts as rare below Zipf 4, where the plain ones sit (biology 4.3,
# technology 5.1, diagnosis 4.2).
CLINICAL_ZIPF = 4.0
CLINICAL_ENDINGS = (
    "ology",
    "ologies",
    "ologist",
    "ologists",
    "iatry",
    "iatric",
    "iatrics",
    "ectomy",
    "ectomies",
    "otomy",
    "oscopy",
    "oscopies",
    "ography",
    "itis",
    "aemia",
    "osis",
    "plasty",
    "paedic",
    "paedics",
)
# De-Jargonizer bands (at least 1,000 and 50 uses in 90 million words) on the Zipf scale.
COMMON_ZIPF, MID_ZIPF = 4.05, 2.75
# Capital-letter words everyone knows, so they are not listed as unexplained acronyms.
EVERYDAY_ACRONYMS = frozenset(
    {"UK", "OK", "TV", "BBC", "EU", "USA", "AM", "PM", "ID", "PDF", "MP", "MPs", "FAQ", "PIN", "PhD"}
)

_NOT_AN_END = "".join(rf"(?<!\b{title}\.)" for title in ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Cllr", "Rev", "St"))
# A word at the start of a sentence or line ("Dr." does not end a sentence), or of a list item
# lettered "a)", "(b)" or "iv." ("b) Melatonin oral solution …"): else the item's first word, a
# medicine's name, is taken for a person's and never listed.
_STARTS = re.compile(
    r"[.!?:\n]" + _NOT_AN_END + r"(?:[\W\d_]*\(?(?:[a-z]|[ivx]{2,4})[).](?=\s))?[\W\d_]*([^\W\d_][\w'’&]*)"
)
_TOKEN = re.compile(r"[^\W\d_](?:[\w&']*[^\W_])?")
_ROMAN = re.compile(r"^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$")
# A capital after a small letter inside a word ("BadgerNet", "SystmOne"): the name of a product or
# system, not of a person, though it is never written in small letters (but McDonald, MacLeod, DeVito).
_INNER_CAPITAL = re.compile(r"^(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Za-z]*[a-z][A-Z]")


class HardWords:
    """The words of a folded text, counted once, for the jargon share and the unexplained words.
    `tokens` (the text's words in order, as written, with "" wherever a sign stood between two
    words) and `counts` (each written form once) are made in one pass and shared with the
    word-pair finder. What the text shows of each word (by
    its small-letter form) is kept in a few dicts and sets of strings rather than an object a
    word, so a long paper gives the garbage collector little to follow."""

    def __init__(self, folded: Folded) -> None:
        starts = Counter(_STARTS.findall("\n" + folded.text))
        starts = Counter({word.replace("’", "'").rstrip("'"): count for word, count in starts.items()})
        self.tokens = folded.cased.split(" ")  # "" where a sign stood: "a, b" is folded "a  b"
        self.counts = Counter(self.tokens)
        del self.counts[""]
        self.word_counts: Counter[str] = Counter()  # by small-letter form, in order of first use
        self.first_forms: dict[str, str] = {}  # each word as first written
        self.small: set[str] = set()  # written in small letters somewhere
        self.capital_inside: set[str] = set()  # capitalised in the middle of a sentence somewhere
        self.acronyms: Counter[str] = Counter()
        for token, count in self.counts.items():
            if not token[0].isalpha():
                continue  # numbers and signs are not words
            base = possessive_stem(token) if "'" in token else token
            small = base.islower()  # most words: no capitals, so not an acronym
            if not small and _looks_like_acronym(base):
                self.acronyms[base[:-1] if base.endswith("s") else base] += count
            lower = base.lower()
            self.word_counts[lower] += count
            self.first_forms.setdefault(lower, base)
            if small:
                self.small.add(lower)
            elif base[0].isupper() and count > starts.get(token, 0):
                self.capital_inside.add(lower)

    def lowered(self) -> dict[str, str]:
        """Each written form in small letters exactly as `folded.padded` has it (folding a folded
        text changes nothing but the letters' case), so a few thousand forms are lowered, not a
        million words."""
        forms = list(self.counts)
        return dict(zip(forms, Folded(" ".join(forms)).padded.split(), strict=True))

    @property
    def words(self) -> int:
        return sum(self.word_counts.values())

    def is_name(self, lower: str) -> bool:
        """A name of a person or place, as far as can be told: capitalised inside a sentence
        (or after Dr, Mrs …) and never written in small letters."""
        return lower in self.capital_inside and lower not in self.small

    @property
    def jargon_percent(self) -> float:
        """De-Jargonizer style: (half the mid-frequency words + the rare ones) per 100 words.
        Names of people and places are not counted as jargon."""
        total = self.words
        if not total:
            return 0.0
        weight = 0.0
        for lower, count in self.word_counts.items():
            zipf = word_zipf(lower)
            if zipf >= COMMON_ZIPF or self.is_name(lower):
                continue
            weight += count * (0.5 if zipf >= MID_ZIPF else 1.0)
        return round(100 * weight / total, 1)

    def unexplained(self, explained: set[str]) -> list[tuple[str, int, str]]:
        """(word, count, kind) for acronyms and rare words the glossary does not cover, most used first."""
        found = []
        for acronym, count in self.acronyms.items():
            if (
                acronym.lower() not in explained
                and acronym not in EVERYDAY_ACRONYMS
                and not _ROMAN.match(acronym)
                and not _shouted(acronym)
            ):
                found.append((acronym, count, "acronym"))
        for lower, count in self.word_counts.items():
            first_form = self.first_forms[lower]
            if (
                len(lower) < 3
                or lower in explained
                or _looks_like_acronym(first_form)
                or not lower.replace("'", "").isalpha()
                or (self.is_name(lower) and not _INNER_CAPITAL.match(first_form))
            ):
                continue
            zipf = word_zipf(lower)
            if zipf < RARE_ZIPF or (zipf < CLINICAL_ZIPF and lower.endswith(CLINICAL_ENDINGS)):
                found.append((lower if lower in self.small else first_form, count, "rare"))
        return sorted(found, key=lambda item: (-item[1], item[0].casefold()))


def possessive_stem(token: str) -> str:
    """The word without possessive endings: "ICB's" gives "ICB", "members'" gives "members"."""
    while token.endswith("'s"):
        token = token[:-2]
    return token.rstrip("'")


def _looks_like_acronym(word: str) -> bool:
    """Two or more capitals making at least half its letters, but a plural s: ICB, ICBs, A&E,
    LD&A, and short forms with small letters inside (StEIS, ToR, LeDeR), not names (McDonald)."""
    stem = word[:-1] if word.endswith("s") else word
    capitals = sum(map(str.isupper, stem))  # map over a str method: no Python step per letter
    return capitals >= 2 and capitals * 2 >= sum(map(str.isalpha, stem))


def _shouted(acronym: str) -> bool:
    """A plain word written in capitals, like a heading (AGENDA, REPORT OF THE BOARD), not an
    acronym: a common word of four letters or more, or a very common short one."""
    if not acronym.isalpha():
        return False
    zipf = word_zipf(acronym.lower())
    return zipf >= 5.5 or (len(acronym) >= 4 and zipf >= 4.0)


@functools.lru_cache(maxsize=50_000)
def word_zipf(lower: str) -> float:
    """How common a word is (Zipf scale), judging an ending -s, -es, -ed or -ing by its stem too."""
    stems = [lower]
    for ending, replacements in (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    ):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stems += [lower[: -len(ending)] + replacement for replacement in replacements]
            break
    from wordfreq import zipf_frequency  # about 0.15 s to load: only when a word is first judged

    return max(zipf_frequency(stem, "en") for stem in stems)


def explained_words(phrases: Iterable[str]) -> set[str]:
    """The lower-case words (and acronyms without their plural s) of the given phrases."""
    words = set()
    # One search over the phrases a line each (no word runs over a line's end), and each word once.
    for token in set(_TOKEN.findall("\n".join(phrases).replace("’", "'"))):
        base = possessive_stem(token)
        words.add(base.lower())
        if base.endswith("s") and _looks_like_acronym(base):
            words.add(base[:-1].lower())
    return words
