"""Layouts from the fourth round of agendas: web-page lists, purpose codes with a key, two languages,
end-time and duration columns, rows laid out right of their headings, papers under a title."""

import pytest

from coprep.core.meetings.agenda_columns import rebuild_wrapped
from coprep.core.meetings.agenda_html import page_text
from coprep.core.meetings.agenda_lines import parse_agenda, read_agenda


def fields(item) -> tuple:
    return item.number, item.title, item.purpose, item.presenter, item.time, item.papers


def test_a_web_page_list_gets_the_numbers_a_browser_shows_and_keeps_each_lead_with_its_item():
    page = (
        "<dl><dt>Date</dt><dd>Tuesday 24 March 2026</dd><dt>Where</dt><dd>The Garden Room</dd></dl>"
        "<ol start='3'><li><strong>Welcome</strong><br>Chair of Trustees</li><li><p>Budget</p></li></ol>"
        "<ul><li>Not numbered</li></ul>"
    )
    assert page_text(page).splitlines() == [
        "Date: Tuesday 24 March 2026",
        "Where: The Garden Room",
        "3. Welcome\tChair of Trustees",
        "4. Budget",
        "• Not numbered",
    ]
    agenda = read_agenda(page_text(page))
    assert (agenda.meeting.date, agenda.meeting.place) == ("2026-03-24", "The Garden Room")
    assert fields(agenda.items[0]) == ("3", "Welcome", None, "Chair of Trustees", None, "")


def test_purpose_codes_are_read_by_the_key_below_the_table():
    agenda = read_agenda(
        "Board\n1\tMinutes\tChair\tA\tB01\n2\tPerformance report\tChief Officer\tAs\tB02\n"
        "3\tQuestions\tChair\tI\tVerbal\nPurpose key: A – Approve; As – Assurance; I = for information"
    )
    assert [(i.purpose, i.papers) for i in agenda.items] == [
        ("approval", "B01"),
        ("assurance", "B02"),
        ("information", "Verbal"),
    ]
    assert "Purpose key" in agenda.meeting.text and "Purpose key" not in agenda.items[-1].description


def test_a_web_page_with_a_bulleted_list_has_its_bullets_as_items():
    page = "<h1>Patient Forum</h1><p>Date: 3 June 2026</p><ul><li><b>Welcome</b><br>Chair</li><li>Car parking</li></ul>"
    agenda = read_agenda(page_text(page))
    assert [(i.title, i.presenter) for i in agenda.items] == [("Welcome", "Chair"), ("Car parking", "")]
    assert (agenda.meeting.committee, agenda.meeting.date) == ("Patient Forum", "2026-06-03")


def test_a_key_with_codes_in_brackets():
    items = parse_agenda("Key: (A) approval, (N) noting\n1. Minutes  A\n2. Risk register  N")
    assert [(i.title, i.purpose, i.papers) for i in items] == [
        ("Minutes", "approval", ""),
        ("Risk register", "information", ""),
    ]


def test_without_a_key_a_letter_is_a_paper():
    [item] = parse_agenda("1\tMinutes\tChair\tA")
    assert (item.purpose, item.papers) == (None, "A")


def test_two_language_rows_with_code_and_dotted_numbers():
    items = parse_agenda(
        "Eitem / Item\tPwnc / Subject\tArweinydd / Lead\tPwrpas / Purpose\tAmser / Time\n"
        "QSE 1.1\tCroeso / Welcome\tChair\tEr Gwybodaeth / For Information\t09:30\n"
        "QSE 1.2\tCofnodion / Minutes\tChair\tI'w Cymeradwyo / For Approval\t09:35"
    )
    assert [fields(i) for i in items] == [
        ("QSE 1.1", "Croeso / Welcome", "information", "Chair", "09:30", ""),
        ("QSE 1.2", "Cofnodion / Minutes", "approval", "Chair", "09:35", ""),
    ]


def test_end_time_and_minutes_columns_do_not_become_titles_or_papers():
    items = parse_agenda(
        "Ref\tStart\tEnd\tMins\tAgenda item\tLead\tAction required\tPaper\n"
        "1\t14:00\t14:05\t5\tWelcome\tSRO\tNote\t-\n"
        "2\t14:05\t14:15\t10\tRisks log\tPMO Lead\tDiscuss\tP4"
    )
    assert [fields(i) for i in items] == [
        ("1", "Welcome", "information", "SRO", "14:00", ""),
        ("2", "Risks log", "discussion", "PMO Lead", "14:05", "P4"),
    ]


def test_rows_laid_out_right_of_their_heading_join_their_wrapped_cells():
    lines = [
        "PART A",
        "   9.     Performance Report                  Director of Performance and",
        "          For noting                          Reform",
        "   10.    Emergency department waiting        Director of Acute Services",
        "          times: improvement plan",
    ]
    assert rebuild_wrapped(lines) == [
        "PART A",
        "9.\tPerformance Report For noting\tDirector of Performance and Reform",
        "10.\tEmergency department waiting times: improvement plan\tDirector of Acute Services",
    ]


def test_papers_in_brackets_under_a_title_fill_papers_and_leave_the_presenter_clean():
    items = parse_agenda("1.\tMinutes\n\t(Copy herewith)\n2.\tBudget\n\tReport by Chief Officer (copy herewith)")
    assert [(i.papers, i.presenter) for i in items] == [("Copy herewith", ""), ("copy herewith", "Chief Officer")]
    assert "Report by Chief Officer (copy herewith)" in items[1].description


@pytest.mark.parametrize(
    "line, title, purpose",
    [
        ("1. Policies for approval", "Policies for approval", "approval"),
        ("1. Items for information", "Items for information", "information"),
        ("1. Policies - for approval", "Policies", "approval"),
        ("1. Draft policies for approval", "Draft policies", "approval"),
    ],
)
def test_a_plural_heading_keeps_its_purpose_words(line, title, purpose):
    [item] = parse_agenda(line)
    assert (item.title, item.purpose) == (title, purpose)


def test_public_members_can_present_an_item():
    [item] = parse_agenda("Item 5: Reflections on the last round (Public Members) 10:20")
    assert (item.title, item.presenter, item.time) == ("Reflections on the last round", "Public Members", "10:20")
    [item] = parse_agenda("Item 5: Reflections on the last round (Public session)")
    assert item.presenter == ""
