"""The fields an agenda line carries besides its title: time, purpose, presenter, papers, pages.

Each `take_*` function finds one field at the edge of a title (or as a whole table cell) and
returns the value with the text that is left, or None. Choices: "For ratification", "Agree" and
"Endorse" mean approval; "Note" and "Information" mean information; "Review" is "other".
A dotted "10.15" alone is a time only where the caller says a weak time is fine (a later column).
"""

from __future__ import annotations

import re

# Word of a purpose tag ("For approval", "To be assured", a "Purpose" column's "Approve") -> purpose.
PURPOSE_WORDS = {
    word: purpose
    for purpose, words in {
        "approval": "approval approve approved ratification ratify ratified endorsement endorse endorsed "
        "agreement agree agreed sign-off",
        "decision": "decision decide decided",
        "discussion": "discussion discuss discussed consideration consider considered comment",
        "information": "information info inform note noting noted receive",
        "assurance": "assurance assure assured",
        "other": "review reviewed",
    }.items()
    for word in words.split()
}
_WORDS = "|".join(sorted(map(re.escape, PURPOSE_WORDS), key=len, reverse=True))
_TAG = rf"(?<!\w)(?:for|to)\s+(?:be\s+)?(?P<word>{_WORDS})(?!\w)"
TAG_ANY = re.compile(_TAG, re.I)
_TAG_FULL = re.compile(rf"[\s(\[\-–—:,.*]*{_TAG}[\s)\].:,;!*]*", re.I)
_TAG_BRACKET = re.compile(rf"[(\[]\s*{_TAG}\s*\.?\s*[)\]]", re.I)
_TAG_END = re.compile(rf"[\s,;:/|\-–—]+{_TAG}[\s.!]*$", re.I)
_TAG_START = re.compile(rf"^{_TAG}\s*[:\-–—.]+\s*", re.I)
# A "Purpose" column's cell: "Note", "Approve", "Note/ Information", "For decision".
_PURPOSE_CELL = re.compile(rf"(?:(?:for|to)\s+(?:be\s+)?)?(?P<word>{_WORDS})(?:\s*/\s*\w+)?\.?", re.I)


def _time_part(p: str) -> str:
    """One clock time ("10", "10:15", "10.15am", "2 pm", "14.30hrs", "12 noon"), groups prefixed by p."""
    return (
        rf"(?P<{p}h>[0-9]{{1,2}})(?:(?P<{p}sep>[:.])(?P<{p}m>[0-9]{{2}}))?"
        rf"(?:\s?(?:(?P<{p}ap>[ap])\.?m\.?|(?P<{p}hrs>hrs?|noon)))?"
    )


# A time or a range ("10:00 - 10:15", "2-3pm"); only its start is kept.
TIME = re.compile(
    rf"(?<![\w.:/£$]){_time_part('s')}"
    rf"(?P<range>\s*(?:-|–|—|to|until|till)\s*{_time_part('e')})?(?![\w/]|[.:][0-9])",
    re.I,
)

_INTRO = re.compile(r"(?<!\w)(?:(?:presented|led)\s+by(?!\w)|(?:presenter|lead)\s*:)\s*", re.I)
_REPORT_OF = re.compile(
    r"^(?:(?:a\s+)?report\s+(?:of|from|by)|presentation\s+(?:by|from)|presented\s+by)"
    r"\s*:?\s+(?P<who>.+?)\.?$",
    re.I,
)
_FIELD_LABEL = re.compile(
    r"^(?:(?:report\s+)?author|lead\s+officer|responsible\s+officer|sponsor|presenter|lead)"
    r"\s*:\s*(?P<who>.+)$",
    re.I,
)
_PURPOSE_LABEL = re.compile(
    r"^(?:purpose(?:\s+of\s+(?:the\s+)?(?:report|item|paper))?|action(?:\s+required)?)\s*:\s*", re.I
)
_WILL_PRESENT = re.compile(r"^(?P<who>[A-Z][^.;:]{2,60}?),?\s+will\s+(?:present|introduce|lead)\b")
_DASH = re.compile(r"\s+[-–—]+\s+|(?<=[^\W\d_])[–—](?=[^\W\d_])")
_NOT_PRESENTER = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday update verbal part appendix annex draft final paper papers report "
    "presentation summary agenda minutes item items quarter month year phase stage section "
    "session overview progress proposal see including public private closed confidential "
    "exempt to for".split()
)
_PEOPLE = re.compile(r"\s(?:members|contributors|partners|representatives|reps|governors|advisers|advisors)$", re.I)
_EVERYONE = {"all", "everyone", "all members", "members", "the group"}  # "Ideas for the fair - all"
JOINERS = set("of and for the & in to de van von da".split())

