"""Search snippets read as plain words, without the Markdown marks of the notes they come from."""

import pytest

from coprep.core.text.markdown_marks import without_marks


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("Ask about **children** first", "Ask about children first"),
        ("# Questions\n- waiting *times*\n- 2. beds", "Questions\nwaiting times\n2. beds"),
        ("See [the plan](https://example.org/plan) and `code`", "See the plan and code"),
        ("…about **children and young", "…about children and young"),  # a snippet cut a pair in half
        ("_underlined_ and __bold__ and ***both***", "underlined and bold and both"),
    ],
)
def test_marks_go_and_the_words_stay(marked, plain):
    assert without_marks(marked) == plain


def test_ordinary_text_is_left_alone():
    text = "Costs rose 5 * 3 = 15% in 2025_26, said the A&E lead (see p. 4)."
    assert without_marks(text) == text
