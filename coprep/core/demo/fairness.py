"""The worked example for fair treatment: ratings, contacts and role notes for the demo committees.

The ICB committee gets better over the year, once the person speaks up: an induction, a
pre-meeting briefing, papers on time, then hearing what changed. The Clinical Reference Group
stays near the bottom of the ladder. The trial committee treats its public contributors as
equals. The latest ICB meeting is left for the newcomer to rate. Everything is invented; rows
go straight in, like the rest of the example, so they are not undone.
"""

import datetime as dt
from typing import Any

from coprep.core.demo.committees import CF_CRG, ICB_QUALITY, TRIAL_TSC
from coprep.core.fairness.conditions import list_conditions
from coprep.core.fairness.proposals import propose
from coprep.core.storage.workspace import Workspace

Answers = dict[str, tuple[str, str]]  # condition key -> (rating, note)

_ICB_ALWAYS: Answers = {
    "named_contact": ("met", "Aisha Rahman, the PPV lead."),
    "paid_fairly": ("met", "£75 a half day through payroll, as the ICB policy says."),
    "accessible": ("met", "Step-free, hearing loop, and a break at 11."),
    "equal_vote": ("not_met", "PPV partners are listed as 'in attendance', not as members."),
    "two_lay_members": ("met", "Both PPV places are filled."),
}
_ICB_START: Answers = {  # the first meetings: thrown in at the deep end
    "role_in_writing": ("not_met", "Asked for a role description; told it is 'being updated'."),
    "induction": ("not_met", "No induction yet."),
    "jargon_explained": ("not_met", "RTT, BAF and CQC were never explained."),
    "briefing_before": ("not_met", ""),
    "papers_on_time": ("not_met", "The performance report came 2 working days before."),
    "papers_plain": ("not_met", "No lay summaries; the quality report is 84 pages."),
    "chair_invited_view": ("not_met", "Not asked once in two and a half hours."),
    "asked_for_items": ("not_met", ""),
    "contribution_minuted": ("not_met", "Minutes say 'a patient representative commented'."),
    "told_what_changed": ("not_met", ""),
    "my_item_on_agenda": ("na", "I did not ask for an item."),
}
_ICB_INDUCTED: Answers = _ICB_START | {  # after an induction: the person can follow, but is not asked
    "induction": ("met", "Induction morning with the other new PPV partner."),
    "jargon_explained": ("partly", "The chair now asks people to spell out initials, most of the time."),
    "papers_on_time": ("partly", "All but the finance report came a week before."),
    "papers_plain": ("partly", "Cover sheets now have a 'what this means for patients' box."),
}
_ICB_HEARD: Answers = _ICB_INDUCTED | {  # after the person wrote to the chair
    "role_in_writing": ("met", "Role description sent by Aisha."),
    "briefing_before": ("met", "Half-hour call with Aisha the week before."),
    "chair_invited_view": ("met", "The chair asked for my view on the waiting list item."),
    "asked_for_items": ("met", "Aisha asked for items two weeks before."),
    "contribution_minuted": ("partly", "My point is in the minutes, but not under my name."),
    "told_what_changed": ("not_met", "No word on my question about children's waits."),
}
_ICB_ACTED_ON: Answers = _ICB_HEARD | {  # later: the committee acts on what the person raises
    "jargon_explained": ("met", "A glossary is now at the back of every pack."),
    "papers_on_time": ("met", "Every paper came 5 working days before."),
    "papers_plain": ("met", "Each paper starts with a plain summary."),
    "contribution_minuted": ("met", "Minuted under my name."),
    "told_what_changed": ("met", "The 'you said, we did' page shows children's waits are now reported."),
    "my_item_on_agenda": ("met", "Annual health checks for people with a learning disability, which I asked for."),
}
_ICB_STAGES = (_ICB_START, _ICB_INDUCTED, _ICB_HEARD, _ICB_ACTED_ON)
_CRG: Answers = {
    "role_in_writing": ("met", "Terms of reference sent when I joined."),
    "induction": ("not_met", "No induction; I was sent a link to the NHS England website."),
    "named_contact": ("partly", "A shared inbox; replies take weeks."),
    "asked_for_items": ("not_met", ""),
    "my_item_on_agenda": ("not_met", "Asked for home IV antibiotics to be discussed; not on the agenda."),
    "papers_on_time": ("not_met", "Papers came 2 days before, and the specification on the day."),
    "papers_plain": ("not_met", "Full of abbreviations; no lay summary."),
    "jargon_explained": ("not_met", "Nobody said what CQUIN or MDT mean."),
    "chair_invited_view": ("partly", "Asked for comments at the very end, with 2 minutes left."),
    "contribution_minuted": ("not_met", "Minutes say 'PPV members noted concerns'."),
    "told_what_changed": ("not_met", ""),
    "paid_fairly": ("not_met", "Clinicians are paid by their employers for the time; PPV members are not paid."),
    "expenses_on_time": ("na", "Meetings are online."),
    "accessible": ("partly", "Online, but two and a half hours with no break."),
    "equal_vote": ("not_met", "PPV members cannot vote on the specification."),
    "briefing_before": ("not_met", ""),
    "two_lay_members": ("met", "Both PPV members came."),
}
_CRG_BETTER_DAY = {"jargon_explained": ("partly", "The new clinical lead explained 'outreach' and 'IV'.")}
_TRIAL: Answers = {
    "role_in_writing": ("met", "A public contributor role description and agreement."),
    "induction": ("met", "Induction with the trial manager."),
    "named_contact": ("met", "Leo Marsh, the trial manager."),
    "asked_for_items": ("met", ""),
    "my_item_on_agenda": ("na", ""),
    "papers_on_time": ("met", "The pack came two weeks before."),
    "papers_plain": ("partly", "The statistics report is hard, but the trial manager wrote a lay summary."),
    "jargon_explained": ("met", ""),
    "chair_invited_view": ("met", "The chair asked the public contributors first on the PPI plan."),
    "contribution_minuted": ("met", "Minuted under my name."),
    "told_what_changed": ("met", "The remote consent leaflet was rewritten after our comments."),
    "paid_fairly": ("met", "Paid by the hour, at the NIHR rate."),
    "expenses_on_time": ("met", ""),
    "accessible": ("met", "Hybrid, with papers in large print on request."),
    "equal_vote": ("met", "Public contributors are full voting members."),
    "briefing_before": ("met", ""),
    "two_lay_members": ("met", "Two public contributors."),
}
_OWN_RUNG = (5, "My item was on the agenda, but it came last with ten minutes left and nothing was decided.")

