"""Every text a person reads goes through `_()` (and `ngettext()` for counts), so coprep can speak
other languages: Welsh first, whose plurals have six forms, so counts never use "if n == 1".

Translations live in `resources/locale/<language>/LC_MESSAGES/coprep.mo` (made from the `.pot`
file that Babel extracts: see docs/DEVELOPING.md). The language comes from `COPREP_LANGUAGE`, else
the system's. The language `pseudo` makes every text about 40% longer with accents, so a screen can
be checked for text that would be cut off in a longer language before anyone translates it.

Text kept in module-level constants is marked with `N_()` (no change) and translated where shown.
"""

import gettext
import os
from collections.abc import Iterator, Mapping

from coprep.resources import shipped

DOMAIN = "coprep"
PSEUDO = "pseudo"
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "àéîöûÿÀÉÎÖÛŸçñÇÑ")


def pseudo(text: str) -> str:
    """Text as a longer language would make it: accented, about 40% longer, still readable.

    Placeholders ({name}, %s) are kept as they are so the text can still be filled in.
    """
    out: list[str] = []
    depth = 0
    for char in text:
        depth += char == "{"
        out.append(char if depth else char.translate(_ACCENTED))
        depth -= char == "}" and depth > 0
    # padding in short words, so it wraps where a real language's longer words would
    extra = max(1, round(len(text) * 0.4))
    padding = " ".join("~~~~" for _ in range(max(1, extra // 5)))
    return f"⟦{''.join(out)} {padding}⟧" if text else text


class _Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None = None) -> None:
    """Use this language from now on (None: COPREP_LANGUAGE, then the system's)."""
    global _translation
    language = language or os.environ.get("COPREP_LANGUAGE")
    if language == PSEUDO:
        _translation = _Pseudo()
        return
    locale_dir = str(shipped("locale"))
    languages = [language] if language else None
    _translation = gettext.translation(DOMAIN, locale_dir, languages=languages, fallback=True)


def current_language() -> str:
    """The language texts are shown in, as a code Babel understands ("en_GB" when none is set)."""
    language = os.environ.get("COPREP_LANGUAGE")
    if isinstance(_translation, _Pseudo) or not language:
        return "en_GB"
    return language


def _(message: str) -> str:
    """The text in the person's language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The right form of a text with a count in it, for the person's language."""
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a text kept in a constant for translation; it is translated with `_()` where shown."""
    return message


class Words(Mapping[str, str]):
    """Fixed texts by key, marked with `N_()` where written and given in the person's language
    whenever one is looked up, so every screen, printout and command that shows them translates them."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)

    def __getitem__(self, key: str) -> str:
        return _(self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"Words({self._texts!r})"


set_language()