# Paper references: "Paper B", "Enc 3", "Enclosure", "Verbal", "Presentation", "QC24/011", "TSC4-01".
_CODE = r"[A-Z]{2,6}(?:[0-9]{0,2}| [0-9]{1,2})(?:[/-][0-9]{2,4}){1,3}"  # QC24/011, CAB 12-26
_PAPER = (
    rf"(?:paper|enc(?:losure)?\.?|appendix|annex|item)\s+[A-Z0-9]{{1,3}}(?![\w/])"
    rf"|paper\s+(?:no|number)\.?\s*[0-9]{{1,3}}(?:/[0-9]{{1,4}})?(?![\w/])"  # Paper No. 26/14
    rf"|(?i:enclosure|verbal|presentation|tabled|to\s+follow|(?:copy\s+)?(?:attached|herewith))"
    rf"|{_CODE}"
)
_PAPER_CELL = re.compile(
    rf"(?:{_PAPER}|[A-Z][0-9]?|(?-i:[A-Z]{{1,4}} ?[0-9]{{1,3}}[a-z]?)|[0-9]{{1,2}}[a-z]?|[0-9]{{2}}/[0-9]{{2,3}})\.?",
    re.I,
)
_PAPER_IN_BRACKETS = re.compile(rf"\s*[(\[]\s*(?P<ref>(?:{_PAPER})(?:\s*(?:,|and|&)\s*(?:{_PAPER}))*)\s*[)\]]", re.I)
_PAPER_END = re.compile(
    rf"\s+(?P<ref>(?:[Ee]nc(?:losure)?\.?|[Pp]aper)\s+[A-Z0-9]{{1,3}}|Enclosure|Verbal|Presentation"
    rf"|(?i:paper\s+(?:no|number)\.?\s*[0-9]{{1,3}}(?:/[0-9]{{1,4}})?)"
    rf"|{_CODE})\s*$"
)

# Page ranges from a printed pack's contents page: "11 - 58", "(Pages 1 - 8)", "Pages 3-10".
_PAGES = re.compile(
    r"(?:^|\s+)\(?(?P<word>pages?\s+)?(?P<a>[0-9]{1,4})\s*(?:-|–|—|to)\s*(?P<b>[0-9]{1,4})\)?\s*$", re.I
)
_SPACED_CODE_END = re.compile(r"(?<!\w)[A-Z]{2,6} [0-9]{1,2}[/-][0-9]{2,4}$")
_ONE_PAGE = re.compile(r"\s*\((?:page|p\.)\s*(?P<a>[0-9]{1,4})\)\s*$", re.I)


def purpose_of(word: str) -> str:
    return PURPOSE_WORDS.get(word.casefold(), "other")


def purpose_cell(cell: str) -> str | None:
    """The purpose of a cell that is nothing but a purpose ("Note", "For approval", "Note/ Information"),
    in either language of a two-language cell ("Er Gwybodaeth / For Information")."""
    if " / " in cell:
        return next(filter(None, (purpose_cell(part.strip()) for part in cell.split(" / "))), None)
    if m := _TAG_FULL.fullmatch(cell):
        return purpose_of(m["word"])
    if m := _PURPOSE_CELL.fullmatch(cell.strip()):
        return purpose_of(m["word"])
    return None


# A key to purpose codes: "A – Approve; D – Discuss", "A = for approval", "(N) noting".
_KEY_PAIR = re.compile(
    rf"(?<![\w'])(?:\((?P<inside>[A-Z][A-Za-z]?)\)\s*[=:–—-]?|(?P<code>[A-Z][A-Za-z]?)\s*[=:–—-])"
    rf"\s*(?i:for\s+)?(?P<word>(?i:{_WORDS}))(?!\w)"
)


