"""Every shipped condition says who recommends it in words a person can check."""

import re

from coprep.core.fairness.conditions import Condition, recommended_words, shipped_conditions

VAGUE = ("guides", "checklist", "trust practice", "principle 3", "studies of")


def test_every_condition_cites_a_dated_publication_or_says_it_is_a_common_practice():
    for shipped in shipped_conditions():
        for part in shipped.recommended_by.split(";"):
            part = part.strip()
            assert part == "a common practice" or re.search(r"\b(19|20)\d\d\b", part), (shipped.key, part)
            assert not any(word in part.lower() for word in VAGUE), (shipped.key, part)
        assert "INVOLVE" not in shipped.recommended_by or "now NIHR" in shipped.recommended_by, shipped.key
        assert re.match(r"^\d{4}-(0[1-9]|1[0-2])$", shipped.source_checked), shipped.key


def test_recommended_words_say_when_the_source_was_checked():
    condition = Condition(
        id=1,
        key="induction",
        text="I was given an induction",
        recommended_by="NIHR and partners, UK Standards for Public Involvement, 2019",
        source_checked="2026-12",
    )
    assert recommended_words(condition) == (
        "Recommended by: NIHR and partners, UK Standards for Public Involvement, 2019. Checked December 2026."
    )
    condition.source_checked = ""
    assert recommended_words(condition).endswith("2019.")
