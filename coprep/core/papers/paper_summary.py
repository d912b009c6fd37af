"""A paper's readability summary: its slow parts (longest sentences, words nothing explains) are
found once and kept with the paper, stamped with the glossary they were judged against."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprep.core.storage.database import plain_storage_error
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry
from coprep.core.words.readability import Readability

if TYPE_CHECKING:
    from coprep.core.papers.papers import Paper


@dataclass
class Summary:
    """The slow parts of a paper's readability summary: found once, then kept with the paper."""

    longest_sentences: list[str]
    top_unexplained: list[str]

    @classmethod
    def of(cls, scores: Readability) -> Summary:
        return cls(scores.longest_sentences, scores.top_unexplained)


def glossary_stamp(glossary: list[Entry]) -> str:
    """A short fingerprint of the words the glossary explains, as written (acronyms count by their capitals)."""
    names = sorted("\t".join(entry.names) for entry in glossary)
    return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()[:16]


def summary_json(scores: Readability, glossary: list[Entry]) -> str:
    """What `papers.summary_json` holds for these scores, judged against this glossary."""
    summary = Summary.of(scores)
    return json.dumps(
        {
            "longest_sentences": summary.longest_sentences,
            "top_unexplained": summary.top_unexplained,
            "glossary": glossary_stamp(glossary),
        },
        ensure_ascii=False,
    )


def stored_summary(paper: Paper, glossary: list[Entry]) -> Summary | None:
    """The paper's kept summary; None when it has none (added before coprep kept them), the text is
    damaged, or the glossary has changed since, so the words it leaves unexplained may have changed too."""
    try:
        kept = json.loads(paper.summary_json)
        if kept["glossary"] != glossary_stamp(glossary):
            return None
        return Summary(list(kept["longest_sentences"]), list(kept["top_unexplained"]))
    except (ValueError, KeyError, TypeError):
        return None


def keep_summary(ws: Workspace, paper_id: int, scores: Readability, glossary: list[Entry]) -> None:
    """Keep a summary found later (for a paper added before coprep kept them, or after the glossary changed).

    This fills a cache; it is not a change the person made, so it is a plain write outside
    `ws.action`: Undo does not offer it, and listeners are not told, as nothing they show changes.
    Undoing an earlier change to the paper may put back an older summary, which is harmless: its
    glossary stamp is checked before it is shown. A paper removed meanwhile is simply not updated.
    """
    try:
        with ws.db.atomic():
            ws.db.execute("update papers set summary_json = ? where id = ?", [summary_json(scores, glossary), paper_id])
    except sqlite3.Error as error:
        raise plain_storage_error(ws.path, error) from error
