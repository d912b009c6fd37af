"""The worked example ships an agenda PDF with wrapped table cells, for a meeting it does not have yet."""

import datetime as dt

from coprep.core.demo.agenda import COMMITTEE, ITEMS
from coprep.core.demo.worked_example import load_demo
from coprep.core.meetings.agenda_files import agendas_folder, read_agenda_file
from coprep.core.meetings.meetings import list_meetings


def test_the_example_agenda_reads_back_whole(ws):
    load_demo(ws, today=dt.date(2026, 3, 2))
    [path] = agendas_folder(ws.path).glob("*.pdf")
    agenda = read_agenda_file(path)
    assert (agenda.meeting.committee, agenda.meeting.date) == (COMMITTEE, "2026-03-11")
    assert (agenda.meeting.start_time, agenda.meeting.end_time) == ("14:00", "16:30")
    assert [item.title for item in agenda.items] == [row[1].split(". ", 1)[1] for row in ITEMS]
    gp = agenda.items[4]  # title and lead both wrap onto a second line in the table
    assert (gp.presenter, gp.time, gp.purpose, gp.papers) == (
        "NHS Riverside Integrated Care Board",
        "15:30",
        "discussion",
        "D",
    )
    assert not any(m.committee_name == COMMITTEE for m in list_meetings(ws.db))  # a meeting to make from it
