"""The briefing pack's words, made from a real database the way the window and command line make it."""

import re

import pytest
from briefing_example import PRIVATE, TITLES, add_example_meeting
from paper_files import make_pdf

from coprep.core.briefing.pack import SECTIONS, BriefingOptions, briefing_html, briefing_markdown, build_briefing
from coprep.core.briefing.pack_facts import role_purpose
from coprep.core.meetings import meetings
from coprep.core.meetings.contacts import add_contact
from coprep.core.meetings.follow_ups import add_follow_up, set_done
from coprep.core.papers.papers import import_paper
from coprep.core.storage.validate import InputError


def _words_section(markdown: str) -> str:
    return markdown.split("## Words to know", 1)[1].split("\n## ", 1)[0]


def test_the_whole_pack_has_cover_agenda_in_order_words_and_reminders(ws):
    meeting = add_example_meeting(ws)
    add_contact(ws, meetings.get_meeting(ws.db, meeting).committee_id, name="Aisha Rahman", role="PPV lead")
    pack = briefing_markdown(ws.db, meeting)
    assert pack.startswith("# Quality Committee")
    assert "Tuesday 14 July 2026, 10:00 to 12:30" in pack
    assert "Room 3, Riverside House" in pack and "<https://meet.example.org/q>" in pack
    assert "**My role:** Patient partner" in pack and "Aisha Rahman, PPV lead" in pack
    headings = [line for line in pack.splitlines() if line.startswith("### ") and line[4].isdigit()]
    assert headings == [f"### {number}. {title}" for number, title in zip("123", TITLES, strict=False)]
    assert "\nFor assurance · Led by Tom Ashby · at 10:30\n" in pack  # no italics
    assert pack.index("## The agenda") < pack.index("## Reminders") < pack.index("## Words to know")
    assert "PRIVATE-NOTE" in pack and "PRIVATE-QUESTION" in pack
    assert "PRIVATE-RAISED" not in pack  # what I raised belongs to the list made after meetings


def test_private_words_are_left_out_everywhere_when_sharing(ws):
    meeting = add_example_meeting(ws)
    shared = build_briefing(ws.db, meeting, BriefingOptions(include_private=False))
    for word in PRIVATE:
        assert word not in shared.markdown and word not in shared.html
    assert "leaves out my private notes" in shared.markdown
    # the notes' glossary words are not explained either, as that would give the notes away
    words = _words_section(shared.markdown)
    assert "**Sepsis**" not in words and "quorum" not in words.lower() and "safeguarding" not in words.lower()


def test_confidential_papers_and_their_words_are_left_out_when_sharing(ws, tmp_path):
    meeting = add_example_meeting(ws)
    item = meetings.agenda(ws.db, meeting)[1].id
    import_paper(
        ws.path,
        meeting,
        make_pdf(tmp_path / "Estates plan.pdf", ["The Section 75 pooled budget."]),
        item_id=item,
        received="2026-07-01",
        confidential=True,
    )
    import_paper(
        ws.path,
        meeting,
        make_pdf(tmp_path / "Open report.pdf", ["Waits are falling."]),
        item_id=item,
        received="2026-07-01",
    )
    own = briefing_markdown(ws.db, meeting)
    assert "**Estates plan (confidential)**" in own and "**Section 75**" in own
    shared = build_briefing(ws.db, meeting, BriefingOptions(include_private=False))
    assert "**Open report**" in shared.markdown
    for text in (shared.markdown, shared.html):
        assert "Estates plan" not in text and "(confidential)" not in text and "Section 75" not in text


def test_words_to_know_explain_the_meeting_but_not_words_marked_known(ws):
    meeting = add_example_meeting(ws)
    words = _words_section(briefing_markdown(ws.db, meeting))
    assert "**Referral to treatment** (written “RTT”): The time from when you are sent to hospital" in words
    assert "**Any other business**" in words
    assert "**Sepsis**" in words and "**Quorum** (written “quorate”)" in words  # found in the notes
    assert "**Safeguarding**" in words  # found in what I raised
    assert "**Minutes**" not in words  # marked "I know this"
    terms = re.findall(r"^\*\*(.+?)\*\*", words, re.MULTILINE)
    assert (
        terms.index("Referral to treatment") < terms.index("Sepsis") < terms.index("Waiting list")
    )  # rarest first (RTT is rare)


