"""What the pack says: papers each item has (and has not) received, a held meeting's pack as the
record of what happened, reminders that point only at what is printed, and no words about role
notes not written yet."""

from briefing_example import PRIVATE, TITLES, add_example_meeting
from paper_files import make_pdf

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.briefing.pack_facts import shareable_notes
from coprep.core.meetings import meetings
from coprep.core.meetings.follow_ups import add_follow_up
from coprep.core.papers.papers import import_paper


def test_each_item_lists_its_papers_with_when_they_came_or_that_none_has(ws, tmp_path):
    meeting = add_example_meeting(ws)
    item = meetings.agenda(ws.db, meeting)[1].id
    import_paper(
        ws.path,
        meeting,
        make_pdf(tmp_path / "Paper B.pdf", ["Waits are falling."]),
        item_id=item,
        received="2026-07-10",
    )
    pack = build_briefing(ws.db, meeting).markdown
    second = pack.split(f"### 2. {TITLES[1]}")[1].split("### 3.")[0]
    assert "**Paper B**: received 2 working days before: late" in second
    first = pack.split(f"### 1. {TITLES[0]}")[1].split("### 2.")[0]
    assert "No paper for this item has come yet." in first


def test_a_held_meeting_s_pack_is_the_record_of_what_happened(ws):
    meeting = add_example_meeting(ws)
    meetings.update_meeting(ws, meeting, status="held")
    item = meetings.agenda(ws.db, meeting)[1]
    meetings.update_item(ws, item.id, outcome="Agreed to report waits for children.")
    add_follow_up(ws, item.id, "Tom to send the children's figures")
    pack = build_briefing(ws.db, meeting).markdown
    assert "## What happened, item by item" in pack and "This meeting has happened." in pack
    assert "#### What was decided\n\nAgreed to report waits for children." in pack
    assert "#### What I said\n\nPRIVATE-RAISED: I asked about safeguarding." in pack
    assert "- Tom to send the children's figures" in pack
    assert "Notes on the day" not in pack and "___" not in pack  # no empty lines to write on
    assert "Things to watch for" not in pack and "No paper for this item has come yet." not in pack
    shared = build_briefing(ws.db, meeting, BriefingOptions(include_private=False)).markdown
    assert "Agreed to report waits for children." in shared
    assert not any(word in shared for word in PRIVATE) and "children's figures" not in shared


def test_reminders_point_only_at_what_is_printed_and_say_nothing_of_missing_role_notes(ws):
    meeting = add_example_meeting(ws)
    pack = build_briefing(ws.db, meeting, BriefingOptions(sections={"reminders"})).markdown
    assert "What I am there for" not in pack and "not written down" not in pack
    committee = meetings.get_meeting(ws.db, meeting).committee_id
    meetings.update_committee(
        ws,
        committee,
        role_notes=(
            "## What am I here for?\nTo bring the carers' view. I am a partner, not a member: see the vote "
            "question below.\n\n## Do I have a vote?\nNo."
        ),
    )
    pack = build_briefing(ws.db, meeting, BriefingOptions(sections={"reminders"})).markdown
    assert "To bring the carers' view. I am a partner, not a member." in pack
    assert "below" not in pack and "above" not in pack


def test_private_parts_of_role_notes_are_marked_by_a_heading_or_a_line():
    notes = (
        "## What am I here for?\nTo help.\nPrivate: the chair scares me.\nprivate : so does the room.\n"
        "### Private worries\nMoney.\n#### Under it\nStill private.\n## Who is my contact?\nAisha."
    )
    kept = shareable_notes(notes)
    assert kept == "## What am I here for?\nTo help.\n## Who is my contact?\nAisha."


def test_words_to_know_hold_the_papers_own_definitions_and_the_words_nothing_explains(ws, tmp_path):
    meeting = add_example_meeting(ws)
    page = (
        "The Zarbonic Widget Programme (ZWP) starts in May. The ZWP board will report to the QXRT "
        "each quarter. QXRT members agreed the plan."
    )
    import_paper(ws.path, meeting, make_pdf(tmp_path / "Plan.pdf", [page]), received="2026-07-01")
    words = build_briefing(ws.db, meeting).markdown.split("## Words to know")[1]
    assert "**ZWP**: The papers say this means “Zarbonic Widget Programme”." in words
    unexplained = words.split("### Words nothing here explains")[1]
    assert "QXRT" in unexplained and "ZWP" not in unexplained


def _item_text(pack: str, number: int) -> str:
    return pack.split(f"### {number}. {TITLES[number - 1]}")[1].split(f"### {number + 1}.")[0]


def test_each_item_says_which_expected_papers_have_come_and_when(ws, tmp_path):
    meeting = add_example_meeting(ws)
    first, second, _third = meetings.agenda(ws.db, meeting)
    meetings.update_item(ws, first.id, papers_expected="Paper A")
    meetings.update_item(ws, second.id, papers_expected="Paper B, Enc 3")
    import_paper(
        ws.path,
        meeting,
        make_pdf(tmp_path / "Paper B.pdf", ["Waits are falling."]),
        item_id=second.id,
        received="2026-07-09",
    )
    pack = build_briefing(ws.db, meeting).markdown
    assert "- Paper A: not received yet" in _item_text(pack, 1)
    assert "No paper for this item has come yet." not in _item_text(pack, 1)
    second_text = _item_text(pack, 2)
    assert "- Paper B: received 3 working days before: late" in second_text
    assert "- Enc 3: not received yet" in second_text