def purpose_key(line: str) -> dict[str, str]:
    """The codes a key line explains ({"A": "approval", "D": "discussion"}); empty unless two or more."""
    pairs = {m["code"] or m["inside"]: purpose_of(m["word"]) for m in _KEY_PAIR.finditer(line)}
    return pairs if len(pairs) >= 2 else {}


def purpose_line(line: str) -> str | None:
    """A description line that opens with a tag: "For approval. The plan ...", "To agree the minutes",
    "The board is asked to agree the minutes", "Purpose of report: For approval"."""
    if m := _PURPOSE_LABEL.match(line.strip()):
        return purpose_cell(line.strip()[m.end() :])
    asked = r"(?:the\s+\w+|members)\s+(?:is|are)\s+(?:asked|invited|recommended)\s+"
    to = (
        rf"(?:for\s+(?P<for>{_WORDS})|to\s+(?:be\s+)?(?P<to>approve|agree|ratify|endorse|note|assured?|decide|discuss))"
    )
    m = re.match(rf"\s*(?:{asked})?{to}(?!\w)", line, re.I)
    m = m or re.search(rf"[.!?]\s+{asked}{to}(?!\w)", line, re.I)  # in a later sentence of the line
    m = m or re.search(rf"\b(?:is|are)\s+(?:asked|invited|recommended)\s+{to}(?!\w)", line, re.I)
    return purpose_of(m["for"] or m["to"]) if m else None


def take_purpose(text: str) -> tuple[str, str] | None:
    """A purpose tag at the edge of a title or in brackets, and the title without it."""
    if m := _TAG_FULL.fullmatch(text):
        return purpose_of(m["word"]), ""
    if m := _TAG_BRACKET.search(text):
        return purpose_of(m["word"]), f"{text[: m.start()].rstrip()} {text[m.end() :].lstrip()}".strip()
    if m := _TAG_END.search(text):
        left, joint = text[: m.start()].rstrip(), text[m.start() : m.start("word")]
        # "Policies for approval", "Items for information": a heading for what is brought, kept whole
        if not (re.fullmatch(r"\w+s", left) and re.fullmatch(r"\s+(?i:for|to)\s+(?:be\s+)?", joint)):
            return purpose_of(m["word"]), left
    if m := _TAG_START.match(text):
        return purpose_of(m["word"]), text[m.end() :]
    return None


def mid_purpose(text: str) -> str | None:
    """A tag inside a title ("To approve the minutes ..."): sets the purpose, the words stay."""
    m = TAG_ANY.search(text)
    return purpose_of(m["word"]) if m else None


def heading_purpose(text: str) -> str | None:
    """The purpose a heading gives the items below it ("PART A – ITEMS FOR DECISION", "For discussion and
    noting"): the tag ends the heading, so "Items to be considered while the press and public are present"
    says when, not why."""
    m = TAG_ANY.search(text)
    ends = m and re.fullmatch(r"[^\w]*(?:(?:and|or|&|/)\s*[\w-]+[^\w]*)?", text[m.end() :], re.I)
    return purpose_of(m["word"]) if m and ends else None


_PAPER_LABEL = re.compile(r"(?i)(?:ref(?:erence)?|paper(?:\s+ref)?|report\s+(?:no|number)|enc(?:losure)?)\.?\s*:\s*")


def paper_cell(cell: str) -> str | None:
    """A whole cell that is a paper reference ("B", "Enc 3", "Verbal", "QC24/011"), or a line that
    labels one ("Ref: HWB 10-26")."""
    cell = cell.strip()
    if re.fullmatch(r"\([^()]+\)", cell):  # "(Paper 1)" in a column of its own
        cell = cell[1:-1].strip()
    if (m := _PAPER_LABEL.match(cell)) and _PAPER_CELL.fullmatch(cell[m.end() :]):
        return cell[m.end() :].rstrip(".")
    return cell.rstrip(".") if _PAPER_CELL.fullmatch(cell) else None


def bracketed_papers(text: str) -> tuple[str, str] | None:
    """A paper reference in brackets anywhere ("Report by the Chief Officer (copy herewith)")."""
    if m := _PAPER_IN_BRACKETS.search(text):
        return m["ref"], f"{text[: m.start()]}{text[m.end() :]}".strip()
    return None


