"""The meeting's details from the top of an agenda: committee, date, start and end, place, private part.

The lines above the first item say which meeting it is, in many layouts: "Date: 4 December 2025",
"Thursday 12 March 2026, 10:00 – 13:00, The Boardroom", "Venue: ... View directions", a committee
web page's "Health Scrutiny Committee - Tuesday, 14th January, 2025 2.00 pm", or a sentence in an
email. Every line is kept in `text`; the fields are read from them, never instead of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprep.core.storage.validate import InputError
from coprep.i18n import _

from . import agenda_fields as f
from .agenda_columns import split_cells

if TYPE_CHECKING:
    from .agenda_parsed import ParsedItem

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
_DATE = re.compile(
    r"(?<![\w/])(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>20[0-9]{2})(?![0-9])"
    r"|(?<![\w/])(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})/(?P<y2>20[0-9]{2})(?![0-9])"
)
_PRIVATE = re.compile(
    r"\bpart\s+(?:2|two|ii|b)\b(?!\s*[-–—:]\s*(?:strategy|assurance|standing|items\s+for))|\bexempt\b|\bclosed\s+session\b"
    r"|\bconfidential\s+(?:business|items?|session)\b|\b(?:in|held\s+in)\s+private\b|\bprivate\s+session\b"
    r"|\bexclu(?:sion|de)\s+(?:of\s+)?the\s+(?:press\s+and\s+)?public\b|\brestricted\b",
    re.I,
)
_SUBJECT = re.compile(r"^subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*", re.I)
_SOON = dt.timedelta(days=190)  # an email sends the agenda of a meeting in the next few months
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEARLESS = re.compile(
    r"(?:(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+)?(?<![\w/])"
    r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"
    r"(?!\.?,?\s+20[0-9]{2})",
    re.I,
)
_LABELLED = re.compile(
    r"^(?:[^:/]{1,25}/\s*)?(?P<key>venue|place|location|where|meeting\s+(?:venue|date)|date(?:\s+and\s+time)?"
    r"|time|when|start(?:\s+time)?|(?:finish|end)(?:\s+time)?|chair|contact)\s*:\s*(?P<value>.*)$",
    re.I,
)
# Where one label follows another's value with a single space: "Date: Monday 27 April Time: 10.30 Venue: …".
_NEXT_LABEL = re.compile(
    r"(?<!start)(?<!finish)(?<!end)(?<!meeting)\s+(?=(?:venue|place|location|time|date|start\s+time|finish\s+time)\s*:)",
    re.I,
)
_COMMITTEE_WORD = re.compile(
    r"\b(?:committee|sub-committee|board|group|council|panel|forum|cabinet|assembly"
    r"|trustees|governors|network|body|team)\b",
    re.I,
)
_ORGANISATION = re.compile(
    r"\bNHS\b.*\b(?:trust|care board|england)\b|\bintegrated\s+care\s+board$|\b(?:borough|county|city|district|parish"
    r"|metropolitan)\s+council\b|\bprimary\s+care\s+network$|^\S+(?:\s+\S+)?\s+council$|^(?:the\s+)?(?:city|county|borough)\s+of\s+.+\s+council$|\buniversity\b|^healthwatch\b|\bhospice$|\btrust$",
    re.I,
)
_PLACE_WORD = re.compile(
    r"\b(?:room|hall|house|centre|center|chamber|building|library|surgery|offices?|teams|"
    r"zoom|online|hub|suite|theatre|boardroom|church|street|road|lane|way|square|hybrid|"
    r"hospital|campus|webex|video|phone)\b",
    re.I,
)
_EMAIL_HEADER = re.compile(r"^(?:from|to|subject|sent|cc)\s*:", re.I)
_STRONG_PLACE = re.compile(r"\b(?:room|chamber|zoom|teams|online|boardroom|suite|library|hub|theatre|venue)\b", re.I)
_NOT_PLACE = re.compile(r"^(?:contact|membership|chair|from|to|subject|dear|hi|hello|thank)\b", re.I)
_PROSE_PLACE = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:the\s+)?[^.;()]*?" + _PLACE_WORD.pattern + r"[^.;()]*?)"
    r"(?=\s*[.;(]|\s+(?:on|from)\s|$)",
    re.I,
)
_GENERIC = {"board", "meeting", "the", "of", "in", "public", "held", "part", "a", "1", "meeting of the"}
_CAPS_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&|the)\s+)*)*?[A-Z][\w'’-]*\s+"
    + r"(?:Committee|Board|Group|Council|Panel|Forum|Partnership)\b"
)
_WEEKDAY_OWN = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+", re.I)
_CLOSE = re.compile(r"^(?:close|meeting\s+close[sd]?|end(?:\s+of\s+meeting)?|finish)\b", re.I)
_FOR_START = re.compile(r"\bfor\s+(?P<t>[0-9]{1,2}[.:][0-9]{2}(?:\s?[ap]\.?m\.?)?)\s+start\b", re.I)


@dataclass
class MeetingDetails:
    committee: str = ""
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    place: str = ""
    private_part: bool = False
    text: str = ""  # every line above the items (and any sign-off below them), as written

    def to_dict(self) -> dict[str, object]:
        return {
            "committee": self.committee,
            "date": self.date,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "place": self.place,
            "private_part": self.private_part,
        }


def is_private(text: str) -> bool:
    """Whether a line says part of the meeting is held in private ("Part 2", "exempt", "closed session")."""
    return bool(_PRIVATE.search(text))


def _date_in(line: str) -> tuple[str, re.Match[str]]:
    """The date in a line already picked for having one."""
    found = find_date(line)
    if found is None:
        raise InputError(_("There is no date in “{line}”.").format(line=line))
    return found


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    for m in _DATE.finditer(text):
        try:
            if m["d"]:
                month = _MONTHS.get(m["m"].casefold())
                if month is None:
                    continue
                day = dt.date(int(m["y"]), month, int(m["d"]))
            else:
                day = dt.date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        except ValueError:
            continue
        return day.isoformat(), m
    return None


def meeting_details(
    preamble: list[str], trailing: list[str], items: list[ParsedItem], private: bool, last_end: str | None = None
) -> MeetingDetails:
    """The details, with `last_end` (when the last item's time range ends) as the end if nothing else says."""
    lines = preamble + trailing
    details = MeetingDetails(text="\n".join(lines), private_part=private or any(map(is_private, lines)))
    labelled = _labelled(preamble)
    date_line = next((line for line in preamble if find_date(line) and not _EMAIL_HEADER.match(line)), None)
    if date_line is None:
        date_line = next((line for line in trailing if find_date(line) and "next" not in line.casefold()), None)
    if date_line:
        details.date = _date_in(date_line)[0]
    else:
        details.date = _yearless_date(preamble)
    _times(details, labelled, preamble, date_line)
    if details.start_time is None and items and items[0].time:
        details.start_time = items[0].time
    ends = [item.time for item in items[-1:] if item.time and _CLOSE.match(item.title)] + [last_end]
    if details.end_time is None and details.start_time and ends[0] and ends[0] > details.start_time:
        details.end_time = ends[0]  # a timed "Close" at the end, or when the last item's time range ends
    details.place = _place(labelled, preamble, date_line)
    details.committee = _committee(preamble, details.place)
    return details


def _yearless_date(preamble: list[str]) -> str | None:
    """A date with no year ("Thursday 5 March" in an email's subject), placed by the date the email was
    sent: the first such day from a week before it to about six months after, on the weekday named if any."""
    sent = next((found for line in preamble if _EMAIL_HEADER.match(line) and (found := find_date(line))), None)
    if sent is None:
        return None
    reference = dt.date.fromisoformat(sent[0]) - dt.timedelta(days=7)
    for line in preamble:
        if _EMAIL_HEADER.match(line) and not line.casefold().startswith("subject"):
            continue
        for m in _YEARLESS.finditer(line):
            month, weekday = _MONTHS.get(m["m"].casefold()), m["weekday"]
            for year in (reference.year, reference.year + 1):
                try:
                    day = dt.date(year, month or 0, int(m["d"]))
                except ValueError:
                    continue
                if reference <= day <= reference + _SOON and (
                    not weekday or _WEEKDAYS[day.weekday()][:3] == weekday[:3].casefold()
                ):
                    return day.isoformat()
    return None


def _labelled(preamble: list[str]) -> dict[str, str]:
    """Labelled details: "Date: …   Time: …   Venue: …" on one line, or a label cell and its value cell
    (a spreadsheet's "Start time:" | "14:00"); keyed by the label's last word ("meeting date" -> "date")."""
    found: dict[str, str] = {}
    for line in preamble:
        cells = [part for cell in split_cells(line) for part in _NEXT_LABEL.split(cell)]
        for i, cell in enumerate(cells):
            if cell.endswith(":") and i + 1 < len(cells) and not _LABELLED.match(cells[i + 1]):
                cell = f"{cell} {cells[i + 1]}"
            if m := _LABELLED.match(cell):
                key = m["key"].casefold().split()
                found.setdefault(key[-1] if key[0] == "meeting" else key[0], m["value"].strip())
    return found


def _times(details: MeetingDetails, labelled: dict[str, str], preamble: list[str], date_line: str | None) -> None:
    if (start := f.time_cell(labelled.get("start", ""), True)) is not None:
        details.start_time = start
        details.end_time = f.time_cell(labelled.get("finish") or labelled.get("end") or "", True)
        return
    sources = [labelled.get("time", ""), labelled.get("when", ""), labelled.get("date", "")]
    if date_line:
        sources.append(date_line.split(_date_in(date_line)[1].group(0), 1)[-1])
        following = preamble[preamble.index(date_line) + 1 :][:2] if date_line in preamble else []
        sources += [line for line in following if f.TIME.match(line)]
        day = _date_in(date_line)[0]  # a running header may name the day first: "Board - 18 June 2026"
        for line in preamble:
            if (
                line is not date_line
                and not _EMAIL_HEADER.match(line)
                and (found := find_date(line))
                and found[0] == day
            ):
                sources.append(line[found[1].end() :])
    prose = [line for line in preamble if not _EMAIL_HEADER.match(line)]  # "meeting from 12.30 to 2pm"
    sources += [m.group(0) for line in prose for m in f.TIME.finditer(line) if m["range"] and f.clock(m, False)]
    for text in sources:
        if m := _FOR_START.search(text):
            text = text[m.start("t") :]
        for m in f.TIME.finditer(text):
            start = f.clock(m, weak_ok=True)
            if start and (m["range"] or m["sap"] or m["ssep"]):
                details.start_time = start
                details.end_time = f.clock(m, weak_ok=True, end=True) if m["range"] else None
                if details.end_time is None:
                    later = [f.clock(n, weak_ok=True) for n in f.TIME.finditer(text[m.end() :])]
                    details.end_time = next((t for t in later if t and t > start), None)
                return


def _place(labelled: dict[str, str], preamble: list[str], date_line: str | None) -> str:
    for key in ("venue", "place", "location", "where", "meeting"):
        if labelled.get(key):
            return _tidy_place(labelled[key])
    if date_line:
        rest = date_line.split(_date_in(date_line)[1].group(0), 1)[-1]
        times = [m for m in f.TIME.finditer(rest) if f.clock(m, weak_ok=True)]  # not "Room 4"
        after = rest[times[-1].end() :] if times else rest
        after = re.sub(r"^[\s,;:–—-]*(?:(?:in|at|via|on|by)\s+)?", "", after).strip(" ,.;")
        if after and _PLACE_WORD.search(after):
            return _tidy_place(after)
        if m := _PROSE_PLACE.search(rest):
            return _tidy_place(m["place"])
    for line in preamble:
        if line is date_line or _NOT_PLACE.match(line) or find_date(line) or _LABELLED.match(line):
            continue
        if len([w for w in re.sub(r"\([^)]*\)", "", line).split() if w[:1].islower()]) >= 4:  # a sentence
            continue
        strong = _STRONG_PLACE.search(line)
        if re.match(r"(?i)(?:in|at)\s+the\s+", line) or (
            _PLACE_WORD.search(line)
            and len(line) <= 120
            and (strong or not (_COMMITTEE_WORD.search(line) or _ORGANISATION.search(line)))
        ):
            return _tidy_place(re.sub(r"(?i)^(?:in|at)\s+", "", line))
    found = (_PROSE_PLACE.search(line) for line in preamble if not _EMAIL_HEADER.match(line))
    return next((_tidy_place(m["place"]) for m in found if m), "")


def _tidy_place(text: str) -> str:
    text = re.sub(r"\.?\s*view\s+directions\.?$", "", text.strip(), flags=re.I)
    times = list(f.TIME.finditer(text))  # "Sure Start Centre, 10am-12pm": the times are not the place
    if times and not text[times[-1].end() :].strip(" ,.;:") and f.clock(times[-1], weak_ok=False):
        text = text[: times[-1].start()]
    return text.strip(" ,.;:")


def _committee(preamble: list[str], place: str) -> str:
    candidates, organisations = [], []
    for line in preamble:
        if place and place in line:  # "Board Room, Glenmorven House": the place, not a board
            continue
        line = text = _SUBJECT.sub("", line)  # an email's subject often names the committee
        full, yearless = find_date(line), _YEARLESS.search(line)
        if found := (full[1] if full else yearless):
            text = re.split(r"\s+[-–—]\s+|,", line[: found.start()])[0]
            text = re.sub(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$", "", text)
            text = re.sub(r"(?i)\s+(?:on|at)\s*$", "", text)  # "Carers Forum on Tuesday 6 January"
        if _LABELLED.match(text) or _NOT_PLACE.match(text) or len(text.split()) > 14:
            continue
        text = _clean_committee(text)
        if not text:
            continue
        lower = [w for w in text.split() if w[:1].islower() and w not in ("and", "of", "for", "the", "&")]
        if len(lower) > 2:  # a sentence: only the committee's name inside it
            run = _CAPS_RUN.search(text)
            text = _WEEKDAY_OWN.sub("", run.group(0)) if run else ""
            if not text:
                continue
        if _ORGANISATION.search(text):
            organisations.append(text)
        elif _COMMITTEE_WORD.search(text):
            if not set(re.findall(r"[\w']+", text.casefold())) <= _GENERIC:
                candidates.append(text)
    if candidates:
        return candidates[0]
    for line in preamble:
        if not _EMAIL_HEADER.match(line) and (m := _CAPS_RUN.search(line)):
            return _WEEKDAY_OWN.sub("", re.sub(r"^(?:Our|The|A|An|For|Agenda|Next|Join)\s+", "", m.group(0))).strip()
    if organisations:
        return organisations[0]
    usable = [
        line
        for line in preamble
        if not find_date(line)
        and not _LABELLED.match(line)
        and not _NOT_PLACE.match(line)
        and len(line.split()) <= 8
        and not line.endswith((":", ",", "."))
    ]
    return _clean_committee(usable[0]) if usable else ""


def _clean_committee(text: str) -> str:
    text = re.sub(r"(?i)^(?:agenda\s+for\s+the\s+|meeting\s+of\s+the\s+|a\s+meeting\s+of\s+the\s+)", "", text)
    text = re.sub(r"(?i)\s*[-–—:]\s*(?:meeting\s+[0-9]+|public\s+meeting|part\s+[a-z0-9]+.*|agenda)$", "", text)
    text = re.sub(
        r"(?i)\s+(?:meeting\s+)?(?:held\s+)?in\s+public$|\s+public\s+meeting$|\s+meeting$|\s+agenda$", "", text
    )
    text = re.sub(r"\s*\((?:(?i:public|private)|[A-Z]{2,6})\)", "", text)
    return text.strip(" ,.;:–—-&")
