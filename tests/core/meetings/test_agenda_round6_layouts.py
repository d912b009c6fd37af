"""Layouts from the sixth round of agendas: year/number labels with fields on the line below, headings
that say when rather than why, and presenters given as initials."""

from coprep.core.meetings.agenda_columns import split_cells
from coprep.core.meetings.agenda_html import page_text
from coprep.core.meetings.agenda_lines import parse_agenda, read_agenda


def test_year_and_number_labels_with_the_fields_on_the_line_below():
    items = parse_agenda(
        "Trust Board\nThursday 30 April 2026, 10.00 - 12.30\n\n"
        "2026/41  Welcome and apologies\n         Chair | Verbal\n\n"
        "2026/42  Board assurance framework\n         For approval | Company Secretary | Paper 5\n"
    )
    assert [(i.number, i.title, i.purpose, i.presenter, i.papers) for i in items] == [
        ("2026/41", "Welcome and apologies", None, "Chair", "Verbal"),
        ("2026/42", "Board assurance framework", "approval", "Company Secretary", "Paper 5"),
    ]


def test_a_financial_year_opening_a_line_is_not_a_label():
    items = parse_agenda("1. Welcome\n2. Budget\n2026/27 plans are attached\n3. AOB")
    assert [i.title for i in items] == ["Welcome", "Budget", "AOB"]
    assert "2026/27 plans are attached" in items[1].description


def test_a_bar_with_spaces_parts_cells_but_a_bar_inside_a_word_does_not():
    assert split_cells("For approval | Chair | Paper 1") == ["For approval", "Chair", "Paper 1"]
    assert split_cells("Either/or|both") == ["Either/or|both"]


def test_a_heading_that_says_when_gives_no_purpose_but_one_ending_with_a_tag_does():
    agenda = read_agenda(
        "Health Scrutiny Panel\nTuesday 28 April 2026, 7pm\n\n"
        "PART I - ITEMS TO BE CONSIDERED WHILE THE PRESS AND PUBLIC ARE PRESENT\n\n"
        "1. Apologies\n2. Day centre consultation\n\n"
        "PART II - ITEMS FOR DECISION\n\n3. Home care contract award\n"
    )
    assert [(i.title, i.purpose) for i in agenda.items] == [
        ("Apologies", None),
        ("Day centre consultation", None),
        ("Home care contract award", "decision"),
    ]


def test_bracketed_initials_ending_titles_are_presenters():
    items = parse_agenda(
        "1. Apologies (JS)\n2. Notes and actions (AM)\n3. Rota for the summer (RK) - for decision\n4. AOB"
    )
    assert [(i.title, i.presenter, i.purpose) for i in items] == [
        ("Apologies", "JS", None),
        ("Notes and actions", "AM", None),
        ("Rota for the summer", "RK", "decision"),
        ("AOB", "", None),
    ]


def test_bracketed_letters_that_spell_the_words_before_them_stay_in_the_title():
    items = parse_agenda("1. Board assurance framework (BAF)\n2. Freedom to speak up (FSU)\n3. AOB")
    assert [(i.title, i.presenter) for i in items] == [
        ("Board assurance framework (BAF)", ""),
        ("Freedom to speak up (FSU)", ""),
        ("AOB", ""),
    ]


def test_a_primary_care_network_is_the_organisation_not_the_committee():
    agenda = read_agenda(
        "South Harbour Primary Care Network\nClinical Board\n\nDate: Tuesday 12 May 2026\n\n1. Apologies\n2. AOB"
    )
    assert agenda.meeting.committee == "Clinical Board"


def test_a_name_with_a_plain_role_in_brackets_is_the_presenter_but_a_list_of_places_is_not():
    items = parse_agenda(
        "1. Ideas for sharing the results (Mo Rahman, digital designer) – 25 mins\n"
        "2. Stroke services (Leeds, and the coastal towns)\n"
    )
    assert [(i.title, i.presenter) for i in items] == [
        ("Ideas for sharing the results", "Mo Rahman, digital designer"),
        ("Stroke services (Leeds, and the coastal towns)", ""),
    ]


def test_a_short_line_naming_everyone_under_a_title_is_its_presenter():
    items = parse_agenda(
        "1. Group discussion: keeping well while you wait\n   Everyone, in small groups\n"
        "2. Feedback\n   All members will be sent the notes afterwards.\n"
    )
    assert [(i.title, i.presenter) for i in items] == [
        ("Group discussion: keeping well while you wait", "Everyone, in small groups"),
        ("Feedback", ""),
    ]


def test_a_committee_code_or_item_word_before_a_four_digit_year_label():
    items = parse_agenda("TB 2026/41 Welcome - Chair\nTB 2026/42 Minutes\n\nItem 2024/45: Finance\nItem 2024/46: AOB")
    assert [(i.number, i.title) for i in items] == [
        ("TB 2026/41", "Welcome"),
        ("TB 2026/42", "Minutes"),
        ("Item 2024/45", "Finance"),
        ("Item 2024/46", "AOB"),
    ]


def test_initials_in_square_brackets_are_presenters_too():
    items = parse_agenda("1. Welcome [JS]\n2. Minutes [AM]\n3. AOB")
    assert [(i.title, i.presenter) for i in items] == [("Welcome", "JS"), ("Minutes", "AM"), ("AOB", "")]


def test_a_duration_set_off_before_a_bracketed_presenter_leaves_the_title():
    items = parse_agenda(
        "1. Leaflet review – 30 mins (Jo Bell)\n2. Handovers within 30 minutes (Jo Bell)\n3. Close – 5 mins"
    )
    assert [(i.title, i.presenter) for i in items] == [
        ("Leaflet review", "Jo Bell"),
        ("Handovers within 30 minutes", "Jo Bell"),
        ("Close", ""),
    ]
    assert "30 mins" in items[0].description


def test_a_paragraph_under_an_item_heading_on_a_web_page_is_a_detail_line_that_can_name_the_presenter():
    html = (
        "<h1>Patient Forum</h1><p>Tuesday 5 May 2026, Room 3, Town Library</p>"
        "<h3>Welcome</h3><p>Chair</p><h3>Hospital food survey</h3><p>Catering Manager</p>"
        "<p>What patients said.</p><h3>Any other business</h3><h2>Contact us</h2><p>Email the team.</p>"
    )
    text = page_text(html)
    assert "\n   Chair\n" in text and "\nEmail the team." in text
    agenda = read_agenda(text)
    assert [(i.title, i.presenter) for i in agenda.items] == [
        ("Welcome", "Chair"),
        ("Hospital food survey", "Catering Manager"),
        ("Any other business", ""),
    ]


def test_initials_after_a_dash_are_presenters_and_an_unclosed_bracket_is_left_alone():
    items = parse_agenda("1) Welcome - JS\n2) Minutes - AM\n3) Risk register (ICB\n4) Finance - RK")
    assert [(i.title, i.presenter) for i in items] == [
        ("Welcome", "JS"),
        ("Minutes", "AM"),
        ("Risk register (ICB", ""),
        ("Finance", "RK"),
    ]


def test_a_table_typed_with_bars_reads_as_rows_of_cells():
    items = parse_agenda(
        "| No. | Item | Lead | Time |\n|---|---|---|---|\n| 1 | Welcome | Chair | 10:00 |\n"
        "| 2 | Finance report | Director of Finance | 10:15 |"
    )
    assert [(i.number, i.title, i.presenter, i.time) for i in items] == [
        ("1", "Welcome", "Chair", "10:00"),
        ("2", "Finance report", "Director of Finance", "10:15"),
    ]
