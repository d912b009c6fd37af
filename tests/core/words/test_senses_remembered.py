"""choose() remembers the decisions it made from the cues around a use: a later use is only decided
alike when the same cues are around it, never because the same form came before."""

from coprep.core.words.senses import choose, load_senses

ICS = "The board agreed that each place will lead its own neighbourhood plans with the ICB."
PLAIN = "She was offered a place at the nursery and a funded place on the training course."
NEITHER = "Members asked whether this place was right for the new car park and were told it was."


def _chosen(text: str, form: str = "place", category: str = "") -> tuple[str, ...]:
    start = text.lower().index(form)
    return tuple(
        sense.id for sense in choose(load_senses().senses_of(form), text, start, start + len(form), category).senses
    )


def test_uses_with_different_cues_are_each_decided_by_their_own():
    first = [_chosen(text) for text in (ICS, PLAIN, NEITHER)]
    again = [_chosen(text) for text in (NEITHER, PLAIN, ICS)][::-1]
    assert first == again
    assert first == [("place:ics",), ("place:plain",), ("place:plain",)]


def test_the_same_cues_far_off_or_near_are_told_apart():
    padding = " and then we had lunch" * 8  # pushes the cue out of the near words, into the wider window
    near = "Leaders said our place partnership met today."
    far = f"Leaders said our place{padding} and partnership."
    assert _chosen(near) == _chosen(far) == ("place:ics",)
    assert _chosen(f"Leaders said each place{padding * 3} and partnership.") == ("place:ics",)
    assert _chosen(f"Leaders said a place{padding} and partnership.") == ("place:plain",)


def test_a_capital_letter_and_the_paper_s_category_still_count_after_a_decision_is_remembered():
    text = "The group noted the pilot."
    by_category = [_chosen(text, "pilot", category) for category in ("", "research", "", "research")]
    assert by_category == [("pilot:trial-run",), ("pilot:study",)] * 2
    by_capitals = [_chosen(text, "trust") for text in ("The Trust said so.", "We trust them.", "The Trust said so.")]
    assert by_capitals == [("trust:body",), ("trust:plain",), ("trust:body",)]
