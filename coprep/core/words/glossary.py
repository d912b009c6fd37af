"""The glossary: shipped plain meanings merged with the person's own words and marks.

Shipped entries come from resources/glossary/*.csv. A person's own row in `glossary_own` whose
term matches a shipped term (ignoring case) replaces that one entry only, so later updates to the
other shipped entries still arrive. `glossary_marks` holds "I know this" and "hide" by term.
"""

import csv
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from coprep.core.storage.connection import Reader, rows
from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError, require_text
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _

COLUMNS = ("term", "forms", "meaning", "category", "see_also", "example", "source", "checked")
OWN_CATEGORY = "my words"
SIDE_FILES = frozenset({"senses.csv"})  # in the glossary folder, but not entries (see senses.py)


@dataclass
class Entry:
    """One word or phrase with its plain meaning. `source` is shipped, mine or changed.

    `fact_source` names where a fact in the meaning comes from (a publication and its year) and
    `checked` is the month someone last checked it ("2026-12"); both are "" when not known.
    """

    term: str
    meaning: str
    forms: list[str] = field(default_factory=list)
    category: str = OWN_CATEGORY
    see_also: list[str] = field(default_factory=list)
    example: str = ""
    source: str = "shipped"
    fact_source: str = ""
    checked: str = ""
    known: bool = False
    hidden: bool = False
    own_id: int | None = None

    @property
    def key(self) -> str:
        return term_key(self.term)

    @property
    def names(self) -> list[str]:
        """The term and every other way it is written."""
        return [self.term, *self.forms]


def term_key(term: str) -> str:
    """How a term is looked up: trimmed, lower case, single spaces."""
    return " ".join(term.split()).casefold()


def split_list(text: str | None) -> list[str]:
    """A `;`-separated cell as a list of trimmed, non-empty parts."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def join_list(parts: list[str]) -> str:
    return ";".join(parts)


def _entry_from_row(row: dict[str, Any], origin: str) -> Entry:
    """An entry from a CSV or database row; files without the source and checked columns are fine."""
    return Entry(
        term=" ".join((row.get("term") or "").split()),
        meaning=(row.get("meaning") or "").strip(),
        forms=split_list(row.get("forms")),
        category=(row.get("category") or "").strip() or OWN_CATEGORY,
        see_also=split_list(row.get("see_also")),
        example=(row.get("example") or "").strip(),
        source=origin,
        fact_source=(row.get("source") or "").strip(),
        checked=(row.get("checked") or "").strip(),
    )


# -- shipped entries -------------------------------------------------------------------------


def shipped_folder() -> Path:
    return resource_path("glossary")


@functools.lru_cache(maxsize=1024)  # well above the number of files: a smaller cache read every file each time
def _parse_shipped_file(path: Path, _mtime_ns: int, _size: int) -> tuple[Entry, ...]:
    """One shipped file's entries; the cache key includes the file's time and size so edits show."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            csv_rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error):
        return ()  # a file still being written is skipped, not fatal
    entries = (_entry_from_row(row, "shipped") for row in csv_rows)
    return tuple(
        replace(entry, category=group_name(entry.category)) for entry in entries if entry.term and entry.meaning
    )


def group_name(category: str) -> str:
    """A shipped file's category as a person reads it: "urgent_care" becomes "urgent care"."""
    return category.replace("_", " ")


def shipped_entries(folder: Path | None = None) -> list[Entry]:
    """Every entry in the shipped CSV files that exist now (first one wins for a repeated term)."""
    folder = folder or shipped_folder()
    seen: dict[str, Entry] = {}
    for path in sorted(folder.glob("*.csv")):
        if path.name in SIDE_FILES:
            continue
        stat = path.stat()
        for entry in _parse_shipped_file(path, stat.st_mtime_ns, stat.st_size):
            seen.setdefault(entry.key, entry)
    return list(seen.values())


# -- the merged glossary --------------------------------------------------------------------


def load_glossary(db: Reader, include_hidden: bool = True, folder: Path | None = None) -> list[Entry]:
    """Shipped and own entries merged, with the person's marks, sorted A to Z."""
    return merged_glossary(own_rows(db), include_hidden, folder)


OwnRows = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def own_rows(db: Reader) -> OwnRows:
    """The person's own words and marks as stored: a quick read, so the window can merge them with
    the shipped glossary (the slow part) on another thread."""
    return rows(db, "select * from glossary_own order by id"), rows(db, "select * from glossary_marks")


