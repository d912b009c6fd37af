"""Turn agenda text pasted from an email, a web page or a PDF into agenda items.

A line that opens with an item label ("1.", "2.3", "(a)", "iv.", "ICB 23/045",
"Item 5") or a clear time ("10:00", "2pm") starts a new item; other lines add
to the item above. Purpose tags, times and presenters are lifted into fields.

Promise: every line that is not noise (is_noise) ends up, word for word, in
some item; only purpose tags, presenter prefixes ("Presented by", "Lead:") and
the spelling of times are rewritten.

Choices: "For ratification"/"To endorse"/"For agreement" mean approval (formal
sign-off); "For review" is "other". A tag at the edge of a title, in brackets
or in its own column is removed; one mid-title ("To approve the minutes of
...") sets the purpose but keeps the words. Lines before the first item form
one unnumbered item (first line = title, rest = description). An ALL-CAPS line
between items is a section heading and becomes its own unnumbered item.
Dotted "10.15" is an item number unless it has am/pm, is a range, sits in a
later column, precedes a label, or the agenda clearly uses dotted times.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

PURPOSES = ("approval", "decision", "discussion", "information", "assurance", "other")

# Last word of a purpose tag ("For approval", "To be assured") -> purpose.
_PURPOSE_WORDS = {word: purpose for purpose, words in {
    "approval": "approval approve approved ratification ratify ratified endorsement endorse "
                "endorsed agreement agree agreed",
    "decision": "decision decide decided",
    "discussion": "discussion discuss discussed consideration consider considered comment",
    "information": "information info note noting noted receive received",
    "assurance": "assurance assure assured",
    "other": "review reviewed",
}.items() for word in words.split()}
_TAG = (r"(?<!\w)(?:for|to)\s+(?:be\s+)?(?P<word>"
        + "|".join(sorted(_PURPOSE_WORDS, key=len, reverse=True)) + r")(?!\w)")
_TAG_ANY = re.compile(_TAG, re.I)
_TAG_FULL = re.compile(rf"[\s(\[\-–—:,.*]*{_TAG}[\s)\].:,;!*]*", re.I)
_TAG_BRACKET = re.compile(rf"[(\[]\s*{_TAG}\s*\.?\s*[)\]]", re.I)
_TAG_END = re.compile(rf"[\s,;:/|\-–—]+{_TAG}[\s.!]*$", re.I)
_TAG_START = re.compile(rf"^{_TAG}\s*[:\-–—]+\s*", re.I)


def _time_part(p: str) -> str:
    """One clock time ("10", "10:15", "10.15am", "2 pm", "14.30hrs"), groups prefixed by p."""
    return (rf"(?P<{p}h>[0-9]{{1,2}})(?:(?P<{p}sep>[:.])(?P<{p}m>[0-9]{{2}}))?"
            rf"(?:\s?(?:(?P<{p}ap>[ap])\.?m\.?|(?P<{p}hrs>hrs?)))?")


# A time or a range ("10:00 - 10:15", "2-3pm"); only its start is kept.
_TIME = re.compile(rf"(?<![\w.:/]){_time_part('s')}"
                   rf"(?P<range>\s*(?:-|–|—|to)\s*{_time_part('e')})?(?![\w:/]|\.[0-9])", re.I)
_DOTTED_LEAD = re.compile(r"([0-9]{1,2})\.([0-9]{2})(?=\s|$)")

_ROMAN_LO = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_ROMAN_UP = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])")
_LABEL = re.compile(
    r"(?:(?i:agenda\s+)?(?i:item)\s+[0-9]{1,3}(?:\.[0-9]{1,3})*[a-z]?"    # Item 5, Agenda item 3.1
    r"|[A-Z]{2,6}(?: ?[0-9]{2}[/-][0-9]{2,4}|[/-][0-9]{2}[/-][0-9]{1,4})"  # ICB 23/045, TB/24/12
    r"|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?"                                   # 1.1, 2.3.1
    r"|[0-9]{1,3}[.)]"                                                    # 1.  1)
    rf"|\((?:[0-9]{{1,2}}|[a-z]|[A-Z]|{_ROMAN_LO}|{_ROMAN_UP})\)"         # (a) (iv) (1)
    rf"|(?:{_ROMAN_LO}|{_ROMAN_UP}|[a-z])[.)]|[A-Z]\)"                    # iv. IV. a) A)
    rf"|[0-9]{{1,2}}(?!\s+{_MONTH})(?=\s+[A-Z(]|\s*\t|\s{{2,}}|\s*$)"      # bare 1 (not "12 March")
    r")(?=[\s:]|$|(?<=[0-9][.)])[A-Z])"
)

_INTRO = re.compile(r"(?<!\w)(?:(?:presented|led)\s+by(?!\w)|(?:presenter|lead)\s*:)\s*", re.I)
_DASH = re.compile(r"\s+[-–—]+\s+|(?<=[^\W\d_])[–—](?=[^\W\d_])")
_FILE_SIZE = re.compile(r"\s*(?:pdf\s+icon\s*)?pdf\s+[0-9]+(?:\.[0-9]+)?\s*[km]b\s*$", re.I)
_BULLET = re.compile(r"^[•·▪◦●‣⁃■□➢►*>\-–—]+\s+")
_COLUMN_GAP = re.compile(r"\t|\s{2,}")
_NOT_PRESENTER = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday update verbal part appendix annex draft final paper papers report "
    "presentation summary agenda minutes item items quarter month year phase stage section "
    "session overview progress proposal see including public private closed confidential".split()
)

_NOISE = re.compile(
    r"(?:pdf\s+icon\s*)?(?:pdf|docx?|xlsx?|pptx?)\s+[0-9]+(?:\.[0-9]+)?\s*(?:kb|mb|gb|bytes?)"
    r"|additional\s+documents?\s*:?"
    r"|download"
    r"|view\s+the\s+reasons?\s+why\s+(?:item|document).{0,40}?\s(?:is|are)\s+restricted\.?"
    r"|minutes\s*:"
    r"|page\s+[0-9]+(?:\s+of\s+[0-9]+)?"
    r"|[\s\-_=–—~.*•·▪◦●○■□‣⁃➢►>|]*",  # nothing, rules of dashes/underscores, lone bullets
    re.I,
)


@dataclass
class ParsedItem:
    number: str = ""
    title: str = ""
    purpose: str | None = None
    presenter: str = ""
    time: str | None = None
    description: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    def add_description(self, text: str) -> None:
        self.description = f"{self.description}\n{text}" if self.description else text


def is_noise(line: str) -> bool:
    """True for lines dropped on purpose: blanks, file-size links, page footers, rules."""
    return _NOISE.fullmatch(line.strip()) is not None


def parse_agenda(text: str) -> list[ParsedItem]:
    lines = [_clean(raw) for raw in text.splitlines() if not is_noise(raw)]
    lines = [line for line in lines if line]
    dotted = _dotted_times(lines)
    starts = [_item_start(line, dotted) for line in lines]
    if not any(starts):  # no labels or times at all: every line is an item
        return [_new_item(None, "", line) for line in lines]
    items: list[ParsedItem] = []
    for line, start in zip(lines, starts):
        if start:
            items.append(_new_item(*start))
        elif not items:  # meeting heading above the first item
            items.append(_new_item(None, "", line, dash=False))
        elif _is_heading(line):
            items.append(ParsedItem(title=" ".join(line.split())))
        else:
            _add_line(items[-1], line)
    return items


def _clean(raw: str) -> str:
    return _BULLET.sub("", raw.replace("\xa0", " ").strip()).strip()


def _columns(text: str) -> list[str]:
    """Cells of a row copied from a table (tab or 2+ spaces apart)."""
    return [cell.strip() for cell in _COLUMN_GAP.split(text) if cell.strip()]


def _dotted_times(lines: list[str]) -> bool:
    """Whether lines start with dotted clock times ("09.30", "10.00") rather than numbers.

    Needs two or more such lines, all on five-minute steps, and at least one
    that no one would use as an item number (a leading zero or ".00").
    """
    found = [m for m in map(_DOTTED_LEAD.match, lines) if m]
    return (len(found) >= 2
            and all(int(m[1]) <= 23 and int(m[2]) < 60 and int(m[2]) % 5 == 0 for m in found)
            and any(m[1].startswith("0") or m[2] == "00" for m in found))


def _item_start(line: str, dotted: bool) -> tuple[str | None, str, str] | None:
    """(time, label, rest) when the line opens a new item, else None."""
    time, rest = None, line
    m = _TIME.match(line)
    if m and (found := _clock(m, weak_ok=True)):
        after = line[m.end():].lstrip(" \t-–—:,;")
        if dotted or _clock(m, weak_ok=False) or _LABEL.match(after):
            time, rest = found, after
    if m := _LABEL.match(rest):
        return time, m.group(0), rest[m.end():].lstrip(" \t:.-–—")
    return (time, "", rest) if time and rest else None


def _new_item(time: str | None, label: str, rest: str, dash: bool = True) -> ParsedItem:
    item = ParsedItem(number=label, time=time)
    title, extra = None, []
    for i, cell in enumerate(_columns(rest)):
        if _claim(item, cell, weak_time=i > 0):
            continue
        if title is None:
            title = cell
            continue
        if item.time is None and (found := _edge_time(cell)):  # "Chief Nurse 10:00"
            item.time, cell = found
        if not cell:
            continue
        if not item.presenter and _looks_like_presenter(cell):
            item.presenter = cell
        else:
            extra.append(cell)
    if title is not None:
        _set_title(item, title, dash)
    if extra:
        item.add_description(" ".join(extra))
    return item


def _set_title(item: ParsedItem, text: str, dash: bool = True) -> None:
    if m := _FILE_SIZE.search(text):  # "Minutes PDF 297 KB": keep the words, not in the title
        text = text[:m.start()]
        item.add_description(m.group(0).strip())
    item.title = _lift(item, text, dash)


def _add_line(item: ParsedItem, line: str) -> None:
    """Add a line under an item: a tag/time/presenter line fills a field, else description."""
    text = " ".join(cell for cell in _columns(line) if not _claim(item, cell, weak_time=True))
    if not text:
        return
    if not item.title and not item.description:  # label alone on the line above (PDF tables)
        _set_title(item, text)
        return
    if item.purpose is None and (m := _TAG_ANY.search(text)):
        item.purpose = _purpose(m)
    item.add_description(text)


def _claim(item: ParsedItem, cell: str, weak_time: bool) -> bool:
    """Fill an empty field from a cell that is wholly a tag, a time or 'Presented by ...'."""
    if m := _TAG_FULL.fullmatch(cell):
        if item.purpose is None:
            item.purpose = _purpose(m)
            return True
        return False
    m = _TIME.fullmatch(cell.strip(" .,;()[]"))
    if m and (found := _clock(m, weak_time)):
        if item.time is None:
            item.time = found
            return True
        return False
    m = _INTRO.match(cell)
    if m and not item.presenter and re.search(r"\w", cell[m.end():]):
        item.presenter = cell[m.end():].strip(" :,;")
        return True
    return False


def _lift(item: ParsedItem, text: str, dash: bool = True) -> str:
    """Move time, purpose tag and presenter out of a title into empty fields; return the rest."""
    changed = True
    while changed and text:
        changed = False
        if item.time is None and (found := _edge_time(text)):
            (item.time, text), changed = found, True
        if item.purpose is None and (found := _edge_purpose(text)):
            (item.purpose, text), changed = found, True
        if not item.presenter and (found := _take_presenter(text, dash)):
            (item.presenter, text), changed = found, True
    if item.purpose is None and (m := _TAG_ANY.search(text)):
        item.purpose = _purpose(m)
    return text


def _purpose(m: re.Match[str]) -> str:
    return _PURPOSE_WORDS.get(m["word"].casefold(), "other")


def _edge_purpose(text: str) -> tuple[str, str] | None:
    if m := _TAG_FULL.fullmatch(text):
        return _purpose(m), ""
    if m := _TAG_BRACKET.search(text):
        return _purpose(m), f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip()
    if m := _TAG_END.search(text):
        return _purpose(m), text[:m.start()].rstrip()
    if m := _TAG_START.match(text):
        return _purpose(m), text[m.end():]
    return None


def _edge_time(text: str) -> tuple[str, str] | None:
    """A clear time at the start or end of a title."""
    m = _TIME.match(text)
    if m and (found := _clock(m, weak_ok=False)):
        return found, text[m.end():].lstrip(" \t-–—:,;)]")
    last = ([None] + list(_TIME.finditer(text)))[-1]
    if last and not text[last.end():].strip(" .,;)]") and (found := _clock(last, weak_ok=False)):
        return found, text[:last.start()].rstrip(" \t-–—:,;([@")
    return None


def _take_presenter(text: str, dash: bool) -> tuple[str, str] | None:
    if m := _INTRO.search(text):
        who = text[m.end():].strip(" :,;-–—")
        if who.endswith(")") and who.count(")") > who.count("("):
            who = who[:-1].rstrip()
        if re.search(r"\w", who):
            return who, text[:m.start()].rstrip(" \t,;:-–—([")
    if dash and (gaps := list(_DASH.finditer(text))):
        left, who = text[:gaps[-1].start()].rstrip(), text[gaps[-1].end():].strip()
        if left and not left[-1].isdigit() and _looks_like_presenter(who):
            return who, left
    return None


def _looks_like_presenter(text: str) -> bool:
    """A short name or role ("Dr A Patel", "Director of Finance"), not a date or a note."""
    words = text.split()
    return (0 < len(words) <= 8 and len(text) <= 70 and text[0].isupper()
            and not any(ch.isdigit() for ch in text)
            and words[0].strip(".,:;'").casefold() not in _NOT_PRESENTER
            and not _TAG_ANY.search(text))


def _is_heading(line: str) -> bool:
    """An ALL-CAPS section heading such as "QUALITY AND SAFETY" (not "CEO" or "FOR NOTING")."""
    letters = [ch for ch in line if ch.isalpha()]
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    return (len(letters) >= 8 and len(words) >= 2 and all(ch.isupper() for ch in letters)
            and not _TAG_FULL.fullmatch(line))


def _one_time(m: re.Match[str], p: str) -> tuple[int, int, str, bool, bool]:
    """(hour, minutes, 'a'/'p'/'', clearly a time, has minutes) for one side of a _TIME match."""
    ap = (m[f"{p}ap"] or "").lower()
    strong = m[f"{p}sep"] == ":" or bool(ap) or bool(m[f"{p}hrs"])
    return int(m[f"{p}h"]), int(m[f"{p}m"] or 0), ap, strong, m[f"{p}m"] is not None


def _to_24(hour: int, minutes: int, ap: str) -> int | None:
    """Minutes since midnight, or None when not a real clock time."""
    if minutes > 59 or (ap and not 1 <= hour <= 12) or hour > 23:
        return None
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return hour * 60 + minutes


def _clock(m: re.Match[str], weak_ok: bool) -> str | None:
    """'HH:MM' for a _TIME match (start of a range), or None if it is not clearly a time.

    A dotted "10.15" alone is only a time when weak_ok (e.g. in a later column).
    """
    hour, minutes, ap, strong, has_min = _one_time(m, "s")
    end_ap = ""
    if m["range"]:
        hour2, minutes2, end_ap, strong2, has_min2 = _one_time(m, "e")
        end = _to_24(hour2, minutes2, end_ap)
        if end is None:
            return None
        if not ap and end_ap and (_to_24(hour, minutes, end_ap) or 0) <= end:
            ap = end_ap  # "2-3pm" starts at 2pm; "11.30-12.15pm" starts at 11.30am
        strong = strong or strong2 or (has_min and has_min2)
    if not (strong or (weak_ok and has_min)) or not (has_min or ap or end_ap):
        return None
    start = _to_24(hour, minutes, ap)
    return None if start is None else f"{start // 60:02d}:{start % 60:02d}"
