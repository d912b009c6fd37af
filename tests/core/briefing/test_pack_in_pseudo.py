"""A briefing pack built in the pseudo-language: the pack's own prose (headings, sentences, labels,
the running header) comes out in it, while what the person typed stays as typed. So a pack built
in Welsh would be Welsh throughout, not English headings around translated buttons."""

import pytest
from briefing_example import TITLES, add_example_meeting

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.i18n import PSEUDO, pseudo, set_language


@pytest.fixture
def meeting(ws):
    return add_example_meeting(ws)


@pytest.fixture
def in_pseudo():
    set_language(PSEUDO)
    yield
    set_language("en")


def _own_headings(markdown: str) -> list[tuple[str, str]]:
    """(marks, words) of each heading the pack writes itself (not the meeting's or an item's title)."""
    found = []
    for line in markdown.splitlines():
        marks, _space, words = line.partition(" ")
        if marks and set(marks) == {"#"} and not any(title in words for title in TITLES) and "Committee" not in words:
            found.append((marks, words))
    return found


def test_every_heading_and_sentence_the_pack_writes_is_in_the_pseudo_language(ws, meeting):
    english = build_briefing(ws.db, meeting, BriefingOptions()).markdown
    set_language(PSEUDO)
    try:
        made = build_briefing(ws.db, meeting, BriefingOptions())
    finally:
        set_language("en")
    headings = _own_headings(english)
    assert {"The agenda", "Reminders", "Words to know", "The agenda at a glance", "Papers"} <= {h for _m, h in headings}
    for marks, words in headings:
        assert f"{marks} {pseudo(words)}" in made.markdown
    for sentence in ("No paper for this item has come yet.", "Tick each one that happens."):
        assert sentence in english
        assert sentence not in made.markdown and pseudo(sentence) in made.markdown
    assert "**When:**" in english and "**When:**" not in made.markdown
    assert made.header.startswith(pseudo("Private: my own notes"))
    # the person's own words are not translated
    for title in TITLES:
        assert title in made.markdown
    assert "PRIVATE-NOTE" in made.markdown


def test_the_choice_of_parts_is_shown_in_the_persons_language(in_pseudo):
    from coprep.core.briefing.pack import SECTIONS

    assert SECTIONS["words"] == pseudo("Words to know")
    assert set(SECTIONS) == {"cover", "agenda", "writing", "reminders", "words"}