def merged_glossary(own: OwnRows, include_hidden: bool = True, folder: Path | None = None) -> list[Entry]:
    """The shipped entries with the person's own words and marks (from own_rows), sorted A to Z."""
    own_words, marks = own
    merged = {entry.key: replace(entry) for entry in shipped_entries(folder)}
    for row in own_words:
        mine = _entry_from_row(row, "mine")
        mine.own_id = row["id"]
        if mine.key in merged and merged[mine.key].source == "shipped":
            mine.source = "changed"
        merged[mine.key] = mine
    for mark in marks:
        entry = merged.get(mark["term_key"])
        if entry is not None:
            entry.known, entry.hidden = bool(mark["known"]), bool(mark["hidden"])
    entries = sorted(merged.values(), key=lambda entry: (entry.key, entry.term))
    return entries if include_hidden else [entry for entry in entries if not entry.hidden]


def find_entry(entries: list[Entry], name: str) -> Entry | None:
    """The entry whose term, or else one of whose forms, is this name (ignoring case)."""
    key = term_key(name)
    by_term = next((entry for entry in entries if entry.key == key), None)
    return by_term or next((e for e in entries if key in {term_key(form) for form in e.forms}), None)


def categories(entries: list[Entry]) -> list[str]:
    return sorted({entry.category for entry in entries}, key=str.casefold)


# -- the person's changes ------------------------------------------------------------------


def _own_values(
    term: str,
    meaning: str,
    forms: list[str],
    category: str,
    see_also: list[str],
    example: str,
    fact_source: str = "",
    checked: str = "",
) -> dict[str, str]:
    return {
        "term": " ".join(require_text(term, _("word")).split()),
        "meaning": require_text(meaning, _("meaning")),
        "forms": join_list([form.strip() for form in forms if form.strip()]),
        "category": category.strip() or OWN_CATEGORY,
        "see_also": join_list([link.strip() for link in see_also if link.strip()]),
        "example": example.strip(),
        "source": fact_source.strip(),
        "checked": checked.strip(),
    }


def add_entry(
    ws: Workspace,
    term: str,
    meaning: str,
    forms: Sequence[str] = (),
    category: str = OWN_CATEGORY,
    see_also: Sequence[str] = (),
    example: str = "",
) -> int:
    """Add the person's own word; refuses a word the glossary already has (change that one instead)."""
    values = _own_values(term, meaning, list(forms), category, list(see_also), example)
    existing = find_entry(load_glossary(ws.db), values["term"])
    if existing is not None:
        raise InputError(_("The glossary already has '{term}'. Change that entry instead.").format(term=existing.term))
    return ws.insert("glossary_own", values, label=_("Add '{term}' to my glossary").format(term=values["term"]))


def edit_entry(
    ws: Workspace,
    entry: Entry,
    meaning: str,
    forms: list[str],
    category: str,
    see_also: list[str],
    example: str,
    term: str | None = None,
) -> int:
    """Save the person's version of an entry; for a shipped one this keeps a changed copy.

    Only the person's own words can be renamed: a shipped entry is matched by its term. A source
    and checked month stay with the person's own row (say, from a shared file); a shipped meaning
    put in the person's own words is theirs, so it does not claim the shipped source.
    Returns the id of the person's row.
    """
    new_term = term if term is not None and entry.source == "mine" else entry.term
    kept = (entry.fact_source, entry.checked) if entry.own_id is not None else ("", "")
    values = _own_values(new_term, meaning, forms, category, see_also, example, *kept)
    if term_key(values["term"]) != entry.key:
        clash = find_entry(load_glossary(ws.db), values["term"])
        if clash is not None:
            raise InputError(_("The glossary already has '{term}'. Choose another word.").format(term=clash.term))
    label = f"Change '{values['term']}'"
    if entry.own_id is None:
        return ws.insert("glossary_own", values, label=label)
    with ws.action(label):
        ws.update("glossary_own", entry.own_id, values)
        if term_key(values["term"]) != entry.key:
            _move_mark(ws, entry.key, term_key(values["term"]))
    return entry.own_id


