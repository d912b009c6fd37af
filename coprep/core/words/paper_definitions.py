"""What a paper itself says its short forms mean: "Patient Safety Incident Response Framework
(PSIRF)", or the other way round, "PSIRF (Patient Safety Incident Response Framework)".

The Schwartz and Hearst method (Pacific Symposium on Biocomputing, 2003): a short form in
brackets, and the words before it, at most min(letters + 5, letters × 2) of them; the long form
is the shortest run of those words in which the short form's letters appear in order, reading
from the right, with its first letter at the start of a word. The `abbreviations` package does
this too, but sets up logging for the whole program when imported and stops on unbalanced
brackets, so this short version is coprep's own.
"""

import re
from dataclasses import dataclass

_BRACKETED = re.compile(r"\(([^()]{1,120})\)")
_SENTENCE_BREAK = re.compile(r"[.;:!?()\[\]]\s|[()]")
WINDOW = 200  # characters before a bracket: more than the longest long form that is looked for
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
_AND = re.compile(r"\band\b|&", re.IGNORECASE)


@dataclass(frozen=True)
class Definition:
    """A short form and its long form as the paper gives them; page counts from 1."""

    short: str
    long: str
    page: int


def _looks_short(candidate: str) -> bool:
    """A short form: 2 to 10 characters, at most two words, starting with a letter or digit,
    with at least two capitals (PSIRF, LD&A, ToR, CQUINs)."""
    return (
        2 <= len(candidate) <= 10
        and len(candidate.split()) <= 2
        and candidate[0].isalnum()
        and sum(char.isupper() for char in candidate) >= 2
    )


def best_long_form(short: str, words: str) -> str | None:
    """The shortest end of `words` that holds the short form's letters in order (Schwartz–Hearst)."""
    s_index, l_index = len(short) - 1, len(words) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            if char == "&":  # stands for a word of its own: "Advice and Guidance (A&G)", not "and Guidance"
                joins = [match.start() for match in _AND.finditer(words, 0, l_index + 1)]
                if not joins:
                    return None
                l_index = joins[-1] - 1
            s_index -= 1
            continue
        while l_index >= 0 and (
            words[l_index].lower() != char or (s_index == 0 and l_index > 0 and words[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = words.rfind(" ", 0, l_index + 1) + 1
    found = words[start:].strip()
    return found if len(found) > len(short) and " " in found else None


_JOINERS = frozenset({"and", "of", "the", "for", "in", "to", "&"})


def initials_long_form(short: str, words: str) -> str | None:
    """The shortest end of `words` whose words' first letters spell the short form, with or
    without its small joining words: "specialty and specialist (SAS)", where Schwartz–Hearst
    finds all three letters inside "specialist" and gives up."""
    letters = [char.lower() for char in _singular(short) if char.isalnum()]
    tokens = words.split()
    for count in range(2, min(len(tokens), len(letters) + 3) + 1):
        run = tokens[-count:]
        initials = [token[0].lower() for token in run if token[0].isalnum() or token == "&"]
        plain = [token[0].lower() for token in run if token.lower() not in _JOINERS]
        if letters in (initials, plain) and run[0].lower() not in _JOINERS:
            return " ".join(run)
    return None


def _word_initial(found: str | None, initials: str | None) -> str | None:
    """Schwartz–Hearst's form, unless the words' first letters spell the short form in a longer
    run that ends with it: it takes a letter from inside a word when it can, so "Revenue Resource
    Limit (RRL)" gave "Resource Limit" (the first R from inside "Resource")."""
    if found and initials and len(initials) > len(found) and initials.endswith(found):
        return initials
    return found or initials


def _singular(short: str) -> str:
    """ "PCNs" is given as "PCN", so it meets the singular in the text and the glossary."""
    return short[:-1] if short.endswith("s") and sum(c.isupper() for c in short[:-1]) >= 2 else short


def _sentence_before(text: str, position: int) -> str:
    """The words of the sentence that runs up to `position`, joined back where lines were wrapped."""
    window = _HYPHEN_BREAK.sub(r"\1\2", text[max(0, position - WINDOW) : position])
    window = " ".join(re.split(r"\n\s*\n", window)[-1].split())
    breaks = list(_SENTENCE_BREAK.finditer(window))
    return (window[breaks[-1].end() :] if breaks else window).strip()


def definitions_in(text: str, page: int = 1) -> list[Definition]:
    """The short forms one page defines, in the order they come."""
    found = []
    for match in _BRACKETED.finditer(text):
        inside = " ".join(match.group(1).split())
        sentence = _sentence_before(text, match.start())
        if _looks_short(inside):
            words = sentence.split()
            most = min(len(inside) + 5, len(inside) * 2)
            window = " ".join(words[-most:])
            long = _word_initial(best_long_form(inside, window), initials_long_form(inside, window))
            if long:
                found.append(Definition(_singular(inside), long, page))
        elif len(inside.split()) > 2 and sentence.split():
            short = sentence.split()[-1].strip(",")
            if _looks_short(short) and not short.isdigit():
                long = best_long_form(short, inside)
                if long and long == inside.split(",")[0].strip():
                    found.append(Definition(_singular(short), long, page))
    return found


def paper_definitions(pages: list[str]) -> list[Definition]:
    """Each short form the paper defines, once, with the first page that defines it."""
    seen: dict[str, Definition] = {}
    for number, page in enumerate(pages, start=1):
        for definition in definitions_in(page, number):
            seen.setdefault(definition.short.casefold(), definition)
    return list(seen.values())