def test_only_the_chosen_sections_are_made(ws):
    meeting = add_example_meeting(ws)
    pack = briefing_markdown(ws.db, meeting, BriefingOptions(sections={"agenda", "reminders"}))
    assert "## The agenda" in pack and "## Reminders" in pack
    assert "# Quality Committee" not in pack and "## Words to know" not in pack
    assert "Notes on the day" not in pack and "___" not in pack  # no space to write was chosen
    with_lines = briefing_markdown(ws.db, meeting, BriefingOptions(sections={"agenda", "writing"}))
    assert with_lines.count("#### Notes on the day") == 3


def test_reminders_bring_role_conditions_and_follow_ups_still_open(ws):
    earlier = add_example_meeting(ws, "2026-06-02")
    committee_id = meetings.get_meeting(ws.db, earlier).committee_id
    meetings.update_committee(ws, committee_id, role_notes="## What am I here for?\nTo speak for carers.\n\n## Who?\nx")
    item = meetings.agenda(ws.db, earlier)[1].id
    add_follow_up(ws, item, "Send the children's figures", "2026-06-30")
    set_done(ws, add_follow_up(ws, item, "Already done"))
    later = meetings.add_meeting(ws, committee_id, "2026-07-14")
    pack = briefing_markdown(ws.db, later, BriefingOptions(sections={"reminders"}))
    assert "To speak for carers." in pack and "Who?" not in pack
    assert "☐ The chair asked for my view" in pack
    assert "☐ Send the children's figures (by 30 June 2026) — late" in pack
    assert "Already done" not in pack
    shared = briefing_markdown(ws.db, later, BriefingOptions(sections={"reminders"}, include_private=False))
    assert "children's figures" not in shared


def test_html_is_a_whole_sanitised_document_that_prints_bigger_in_large_print(ws):
    meeting = add_example_meeting(ws)
    item = meetings.agenda(ws.db, meeting)[1].id
    meetings.update_item(ws, item, notes="<script>alert(1)</script><b onclick='x()'>bold</b>")
    html = briefing_html(ws.db, meeting)
    assert html.startswith("<!DOCTYPE html>") and "<title>Quality Committee, 14 July 2026</title>" in html
    assert "<script" not in html and "onclick" not in html
    assert '<table border="1" cellpadding="6" cellspacing="0" width="100%">' in html
    assert "<td style" not in html and "<th style" not in html
    assert "font-size: 12pt" in html
    assert "font-size: 20pt" in briefing_html(ws.db, meeting, BriefingOptions(large_print=20))


def test_a_person_s_text_cannot_change_the_pack_s_shape(ws):
    meeting = add_example_meeting(ws)
    first = meetings.agenda(ws.db, meeting)[0].id
    meetings.update_item(ws, first, title="Waits *over* 18 | weeks", notes="## My own heading\ntext")
    pack = briefing_markdown(ws.db, meeting)
    assert "### 1. Waits \\*over\\* 18 \\| weeks" in pack
    assert "#### My own heading" in pack and "\n## My own heading" not in pack


@pytest.mark.parametrize(
    "options",
    [
        {"sections": {"cover", "pictures"}},
        {"large_print": 18},
        {"page_size": "A3"},
    ],
)
def test_impossible_options_are_refused(options):
    with pytest.raises(InputError):
        BriefingOptions(**options)


def test_a_missing_meeting_is_explained(ws):
    with pytest.raises(InputError, match="no meeting number 42"):
        briefing_markdown(ws.db, 42)


def test_role_purpose_reads_only_its_own_answer():
    notes = "# My role\n\n## What am I here for?\nTo ask about waits.\n\n## Am I paid?\nYes"
    assert role_purpose(notes) == "To ask about waits."
    assert role_purpose("## What am I here for?\n\n## Am I paid?\n") == ""
    assert role_purpose("") == ""
    assert set(SECTIONS) == {"cover", "agenda", "writing", "words", "reminders"}