def remove_own_entry(ws: Workspace, entry: Entry) -> None:
    """Delete the person's own word, or put back the shipped meaning of one they changed."""
    if entry.own_id is None:
        raise InputError(
            _("'{term}' is part of the glossary that comes with coprep. You can hide it instead.").format(
                term=entry.term
            )
        )
    label = _("Go back to the usual meaning of '{term}'") if entry.source == "changed" else _("Delete '{term}'")
    label = label.format(term=entry.term)
    ws.delete("glossary_own", entry.own_id, label=label)


def _mark_row(db: Reader, key: str) -> dict[str, Any] | None:
    found = rows(db, "select * from glossary_marks where term_key = ?", [key])
    return found[0] if found else None


def _set_mark(ws: Workspace, term: str, label: str, **values: bool) -> None:
    key = term_key(term)
    row = _mark_row(ws.db, key)
    clean = {name: int(value) for name, value in values.items()}
    if row is None:
        ws.insert("glossary_marks", {"term_key": key, **clean}, label=label)
    else:
        ws.update("glossary_marks", row["id"], clean, label=label)


def _move_mark(ws: Workspace, old_key: str, new_key: str) -> None:
    row = _mark_row(ws.db, old_key)
    if row is not None and _mark_row(ws.db, new_key) is None:
        ws.update("glossary_marks", row["id"], {"term_key": new_key})


def set_known(ws: Workspace, term: str, known: bool = True) -> None:
    """Mark a word "I know this" (or take the mark off)."""
    label = _("Mark '{term}' as known") if known else _("Mark '{term}' as not known yet")
    _set_mark(ws, term, label.format(term=term), known=known)


def set_hidden(ws: Workspace, term: str, hidden: bool = True) -> None:
    """Hide a word from the glossary and the jargon finder (or show it again)."""
    _set_mark(ws, term, f"Hide '{term}'" if hidden else f"Show '{term}' again", hidden=hidden)


# -- search ----------------------------------------------------------------------------------

FUZZY_CUTOFF = 80  # measured: catches "comissioner", "qourum", "safegaurding"; keeps "care" off "core"


def search_glossary(entries: list[Entry], query: str, limit: int | None = None) -> list[Entry]:
    """Entries matching what was typed, best first: whole names, then starts of words, then
    small typos (rapidfuzz), then meanings. Case does not matter."""
    wanted = " ".join(query.split()).casefold()
    if not wanted:
        return entries[:limit] if limit else list(entries)
    scores: dict[int, float] = {}
    names: list[str] = []
    owners: list[int] = []
    for index, entry in enumerate(entries):
        for name in entry.names:
            folded = term_key(name)
            names.append(folded)
            owners.append(index)
            score = _plain_score(folded, wanted)
            if score > scores.get(index, 0):
                scores[index] = score
    if len(wanted) >= 4:
        for _, score, position in process.extract(
            wanted, names, scorer=_typo_scorer, score_cutoff=FUZZY_CUTOFF, limit=None
        ):
            index = owners[position]
            scores[index] = max(scores.get(index, 0), score * 0.6)
    if len(wanted) >= 3:
        for index, entry in enumerate(entries):
            if index not in scores and _word_starts(entry.meaning.casefold(), wanted):
                scores[index] = 40
    ranked = sorted(scores, key=lambda index: (-scores[index], entries[index].key))
    return [entries[index] for index in ranked[:limit]]


def _plain_score(name: str, wanted: str) -> float:
    if name == wanted:
        return 100
    if name.startswith(wanted):
        return 90 - min(len(name) - len(wanted), 20) / 4
    if _word_starts(name, wanted):
        return 75
    return 0


def _word_starts(text: str, wanted: str) -> bool:
    """True when some word of text (after a space, hyphen or bracket) starts with wanted."""
    start = text.find(wanted)
    while start != -1:
        if start == 0 or not text[start - 1].isalnum():
            return True
        start = text.find(wanted, start + 1)
    return False


def _typo_scorer(query: str, name: str, **kwargs: Any) -> float:
    """The better of a whole-name and a same-length-prefix comparison, so a typo made while
    still typing ("comissi") finds "commissioner". A likeness to the whole name ranks higher."""
    whole = fuzz.ratio(query, name, **kwargs)
    prefix = fuzz.ratio(query, name[: len(query) + 1], **kwargs) - 5 if len(name) > len(query) else 0
    return max(whole, prefix)