def take_papers(text: str) -> tuple[str, str] | None:
    """A paper reference in brackets anywhere, or at the end of a title ("... Enclosure")."""
    if found := bracketed_papers(text):
        return found
    m = _PAPER_END.search(text)
    if m and len(text[: m.start()].split()) >= 2:
        return m["ref"], text[: m.start()].rstrip(" ,;-–—")
    return None


def take_pages(text: str) -> tuple[str, str] | None:
    """A page range at the end of a title ("Annual plan 11 - 58"), not a span of years."""
    if m := _ONE_PAGE.search(text):
        return m["a"], text[: m.start()].rstrip()
    if _SPACED_CODE_END.search(text):  # "Winter plan CAB 12-26": a reference, not pages 12 to 26
        return None
    m = _PAGES.search(text)
    if not m or not text[: m.start()].strip():
        return None
    a, b = int(m["a"]), int(m["b"])
    years = 1900 <= a <= 2100 and (1900 <= b <= 2100 or b < 100)
    if b < a or (years and not m["word"]) or (not m["word"] and "(" in m.group(0) and ")" not in m.group(0)):
        return None
    return f"{a}-{b}", text[: m.start()].rstrip(" ,;-–—")


def _one_time(m: re.Match[str], p: str) -> tuple[int, int, str, bool, bool]:
    """(hour, minutes, 'a'/'p'/'', clearly a time, has minutes) for one side of a TIME match."""
    ap = (m[f"{p}ap"] or "").lower()
    hrs = (m[f"{p}hrs"] or "").lower()
    if hrs == "noon":
        ap = "p"
    strong = m[f"{p}sep"] == ":" or bool(ap) or bool(hrs)
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


def clock(m: re.Match[str], weak_ok: bool, end: bool = False) -> str | None:
    """'HH:MM' of a TIME match (its start, or its end when end=True), or None if it is not clearly a time.

    A range lends its am/pm to a start that has none: "2-3pm" starts at 2pm, "11.30-12.15pm" at 11.30am.
    """
    hour, minutes, ap, strong, has_min = _one_time(m, "s")
    end_value = None
    if m["range"]:
        hour2, minutes2, end_ap, strong2, has_min2 = _one_time(m, "e")
        end_value = _to_24(hour2, minutes2, end_ap)
        if end_value is None:
            return None
        if not ap and end_ap and (_to_24(hour, minutes, end_ap) or 0) <= end_value:
            ap = end_ap
        strong = strong or strong2 or (has_min and has_min2)
        has_min = has_min or has_min2 or bool(end_ap)
    if not (strong or (weak_ok and has_min)) or not (has_min or ap):
        return None
    start = _to_24(hour, minutes, ap)
    if start is None:
        return None
    value = end_value if end else start
    if value is None:
        return None
    return f"{value // 60:02d}:{value % 60:02d}"


def time_cell(cell: str, weak_ok: bool) -> str | None:
    m = TIME.fullmatch(cell.strip(" .,;()[]"))
    return clock(m, weak_ok) if m else None


_DURATION = re.compile(
    r"(?:\s*(?P<set_off>[-–—,(])\s*|\s+)(?P<d>[0-9]{1,3}\s*(?:mins?|minutes|hrs?|hours?))\.?\)?\s*$", re.I
)


def take_duration(text: str, set_off: bool = False) -> tuple[str, str] | None:
    """How long an item is given, at the end of a title ("- 10 mins", "(20 minutes)"); with set_off, only
    after a dash, comma or bracket."""
    m = _DURATION.search(text)
    ok = m and text[: m.start()].strip() and (m["set_off"] or not set_off)
    return (m["d"], text[: m.start()].rstrip()) if m and ok else None


def take_time(text: str) -> tuple[str, str] | None:
    """A clear time at the start or end of a title: "10:00 Welcome", "Welcome (2pm)"."""
    m = TIME.match(text)
    if m and (found := clock(m, weak_ok=False)):
        return found, text[m.end() :].lstrip(" \t-–—:,;)]")
    last = ([None] + list(TIME.finditer(text)))[-1]
    if last and not text[last.end() :].strip(" .,;)]") and (found := clock(last, weak_ok=False)):
        return found, text[: last.start()].rstrip(" \t-–—:,;([@")
    return None


