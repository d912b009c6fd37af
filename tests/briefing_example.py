"""A small meeting to make briefing packs from: three items, private words that are easy to spot,
and glossary words found only in the agenda, only in the notes, or marked "I know this"."""

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import set_known

TITLES = ["Minutes of the last meeting", "Elective recovery and the RTT waiting list", "Any other business"]
PRIVATE = ["PRIVATE-NOTE", "PRIVATE-QUESTION", "PRIVATE-RAISED"]


def add_example_meeting(ws: Workspace, date: str = "2026-07-14") -> int:
    """A planned meeting of a new committee; returns its id."""
    committee = meetings.add_committee(
        ws, "Quality Committee", organisation="NHS Riverside ICB", role_title="Patient partner", notice_working_days=5
    )
    meeting = meetings.add_meeting(
        ws,
        committee,
        date,
        start_time="10:00",
        end_time="12:30",
        place="Room 3, Riverside House",
        link="https://meet.example.org/q",
    )
    meetings.add_item(ws, meeting, TITLES[0], number="1", purpose="approval", presenter="Chair")
    meetings.add_item(
        ws,
        meeting,
        TITLES[1],
        number="2",
        purpose="assurance",
        presenter="Tom Ashby",
        time="10:30",
        description="The plan to cut long waits.",
        notes="PRIVATE-NOTE: ask about **sepsis** on the wards.",
        questions="PRIVATE-QUESTION: was the meeting quorate?",
        raised="PRIVATE-RAISED: I asked about safeguarding.",
    )
    meetings.add_item(ws, meeting, TITLES[2], number="3", presenter="Chair")
    set_known(ws, "Minutes")
    return meeting
