"""The letter to the chair: live problems first, then what was put right (with thanks and since when),
then what was always fine; each point with its meetings, the person's words and one request; plain
sentences; the ladder only when asked for, explained and credited."""

import datetime as dt

import pytest

from coprep.core.fairness import conditions, ladder
from coprep.core.fairness.chair_letter import build_letter, hard_sentences, letter_markdown
from coprep.core.fairness.chair_summary import build_summary, render_summary
from coprep.core.meetings import meetings
from coprep.core.meetings.contacts import add_contact
from coprep.core.storage.settings import PERSON_NAME, set_setting

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def committee(ws):
    """Six rated meetings: induction fixed from March, papers fixed from May, no vote all along,
    expenses late at the last two, the chair always asked."""
    committee = meetings.add_committee(ws, "Quality & Performance <Committee>")
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    days = ["2026-01-08", "2026-02-05", "2026-03-05", "2026-04-02", "2026-05-07", "2026-06-04"]
    for number, day in enumerate(days):
        meeting = meetings.add_meeting(ws, committee, day)
        answers = {
            "induction": ("met", "Induction morning.") if number >= 2 else ("not_met", "No induction yet."),
            "papers_on_time": ("met", "Came a week before.")
            if number >= 4
            else ("not_met", "The finance report came 2 working days before."),
            "equal_vote": ("not_met", "Listed as in attendance."),
            "expenses_on_time": ("not_met", "Train fare still owed.") if number >= 4 else ("met", ""),
            "chair_invited_view": ("met", "Asked first on item 4."),
        }
        for key, (rating, note) in answers.items():
            conditions.rate(ws, meeting, ids[key], rating, note)
        if number == 1:
            ladder.set_own_rung(ws, meeting, 3, "Told, not asked.")
    add_contact(ws, committee, name="Margaret Oduya", role="Chair")
    return committee


def _letter(ws, committee, **options) -> str:
    return letter_markdown(build_letter(ws.db, build_summary(ws.db, committee), TODAY, **options))


def test_the_letter_has_a_date_greeting_period_sender_and_closing(ws, committee):
    set_setting(ws.db, PERSON_NAME, "Sam Jones")
    text = _letter(ws, committee)
    assert text.startswith("1 July 2026\n\nDear Margaret Oduya,")
    assert "the 6 meetings I rated, from 8 January 2026 to 4 June 2026" in text
    assert text.rstrip().endswith("Yours sincerely,\n\nSam Jones")


def test_live_problems_come_first_then_what_was_put_right_with_thanks_then_what_was_fine(ws, committee):
    text = _letter(ws, committee)
    live, rest = text.split("## What has been put right")
    fixed, fine = rest.split("## What has always been fine")
    assert "### No vote like other members" in live and "### Expenses repaid late" in live
    assert live.index("No vote like other members") < live.index("Expenses repaid late")  # longest first
    assert "This has happened at all 6 meetings" in live
    assert "This happened at the latest 2 meetings, on 7 May 2026 and 4 June 2026." in live
    assert "On 4 June 2026 I noted: “Train fare still owed.”" in live
    assert "**My request:** Could my expenses be repaid within the time promised?" in live
    # the fixed ones are not live problems, and say since when, with thanks
    assert "induction" not in live.lower() and "Papers late" not in live
    assert "### In place since 7 May 2026" in fixed and "The papers came in good time." in fixed
    assert "### In place since 5 March 2026" in fixed and "I was given an induction." in fixed
    assert "missing on 8 January 2026 and 5 February 2026" in fixed and "Thank you for putting it right." in fixed
    assert "- The chair asked for my view." in fine
    assert "Ladder" not in text  # only when chosen


def test_the_ladder_is_explained_kindly_and_credited_only_when_chosen(ws, committee):
    text = _letter(ws, committee, with_ladder=True)
    part = text.split("## The Ladder of Co-production", 1)[1]
    assert "Think Local Act Personal (TLAP)" in part and "National Co-production Advisory Group (NCAG)" in part
    assert "It has seven steps." in part
    assert "On 5 February 2026, it was at step 1 of 7, Coercion. I was there, but I had no say." in part
    assert "I felt it was at step 3 of 7, Informing. My reason: “Told, not asked.”" in part
    assert "\n- 5 February 2026: Coercion." not in part  # never a bare label


def test_every_sentence_reads_at_grade_eight_or_below(ws, committee):
    import textstat

    for with_ladder in (False, True):
        text = _letter(ws, committee, with_ladder=with_ladder)
        assert hard_sentences(text, ("Quality & Performance <Committee>",)) == []
    # the measure itself catches a hard sentence
    hard = "The organisational infrastructure necessitates comprehensive institutional reconfiguration."
    assert textstat.flesch_kincaid_grade(hard) > 8 and hard_sentences(hard) != []


def test_a_committee_whose_problems_were_all_fixed_says_so_and_thanks(ws):
    committee = meetings.add_committee(ws, "Panel")
    papers = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "papers_on_time")
    for day, rating in (("2026-01-05", "not_met"), ("2026-02-05", "met"), ("2026-03-05", "met")):
        conditions.rate(ws, meetings.add_meeting(ws, committee, day), papers, rating, "")
    text = _letter(ws, committee)
    assert "## What is still happening" not in text and "Dear Chair," in text
    assert "### In place since 5 February 2026" in text
    assert "Every point I could judge is now in place. Thank you." in text


def test_the_markdown_and_html_letter_show_the_persons_words_as_typed(ws, committee):
    meeting = meetings.list_meetings(ws.db, committee)[-1]
    vote = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "equal_vote")
    conditions.rate(ws, meeting.id, vote, "not_met", "<script>alert(1)</script> *not* a member")
    summary = build_summary(ws.db, committee)
    assert "&lt;script>alert(1)&lt;/script> \\*not\\* a member" in render_summary(ws.db, summary, "md")
    page = render_summary(ws.db, summary, "html")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
