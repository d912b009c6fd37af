"""A read agenda goes into a meeting in one of three ways, as one undo step, losing nothing."""

import pytest

from coprep.core.meetings import meetings
from coprep.core.meetings.agenda_details import MeetingDetails
from coprep.core.meetings.agenda_merge import (
    details_differences,
    find_committee,
    item_values,
    new_meeting_from_agenda,
    put_agenda,
    replacing_removes,
)

OLD = [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"), ("3", "Finance report")]
NEW = [
    {"number": "1", "title": "Welcome and apologies", "presenter": "Chair"},
    {"number": "2", "title": "Minutes of the meeting on 4 May", "purpose": "approval"},
    {"number": "3", "title": "Quality report", "papers": "Enc 3", "pages": "11-58"},
]


@pytest.fixture
def meeting(ws):
    meeting_id = meetings.add_meeting(ws, meetings.add_committee(ws, "Quality Committee"), "2026-05-04", place="Room 1")
    for number, title in OLD:
        meetings.add_item(ws, meeting_id, title, number=number)
    finance = meetings.agenda(ws.db, meeting_id)[2]
    meetings.update_item(ws, finance.id, notes="Ask about agency staff")
    return meeting_id


def rows(ws, meeting_id):
    return [(i.number, i.title) for i in meetings.agenda(ws.db, meeting_id)]


def test_add_puts_every_item_after_the_old_ones(ws, meeting):
    change = put_agenda(ws, meeting, NEW, "add")
    assert change.added == 3 and len(rows(ws, meeting)) == 6
    ws.undo()
    assert rows(ws, meeting) == OLD


def test_update_changes_matching_items_and_adds_the_rest(ws, meeting):
    change = put_agenda(ws, meeting, NEW, "update")
    assert (change.updated, change.added) == (2, 1)
    assert rows(ws, meeting) == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting on 4 May"),
        ("3", "Finance report"),
        ("3", "Quality report"),
    ]
    items = meetings.agenda(ws.db, meeting)
    assert items[0].presenter == "Chair" and items[1].purpose == "approval"
    assert items[3].papers_expected == "Enc 3" and "11-58" in items[3].description
    ws.undo()
    assert rows(ws, meeting) == OLD
    assert meetings.agenda(ws.db, meeting)[0].presenter == ""


def test_replace_keeps_only_old_items_with_the_persons_own_notes(ws, meeting):
    change = put_agenda(ws, meeting, NEW, "replace")
    assert (change.updated, change.added, change.removed, change.kept) == (2, 1, 0, 1)
    assert rows(ws, meeting) == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting on 4 May"),
        ("3", "Quality report"),
        ("3", "Finance report"),
    ]
    assert meetings.agenda(ws.db, meeting)[3].notes == "Ask about agency staff"
    ws.undo()
    assert rows(ws, meeting) == OLD


def test_replace_removes_old_items_nobody_wrote_on(ws, meeting):
    put_agenda(ws, meeting, [{"number": "1", "title": "Something else entirely"}], "replace")
    assert rows(ws, meeting) == [("1", "Something else entirely"), ("3", "Finance report")]
    ws.undo()
    assert rows(ws, meeting) == OLD


def test_replacing_removes_names_beforehand_exactly_what_replacing_deletes(ws, meeting):
    new = [{"number": "1", "title": "Something else entirely"}]
    named = [item.title for item in replacing_removes(ws, meeting, new)]
    assert named == ["Welcome and apologies", "Minutes of the last meeting"]  # not Finance: it has notes
    assert replacing_removes(ws, meeting, NEW) == []  # every old item matches or has notes
    put_agenda(ws, meeting, new, "replace")
    assert not set(named) & {title for _number, title in rows(ws, meeting)}


def test_item_values_keep_papers_in_their_own_field_and_pages_in_the_description():
    values = item_values(
        {"number": "4", "title": "Plan", "papers": "Paper B", "pages": "11-58", "description": "Report of the director"}
    )
    assert values["description"].splitlines() == ["Report of the director", "Pages in the pack: 11-58"]
    assert values["papers_expected"] == "Paper B"
    assert "papers" not in values and "pages" not in values


def test_differences_list_only_what_the_agenda_says_otherwise(ws, meeting):
    current = meetings.get_meeting(ws.db, meeting)
    details = MeetingDetails(date="2026-05-05", start_time="10:00", place="room 1")
    assert details_differences(current, details) == [("date", "2026-05-04", "2026-05-05"), ("start_time", "", "10:00")]


def test_new_meeting_with_a_new_committee_is_one_undo_step(ws):
    meeting_id = new_meeting_from_agenda(ws, "Renal CRG", {"date": "2026-06-01", "start_time": "10:30"}, NEW)
    assert meetings.get_meeting(ws.db, meeting_id).committee_name == "Renal CRG"
    assert len(meetings.agenda(ws.db, meeting_id)) == 3
    ws.undo()
    assert ws.db["meetings"].count == 0 and ws.db["committees"].count == 0


def test_find_committee_by_name(ws):
    quality = meetings.add_committee(ws, "Quality and Performance Committee")
    meetings.add_committee(ws, "Trust Board")
    committees = meetings.list_committees(ws.db)
    assert find_committee(committees, "quality and performance committee") == quality
    assert find_committee(committees, "NHS Ridgemoor ICB Quality and Performance Committee") == quality
    assert find_committee(committees, "Health Scrutiny Committee") is None


@pytest.mark.parametrize(
    "papers, line", [("Verbal", "Spoken: no paper"), ("Presentation", "A presentation"), ("Enc 4", "")]
)
def test_paper_words_read_plainly(papers, line):
    assert item_values({"title": "Report", "papers": papers})["description"] == line