CONTACTS = {
    "ICB": (
        ("Aisha Rahman", "Patient and public voice lead (my buddy)", "aisha.rahman@example.org", "0117 496 0123"),
        ("Daniel Frost", "Committee secretary", "daniel.frost@example.org", "0117 496 0456"),
        ("Margaret Oduya", "Chair", "", ""),
    ),
    "CRG": (
        ("Hannah Lowe", "CRG programme manager", "hannah.lowe@example.org", "020 7946 0321"),
        ("Involvement team", "Shared inbox for PPV members", "ppv.team@example.org", ""),
        ("Prof. Alan Whitby", "Chair", "", ""),
    ),
    "TSC": (
        ("Leo Marsh", "Trial manager", "leo.marsh@example.org", "01632 960415"),
        ("Dr Ruth Fenwick", "Independent chair", "", ""),
    ),
}

ICB_ROLE_NOTES = """# My role on this committee

## What am I here for?
To bring the view of patients and carers to how the ICB checks the quality of local services.
I am a **patient and public voice partner**, not a member: see the vote question below.

## Who is my contact or buddy?
Aisha Rahman, the PPV lead. She rings me the week before each meeting to go through the papers.

## Do I have a vote, like the other members?
No. PPV partners are "in attendance". I asked the chair about this in the spring; it is on the
list for the next review of the terms of reference.

## Am I paid? How much, and how is it paid?
£75 a half day, through payroll, so tax and National Insurance come off. I checked with the
benefits advice line before I said yes.

## How do I claim expenses, and how quickly are they paid?
Claim form by email to the PPV team, with receipts. They say **28 days**.

## How is the agenda set, and how do I add an item?
The chair and the secretary set it about three weeks before. Aisha asks me for items two weeks before.

## When do the papers arrive? Can I have them on paper or in large print?
The terms of reference say 5 working days. Paper copies are posted if I ask Daniel.

## Who explains words I don't know?
Aisha, or ask in the meeting. There is now a glossary at the back of each pack.

## What must I keep confidential?
Anything in part 2 of the agenda, and papers marked confidential.

## How is what I say written down, and how will I hear what changed because of it?
Minutes go round about two weeks after. The quality report has a "you said, we did" page.

## Where are the terms of reference?
On the ICB website, under *Board and committees*: [terms of reference](https://www.example.org/icb/committees).
"""


