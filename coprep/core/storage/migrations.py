"""The database's tables, as a list of migrations: one function per change, never edited once shipped.

Money is whole pennies, time spent is whole minutes, dates are ISO text (YYYY-MM-DD) and times
"HH:MM", so sums are exact and sorting by text sorts by time.

sqlite-utils runs the migrations, but is imported only when one is due: checking which version
made a file needs only their names, so opening an up-to-date file (every start but the first after
an update) never imports it, nor click, pluggy and dateutil that come with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

Migration = TypeVar("Migration", bound=Callable[["Database"], None])


class MigrationList:
    """The migrations in order, named by their functions, as sqlite-utils' Migrations names them."""

    def __init__(self, name: str) -> None:
        self.name = name  # the migration set, as recorded in _sqlite_migrations
        self.functions: list[Callable[[Database], None]] = []

    def __call__(self) -> Callable[[Migration], Migration]:
        def register(function: Migration) -> Migration:
            self.functions.append(function)
            return function

        return register

    def names(self) -> set[str]:
        return {function.__name__ for function in self.functions}

    def runner(self) -> Migrations:
        """sqlite-utils' Migrations holding these functions, which applies them and records each one."""
        from sqlite_utils import Migrations

        runner = Migrations(self.name)
        for function in self.functions:
            runner()(function)
        return runner

    def apply(self, db: Database, stop_before: str | None = None) -> None:
        """Apply, in order, each migration the file has not had yet (each in its own transaction)."""
        self.runner().apply(db, stop_before=stop_before)


migrations = MigrationList("coprep")

