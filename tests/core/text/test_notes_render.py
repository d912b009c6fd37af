"""A person's Markdown becomes HTML that can run nothing and fetch nothing."""

import re

import pytest

from coprep.core.text.notes_render import render_markdown


def test_ordinary_markdown_keeps_its_shape():
    html = render_markdown("## My contact\n\n- **Sam** on Tuesdays\n- Line one\nline two")
    assert "<h2>My contact</h2>" in html
    assert "<li><strong>Sam</strong> on Tuesdays</li>" in html
    assert "<br" in html  # a single new line stays a new line, as people expect


def test_script_is_removed_with_its_content():
    html = render_markdown("Before <script>alert('hello')</script> after")
    assert "<script" not in html.lower()
    assert "alert" not in html
    assert "Before" in html and "after" in html


def test_event_handlers_are_removed():
    html = render_markdown('<p onclick="steal()">Click me</p>\n\n<b onmouseover="steal()">bold</b>')
    assert "onclick" not in html and "onmouseover" not in html and "steal" not in html
    assert "Click me" in html


@pytest.mark.parametrize(
    "text",
    [
        "![chart](https://tracker.example.org/pixel.png)",
        '<img src="http://tracker.example.org/p.gif" onerror="alert(1)">',
        '<img src="file:///home/me/secret.png">',
    ],
)
def test_no_image_is_ever_loaded(text):
    html = render_markdown(text)
    assert "<img" not in html
    assert "tracker.example.org" not in html and "file:" not in html
    assert "onerror" not in html


def test_a_markdown_picture_leaves_its_words():
    assert "[picture not shown: ward layout]" in render_markdown("![ward layout](https://example.org/a.png)")


@pytest.mark.parametrize(
    "text",
    [
        "[Open](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">Open</a>',
        '<a href="file:///etc/passwd">Open</a>',
        "[Open](terms.html)",
    ],
)
def test_unsafe_link_addresses_are_dropped_but_the_words_stay(text):
    html = render_markdown(text)
    assert "Open" in html
    assert "href" not in html


def test_web_and_email_links_are_kept():
    html = render_markdown("[Terms](https://example.org/terms) or [email Sam](mailto:sam@example.org)")
    assert 'href="https://example.org/terms"' in html
    assert 'href="mailto:sam@example.org"' in html


def test_tables_align_without_inline_styles():
    html = render_markdown("| Who | Phone |\n|:--|--:|\n| Sam | 0100 |")
    assert "<table>" in html and 'align="right"' in html
    assert "style=" not in html


def test_styles_forms_and_frames_do_not_survive():
    html = render_markdown(
        "<style>body{background:url(http://x.example)}</style>"
        '<iframe src="https://x.example"></iframe><form action="https://x.example"><input></form>'
        '<div style="background:url(http://x.example)">words</div>'
    )
    assert not re.search(r"<(style|iframe|form|input|div)", html)
    assert "x.example" not in html
    assert "words" in html


def test_blank_text_renders_as_nothing():
    assert render_markdown("") == ""
    assert render_markdown("  \n ") == ""


def test_mentions_of_printed_pages_become_page_links_only_for_pages_the_meeting_has():
    html = render_markdown("Ask about p. 23, page 5 of the pack and p. 99. Top 3 risks.", {23: 7, 5: 2})
    assert '<a href="coprep-page:7/23" rel="noopener noreferrer">p. 23</a>' in html
    assert '<a href="coprep-page:2/5" rel="noopener noreferrer">page 5 of the pack</a>' in html
    assert "p. 99" in html and "coprep-page:" not in html.split("p. 99")[1]
    assert "coprep-page" not in render_markdown("Ask about p. 23")  # no pages given: plain words
    assert "coprep-page" not in render_markdown("[x](coprep-page:7/23)")  # a typed address stays words