def take_presenter(text: str, dash: bool = True) -> tuple[str, str] | None:
    """'Presented by X', 'Lead: X', '... – X' or '... (X)' at the end of a title."""
    if m := _INTRO.search(text):
        who = text[m.end() :].strip(" :,;-–—")
        if who.endswith(")") and who.count(")") > who.count("("):
            who = who[:-1].rstrip()
        if re.search(r"\w", who):
            return who, text[: m.start()].rstrip(" \t,;:-–—([")
    after_dash = _after_dash(text) if dash else None
    if after_dash and after_dash[0].endswith(")"):  # "… – Margaret (PPG chair)": the name with a role
        return after_dash
    if m := re.search(r"\s*\((?P<who>[^()]+)\)\s*$", text):
        left = text[: m.start()].rstrip()
        name, _, role = m["who"].partition(",")
        first = (role.split() or [""])[0]  # "(Mo Rahman, digital designer)", not "(Leeds, and the coast)"
        plain_role = first[:1].islower() and first not in JOINERS and len(m["who"].split()) <= 8
        if left and (looks_like_name(m["who"]) or (plain_role and looks_like_name(name))):
            return m["who"].strip(), left
    return after_dash


def _after_dash(text: str) -> tuple[str, str] | None:
    """Who is named after the last dash: "Dr Okafor", "Sarah, practice manager", "Margaret (PPG chair)", "all"."""
    gaps = list(_DASH.finditer(text))
    if not gaps:
        return None
    left, who = text[: gaps[-1].start()].rstrip(), text[gaps[-1].end() :].strip()
    name = re.sub(r"\s*\([^()]*\)$", "", who).split(",")[0].strip()
    if left and (
        looks_like_name(who)
        or who.casefold() in _EVERYONE
        or (name != who and looks_like_name(name) and len(who.split()) <= 8)
    ):
        return who, left
    return None


def presenter_line(line: str) -> str | None:
    """A line under a title that names who brings the item: 'Report of the Director of X'."""
    if m := _INTRO.match(line):  # "Led by our Chief Executive. The board is asked …": the name only
        who = re.split(r"\.\s+(?=[A-Z])", line[m.end() :], maxsplit=1)[0]
        return re.sub(r"(?i)^(?:the|our)\s+", "", who.strip(" :,;.")) or None
    if m := _FIELD_LABEL.match(line.strip()):  # "Report author: Director of Public Health"
        return m["who"].strip(" .")
    if m := _REPORT_OF.match(line.strip()):
        return re.sub(r"^the\s+", "", m["who"].strip(), flags=re.I)
    if m := _WILL_PRESENT.match(line.strip()):
        return m["who"].strip()
    head = line.strip().split(",")[0]  # "Everyone, in small groups": the whole group brings it
    if head.casefold() in _EVERYONE and len(line.split()) <= 6 and not line.rstrip().endswith((".", ":", "?")):
        return line.strip()
    return None


def looks_like_presenter(text: str) -> bool:
    """A cell that could be a presenter ("Dr A Patel", "Lay members", "Director of Finance")."""
    words = text.split()
    return (
        0 < len(words) <= 9
        and len(text) <= 80
        and text[0].isupper()
        and not any(ch.isdigit() for ch in text)
        and (words[0].strip(".,:;'()").casefold() not in _NOT_PRESENTER or _PEOPLE.search(text) is not None)
        and not TAG_ANY.search(text)
        and purpose_cell(text) is None
    )


def looks_like_name(text: str) -> bool:
    """Stricter, for text cut from the end of a title: mostly capitalised words, not an acronym."""
    words = [w.strip(".,:;'()") for w in text.split()]
    letters = [ch for ch in text if ch.isalpha()]
    lower = [w for w in words if w and w[0].islower() and w.casefold() not in JOINERS]
    shouting = len(words) >= 2 and all(ch.isupper() for ch in letters) or (len(words) == 1 and text.isupper())
    return looks_like_presenter(text) and len(lower) <= 1 and not shouting and len(words) <= 7