_TABLES = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE committees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role_title TEXT NOT NULL DEFAULT '',
    lay_places INTEGER CHECK (lay_places IS NULL OR lay_places >= 0),
    notice_working_days INTEGER CHECK (notice_working_days IS NULL OR notice_working_days >= 0),
    expenses_days INTEGER NOT NULL DEFAULT 28 CHECK (expenses_days >= 0),
    role_notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '',
    own_rung INTEGER CHECK (own_rung IS NULL OR own_rung BETWEEN 1 AND 7),
    own_rung_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_by_date ON meetings(date);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    purpose TEXT CHECK (purpose IS NULL OR purpose IN
        ('approval', 'decision', 'discussion', 'information', 'assurance', 'other')),
    presenter TEXT NOT NULL DEFAULT '',
    time TEXT,
    description TEXT NOT NULL DEFAULT '',
    asked_for INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    raised TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id, position);
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES agenda_items(id),
    text TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE glossary_own (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL,
    forms TEXT NOT NULL DEFAULT '',
    meaning TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'my words',
    see_also TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT ''
);
CREATE TABLE glossary_marks (
    id INTEGER PRIMARY KEY,
    term_key TEXT NOT NULL UNIQUE,
    known INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE papers (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    item_id INTEGER REFERENCES agenda_items(id),
    title TEXT NOT NULL DEFAULT '',
    original_name TEXT NOT NULL DEFAULT '',
    stored_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    size_bytes INTEGER NOT NULL DEFAULT 0,
    file_type TEXT NOT NULL DEFAULT '',
    received_date TEXT,
    received_how TEXT NOT NULL DEFAULT 'email'
        CHECK (received_how IN ('email', 'post', 'portal', 'at_meeting', 'other')),
    confidential INTEGER NOT NULL DEFAULT 0,
    page_count INTEGER NOT NULL DEFAULT 0,
    word_count INTEGER NOT NULL DEFAULT 0,
    reading_grade REAL,
    smog_grade REAL,
    jargon_percent REAL,
    added TEXT NOT NULL DEFAULT '',
    -- found when the paper is added, so the Papers tab need not read it again: {"longest_sentences": [...],
    -- "top_unexplained": [...], "glossary": stamp of the glossary words they were judged against}
    summary_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX papers_by_meeting ON papers(meeting_id);
CREATE TABLE paper_pages (
    id INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers(id),
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX paper_pages_by_paper ON paper_pages(paper_id, page_no);
CREATE TABLE conditions (
    id INTEGER PRIMARY KEY,
    key TEXT UNIQUE,
    text TEXT NOT NULL,
    help TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE condition_ratings (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    condition_id INTEGER NOT NULL REFERENCES conditions(id),
    rating TEXT NOT NULL CHECK (rating IN ('met', 'partly', 'not_met', 'na', 'unknown')),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, condition_id)
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'meeting',
    meeting_id INTEGER REFERENCES meetings(id),
    committee_id INTEGER REFERENCES committees(id),
    organisation TEXT NOT NULL DEFAULT '',
    minutes_preparing INTEGER NOT NULL DEFAULT 0 CHECK (minutes_preparing >= 0),
    minutes_travelling INTEGER NOT NULL DEFAULT 0 CHECK (minutes_travelling >= 0),
    minutes_taking_part INTEGER NOT NULL DEFAULT 0 CHECK (minutes_taking_part >= 0),
    capacity TEXT NOT NULL DEFAULT 'patient' CHECK (capacity IN ('patient', 'carer', 'for_someone')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER REFERENCES activities(id),
    committee_id INTEGER REFERENCES committees(id),
    organisation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'offered'
        CHECK (status IN ('offered', 'declined', 'claimed', 'paid')),
    amount_pence INTEGER NOT NULL DEFAULT 0 CHECK (amount_pence >= 0),
    basis TEXT NOT NULL DEFAULT 'fixed' CHECK (basis IN ('hour', 'half_day', 'day', 'fixed')),
    payer TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    paid_date TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER REFERENCES committees(id),
    meeting_id INTEGER REFERENCES meetings(id),
    organisation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'paid', 'part_paid', 'refused')),
    submitted_date TEXT,
    paid_date TEXT,
    paid_pence INTEGER CHECK (paid_pence IS NULL OR paid_pence >= 0),
    expected_days INTEGER NOT NULL DEFAULT 28 CHECK (expected_days >= 0),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claim_items (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
        ('train', 'bus', 'taxi', 'mileage', 'parking', 'meals', 'carer_cover', 'other')),
    description TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER NOT NULL DEFAULT 0 CHECK (amount_pence >= 0),
    miles REAL,
    pence_per_mile INTEGER,
    receipt_name TEXT NOT NULL DEFAULT '',
    receipt_file TEXT NOT NULL DEFAULT ''
);
"""

# Searchable text, with Porter stemming so "approve" finds "approval".
_SEARCHABLE = {
    "meetings": ["title", "place", "notes"],
    "agenda_items": ["number", "title", "description", "notes", "questions", "outcome", "raised"],
    "paper_pages": ["text"],
}


@migrations()
def m001_tables(db: Database) -> None:
    """Every table coprep needs, made in one go so later features find their storage ready."""
    db.executescript(_TABLES)


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search over meetings, agenda items and papers, kept current by triggers."""
    for table, columns in _SEARCHABLE.items():
        db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True, tokenize="porter")


@migrations()
def m003_glossary_sources(db: Database) -> None:
    """A person's glossary words keep where their facts come from and when they were checked,
    so a shared meaning arrives with its source."""
    for column in ("source", "checked"):
        db.execute(f"ALTER TABLE glossary_own ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


@migrations()
def m004_packs(db: Database) -> None:
    """Meeting packs: one stored PDF whose pages are shared by the papers of several agenda items.

    A paper cut from a pack points at it and at the pack page where its part starts; it keeps no
    copy of its own. Each stored page keeps the number printed on it, which is what people quote.
    """
    db.executescript("""
CREATE TABLE packs (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    original_name TEXT NOT NULL DEFAULT '',
    stored_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    size_bytes INTEGER NOT NULL DEFAULT 0,
    page_count INTEGER NOT NULL DEFAULT 0,
    received_date TEXT,
    received_how TEXT NOT NULL DEFAULT 'email'
        CHECK (received_how IN ('email', 'post', 'portal', 'at_meeting', 'other')),
    supplementary INTEGER NOT NULL DEFAULT 0,
    -- the number printed on each PDF page, in order, null where a page has none
    printed_json TEXT NOT NULL DEFAULT '[]',
    added TEXT NOT NULL DEFAULT ''
);
CREATE INDEX packs_by_meeting ON packs(meeting_id);
ALTER TABLE papers ADD COLUMN pack_id INTEGER REFERENCES packs(id);
ALTER TABLE papers ADD COLUMN pack_first_page INTEGER;
ALTER TABLE paper_pages ADD COLUMN printed INTEGER;
""")


@migrations()
def m005_money_without_fear(db: Database) -> None:
    """The benefits a person says they get (with any weekly earnings limit they typed and when it
    starts), why a payment was declined, when a late claim was chased, and the person's own
    corrections to the Living Wage table."""
    db.executescript("""
CREATE TABLE benefits (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    weekly_limit_pence INTEGER CHECK (weekly_limit_pence IS NULL OR weekly_limit_pence >= 0),
    start_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
ALTER TABLE payments ADD COLUMN declined_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE claim_chases (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    date TEXT NOT NULL,
    how TEXT NOT NULL DEFAULT 'email' CHECK (how IN ('email', 'letter')),
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE living_wage_own (
    id INTEGER PRIMARY KEY,
    start_date TEXT NOT NULL UNIQUE,
    pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour > 0),
    note TEXT NOT NULL DEFAULT ''
);
""")


@migrations()
def m006_papers_expected_and_replaced(db: Database) -> None:
    """An agenda item keeps the papers its agenda said to expect ("Paper B", "Enc 3"), so the briefing
    pack can say which have come; a paper from a supplementary pack keeps the earlier paper it replaces."""
    db.executescript("""
ALTER TABLE agenda_items ADD COLUMN papers_expected TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN replaces_paper_id INTEGER REFERENCES papers(id);
""")


@migrations()
def m007_note_without_answer(db: Database) -> None:
    """A fair-treatment note can be kept before the condition has an answer: the answer may be empty.

    SQLite cannot drop NOT NULL in place, so the table is made again with the same rows.
    """
    db.executescript("""
    CREATE TABLE condition_ratings_new (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        condition_id INTEGER NOT NULL REFERENCES conditions(id),
        rating TEXT CHECK (rating IS NULL OR rating IN ('met', 'partly', 'not_met', 'na', 'unknown')),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, condition_id)
    );
    INSERT INTO condition_ratings_new SELECT id, meeting_id, condition_id, rating, note FROM condition_ratings;
    DROP TABLE condition_ratings;
    ALTER TABLE condition_ratings_new RENAME TO condition_ratings;
    """)


@migrations()
def m008_pages_printed_index(db: Database) -> None:
    """A paper's first and last printed page numbers come from an index: the printed number sits after
    each page's text, so finding them read every page's text (300 pages each time a paper was listed
    or shown, about 0.15 s on a busy machine)."""
    db.execute("CREATE INDEX IF NOT EXISTS paper_pages_printed ON paper_pages(paper_id, printed)")


def known_migration_names() -> set[str]:
    """Names of every migration this version of coprep knows."""
    return migrations.names()