def _past(ws: Workspace, committee_name: str, today: dt.date) -> list[dict[str, Any]]:
    return list(
        ws.db.query(
            "select meetings.id, meetings.date from meetings join committees on committees.id = meetings.committee_id "
            "where committees.name = ? and meetings.date < ? and meetings.status = 'held' order by meetings.date",
            [committee_name, today.isoformat()],
        )
    )


def _committee_id(ws: Workspace, name: str) -> int | None:
    row = ws.db.execute("select id from committees where name = ?", [name]).fetchone()
    return row[0] if row else None


def _rows(meeting_id: int, answers: Answers, ids: dict[str, int], proposed: dict[str, Any]) -> list[dict[str, Any]]:
    """Rating rows for one meeting; where coprep can suggest an answer, the example takes it."""
    answers = answers | {key: (proposal.rating, proposal.reason) for key, proposal in proposed.items()}
    return [
        {"meeting_id": meeting_id, "condition_id": ids[key], "rating": rating, "note": note}
        for key, (rating, note) in answers.items()
    ]


def add_demo_conditions(ws: Workspace, today: dt.date) -> None:
    """Rate the example's past meetings, choose one own rung, and add contacts and role notes."""
    db = ws.db
    ids = {c.key: c.id for c in list_conditions(db) if c.key}
    icb = _past(ws, ICB_QUALITY.name, today)[:-1]  # the latest is left for the newcomer to rate
    with db.atomic():
        rows = []
        for number, meeting in enumerate(icb):
            stage = _ICB_STAGES[min(len(_ICB_STAGES) - 1, number * len(_ICB_STAGES) // max(1, len(icb)))]
            rows += _rows(meeting["id"], _ICB_ALWAYS | stage, ids, propose(db, meeting["id"], today))
        for number, meeting in enumerate(_past(ws, CF_CRG.name, today)):
            answers = _CRG | (_CRG_BETTER_DAY if number % 2 else {})
            rows += _rows(meeting["id"], answers, ids, propose(db, meeting["id"], today))
        for meeting in _past(ws, TRIAL_TSC.name, today):
            rows += _rows(meeting["id"], _TRIAL, ids, propose(db, meeting["id"], today))
        db.table("condition_ratings").insert_all(rows)
        if len(icb) >= 2:
            rung, reason = _OWN_RUNG
            db.table("meetings").update(icb[-2]["id"], {"own_rung": rung, "own_rung_reason": reason})
        for short, committee in (("ICB", ICB_QUALITY), ("CRG", CF_CRG), ("TSC", TRIAL_TSC)):
            committee_id = _committee_id(ws, committee.name)
            if committee_id is None:
                continue
            db.table("contacts").insert_all(
                {
                    "committee_id": committee_id,
                    "name": name,
                    "role": role,
                    "email": email,
                    "phone": phone,
                    "position": position,
                }
                for position, (name, role, email, phone) in enumerate(CONTACTS[short])
            )
            if short == "ICB":
                db.table("committees").update(committee_id, {"role_notes": ICB_ROLE_NOTES})
