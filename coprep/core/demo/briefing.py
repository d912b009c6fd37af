"""The worked example after its meetings: what the member raised, what happened, and follow-ups with dates.

The ICB story runs over the last two held meetings: a question about children's waits is first
brushed aside, then taken up. Some follow-ups are done, one is late, some are still to come, so
the briefing pack's reminders and the "What I raised" list have something real to show. Rows go
straight in, like the rest of the example, so they are not undone.
"""

import datetime as dt

from coprep.core.demo.committees import CF_CRG, ICB_QUALITY, TRIAL_TSC
from coprep.core.storage.workspace import Workspace

# (item title starts with, what I raised, what happened, ((follow-up, days after the meeting, done), ...))
Story = tuple[str, str, str, tuple[tuple[str, int, bool], ...]]

_ICB_EARLIER: tuple[Story, ...] = (
    (
        "Elective recovery",
        "I asked how long children wait, not just adults.",
        "Noted. The director said children's waits are not reported on their own.",
        (("Tom Ashby to find out how long children wait", 21, True),),
    ),
)
_ICB_LATEST: tuple[Story, ...] = (
    (
        "Elective recovery",
        "I asked again about children's waits, and for them to be in the report.",
        "Agreed: children's waits will be in the performance report from next quarter.",
        (("Check that children's waits are in the next performance report", 35, False),),
    ),
    (
        "Urgent and emergency care",
        "I asked what corridor care means for someone with a learning disability.",
        "The medical director will bring a paper on changes made in A&E for people with a learning disability.",
        (
            ("Send Aisha my own A&E story, in writing", 7, False),
            ("Paper on A&E and learning disability to come to the committee", 84, False),
        ),
    ),
)
_CRG_LATEST: tuple[Story, ...] = (
    (
        "Service specification",
        "I said families rely on home IV antibiotics, and asked who was asked about it.",
        "The consultation is open four weeks longer. The clinical lead will meet the patient members.",
        (
            ("Send my written comments on the draft specification", 28, True),
            ("Meeting with Dr Sara Quinn about home IV visits", 42, False),
        ),
    ),
)
_TRIAL_LATEST: tuple[Story, ...] = (
    (
        "PPI plan",
        "I offered to read the lay summary before it goes out.",
        "Accepted. The trial manager will email the draft.",
        (("Read the lay summary and send comments", 30, False),),
    ),
)


def _held(ws: Workspace, committee_name: str, today: dt.date) -> list[tuple[int, str]]:
    """(id, date) of the committee's held meetings before today, oldest first."""
    return [
        (row["id"], row["date"])
        for row in ws.db.query(
            "select meetings.id, meetings.date from meetings join committees on committees.id = meetings.committee_id "
            "where committees.name = ? and meetings.date < ? and meetings.status = 'held' order by meetings.date",
            [committee_name, today.isoformat()],
        )
    ]


def _tell(ws: Workspace, meeting: tuple[int, str], stories: tuple[Story, ...]) -> None:
    meeting_id, date = meeting
    for title_start, raised, outcome, follow_ups in stories:
        row = ws.db.execute(
            "select id from agenda_items where meeting_id = ? and title like ? order by position",
            [meeting_id, f"{title_start}%"],
        ).fetchone()
        if row is None:
            continue
        ws.db.table("agenda_items").update(row[0], {"raised": raised, "outcome": outcome})
        ws.db.table("follow_ups").insert_all(
            {
                "item_id": row[0],
                "text": text,
                "done": int(done),
                "due_date": (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat(),
            }
            for text, days, done in follow_ups
        )


def add_demo_briefing(ws: Workspace, today: dt.date) -> None:
    """What was raised and followed up at the example's most recent held meetings."""
    with ws.db.atomic():
        icb = _held(ws, ICB_QUALITY.name, today)
        if len(icb) >= 2:
            _tell(ws, icb[-2], _ICB_EARLIER)
        for meetings_held, stories in (
            (icb, _ICB_LATEST),
            (_held(ws, CF_CRG.name, today), _CRG_LATEST),
            (_held(ws, TRIAL_TSC.name, today), _TRIAL_LATEST),
        ):
            if meetings_held:
                _tell(ws, meetings_held[-1], stories)
