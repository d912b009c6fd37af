"""The agenda item form has a "Papers expected" field: what is typed there is stored with the item."""

from coprep.core.meetings import meetings


def test_typing_the_expected_papers_stores_them(window, ws, qtbot):
    committee = meetings.add_committee(ws, "Board")
    meeting_id = meetings.add_meeting(ws, committee, "2030-01-10")
    item_id = meetings.add_item(ws, meeting_id, "Finance report", papers_expected="Enc 3")
    window.open_meeting(meeting_id)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.refresh()
    agenda.select_item(item_id)
    field = agenda.editor.papers_expected
    assert field.text() == "Enc 3" and field.accessibleName() == "Papers expected"
    field.selectAll()
    qtbot.keyClicks(field, "Paper B, Enc 4")
    qtbot.waitUntil(lambda: meetings.get_item(ws.db, item_id).papers_expected == "Paper B, Enc 4")
