"""Layouts from the fifth round of agendas: lettered items, group headings, names after dashes and under
titles, labelled references, time ranges that end the meeting, scans and two-column PDFs."""

import random

import pytest
from fpdf import FPDF

from coprep.core.meetings.agenda_files import read_agenda_file
from coprep.core.meetings.agenda_lines import parse_agenda, read_agenda
from coprep.core.meetings.agenda_pdf import page_lines


def test_lettered_items_with_numbered_sub_items():
    agenda = read_agenda(
        "Neighbourhood team meeting\nMonday 9 March 2026, 12.30 - 14.00\n\n"
        "A. Welcome\nB. Case discussions\n   B.1 Frequent attenders\n   B.2 Waiting for care – Team Leader\nC. AOB"
    )
    assert [(i.number, i.title, i.presenter) for i in agenda.items] == [
        ("A", "Welcome", ""),
        ("B", "Case discussions", ""),
        ("B.1", "Frequent attenders", ""),
        ("B.2", "Waiting for care", "Team Leader"),
        ("C", "AOB", ""),
    ]
    assert agenda.meeting.committee == "Neighbourhood team"


def test_a_single_initial_is_not_a_lettered_item():
    items = parse_agenda("Membership:\nJ. Smith (Chair)\n1. Welcome\n2. Minutes")
    assert [i.title for i in items] == ["Welcome", "Minutes"]


def test_unnumbered_items_under_group_headings_take_the_headings_purpose():
    agenda = read_agenda(
        "Regional Quality Group\nWednesday 11 March 2026, 13:30 – 16:00\nRoom 3, Piccadilly Place\n\n"
        "Standing items\nWelcome – Chair\nRisk register – Head of Quality\n\n"
        "For decision\nTerms of reference – Director of Nursing\n\n"
        "Closing items\nAny other business – Chair\n\nNext meeting: Wednesday 13 May 2026"
    )
    assert [(i.title, i.purpose, i.presenter) for i in agenda.items] == [
        ("Welcome", None, "Chair"),
        ("Risk register", None, "Head of Quality"),
        ("Terms of reference", "decision", "Director of Nursing"),
        ("Any other business", None, "Chair"),
    ]
    assert (agenda.meeting.committee, agenda.meeting.date) == ("Regional Quality Group", "2026-03-11")
    assert "For decision" in agenda.items[2].description
    assert "Next meeting" in agenda.meeting.text


def test_an_item_naming_a_date_is_not_taken_for_the_meetings_details():
    items = parse_agenda("Carers Forum\n\nWelcome\nMinutes of the meeting on 14 January 2026\n\nBudget\nClose")
    assert [i.title for i in items][-4:] == ["Welcome", "Minutes of the meeting on 14 January 2026", "Budget", "Close"]


def test_other_business_alone_at_the_end_is_an_item_not_a_heading():
    items = parse_agenda("Carers Forum\n12 May 2026\n\nStanding items\nWelcome\nNotes\n\nOther business")
    assert [i.title for i in items] == ["Welcome", "Notes", "Other business"]


def test_a_purpose_line_straight_under_an_item_is_its_own_not_a_heading():
    items = parse_agenda("1pm Welcome\n2pm Ward design – Estates Lead\nFor discussion\n2.40pm Tea break\n3pm Close")
    assert [(i.title, i.purpose) for i in items][1:3] == [("Ward design", "discussion"), ("Tea break", None)]


def test_names_after_a_dash_may_carry_a_role_or_be_everyone():
    items = parse_agenda(
        "- Welcome - Margaret (PPG chair)\n- Phone system: how is it going? - Sarah, practice manager\n"
        "- Ideas for the health fair - all\n- Budget – for sign-off (Jo)"
    )
    assert [(i.title, i.presenter) for i in items] == [
        ("Welcome", "Margaret (PPG chair)"),
        ("Phone system: how is it going?", "Sarah, practice manager"),
        ("Ideas for the health fair", "all"),
        ("Budget", "Jo"),
    ]


def test_report_of_lines_and_labelled_or_spaced_references():
    items = parse_agenda(
        "1.\nBetter Care Fund plan\nReport of: Director of Adult Social Care\nRef: HWB 11-26\n"
        "2. Winter plan CAB 12-26\n3.  Strategy 2026-2031      Paper No. 26/18"
    )
    assert [(i.title, i.presenter, i.papers) for i in items] == [
        ("Better Care Fund plan", "Director of Adult Social Care", "HWB 11-26"),
        ("Winter plan", "", "CAB 12-26"),
        ("Strategy 2026-2031", "", "Paper No. 26/18"),
    ]


def test_names_indented_under_most_titles_are_presenters_but_sentences_are_not():
    items = parse_agenda(
        "1.  Welcome                 Verbal\n2.  Infection report        Paper 2\n    Director of Nursing, Midwifery\n"
        "    For assurance\n3.  Strategy                Paper 3\n    Chair, Area Clinical Forum\n"
        "4.  Waiting times           Paper 4\n    Members will hear how long people wait now."
    )
    assert [(i.presenter, i.purpose) for i in items] == [
        ("", None),
        ("Director of Nursing, Midwifery", "assurance"),
        ("Chair, Area Clinical Forum", None),
        ("", None),
    ]


def test_the_place_line_is_not_the_committee():
    agenda = read_agenda(
        "NHS Glenmorven\nBoard Meeting\nTuesday 31 March 2026 at 9.30am\nBoard Room, Glenmorven House\n\n1. Welcome"
    )
    assert agenda.meeting.place == "Board Room, Glenmorven House"
    assert agenda.meeting.committee == "NHS Glenmorven"


def test_the_last_items_time_range_ends_the_meeting_and_sessions_head_their_items():
    agenda = read_agenda(
        "Funding Panel\nPanel meeting: Thursday 19 March 2026\nSession 1: Getting ready\n"
        "09:30-09:45\tWelcome\t(Panel Chair)\nSession 2: Applications\n09:45-11:00\tApplication one\t(Lead reviewers)\n"
        "11:00-11:15\tFeedback and close\t(Panel Chair)"
    )
    assert (agenda.meeting.start_time, agenda.meeting.end_time) == ("09:30", "11:15")
    assert [i.presenter for i in agenda.items] == ["Panel Chair", "Lead reviewers", "Panel Chair"]
    assert agenda.items[1].description == "Session 2: Applications"


def test_a_last_range_is_not_the_end_when_the_top_gives_one():
    agenda = read_agenda("Panel\n19 March 2026, 09:30 to 12:00\n09:30-09:45 Welcome\n11:00-11:15 Close")
    assert agenda.meeting.end_time == "12:00"


def _piece(x: float, top: float, text: str, size: float = 10) -> tuple:
    return (x, top - size * 0.7, x + len(text) * size * 0.5, top, text)


def test_a_scans_words_out_of_order_and_off_their_line_make_whole_lines():
    shuffle = random.Random(3)
    pieces = []
    for top, words in ((700, ["Carers", "charter:", "first", "draft"]), (670, ["Any", "other", "business", "us"])):
        x = 60.0
        for word in words:
            pieces.append(_piece(x, top + shuffle.uniform(-1.5, 1.5) - (2 if word == "us" else 0), word))
            x += len(word) * 5 + 3
    shuffle.shuffle(pieces)
    assert page_lines(pieces, []) == ["Carers charter: first draft", "Any other business us"]


def test_two_agenda_columns_side_by_side_are_read_left_then_right():
    pieces = [_piece(150, 780, "Board Meeting"), _piece(30, 760, "Opening"), _piece(300, 760, "Closing")]
    for k, (left, right) in enumerate([("Welcome", "Questions"), ("Minutes", "Any other business")]):
        top = 740 - k * 20
        pieces += [_piece(30, top, f"{k + 1}."), _piece(50, top, left)]
        pieces += [_piece(300, top, f"{k + 3}."), _piece(320, top, right)]
    lines = [" ".join(line.split()) for line in page_lines(pieces, [])]
    assert lines == [
        "Board Meeting",
        "Opening",
        "1. Welcome",
        "2. Minutes",
        "Closing",
        "3. Questions",
        "4. Any other business",
    ]


def test_two_columns_of_item_labels_side_by_side():
    pieces = []
    for k, (left, right) in enumerate([("Welcome", "Budget"), ("Minutes", "Close")]):
        pieces += [
            _piece(30, 740 - k * 20, f"Item {k + 1}: {left}"),
            _piece(300, 740 - k * 20, f"Item {k + 3}: {right}"),
        ]
    assert [" ".join(line.split()) for line in page_lines(pieces, [])] == [
        "Item 1: Welcome",
        "Item 2: Minutes",
        "Item 3: Budget",
        "Item 4: Close",
    ]


def test_a_table_with_numbers_in_a_later_column_stays_a_table():
    pieces = []
    for k, (title, minutes) in enumerate([("Welcome", "5"), ("Minutes", "10"), ("Budget", "3")]):
        top = 740 - k * 20
        pieces += [_piece(30, top, f"{k + 1}"), _piece(50, top, title), _piece(300, top, minutes)]
    assert [line.split()[0::2] for line in page_lines(pieces, [])] == [["1", "5"], ["2", "10"], ["3", "3"]]


@pytest.mark.parametrize("later", [["11 - 18", "19 - 30", "31 - 58"], ["10 mins", "15 mins", "20 mins"]])
def test_page_ranges_or_minutes_that_go_up_in_a_later_column_stay_in_their_rows(later):
    pieces = []
    for k, (title, value) in enumerate(zip(["Welcome", "Minutes", "Budget"], later, strict=True)):
        top = 740 - k * 20
        pieces += [_piece(30, top, f"{k + 1}"), _piece(50, top, title), _piece(300, top, value)]
    assert [line.split()[:2] for line in page_lines(pieces, [])] == [
        ["1", "Welcome"],
        ["2", "Minutes"],
        ["3", "Budget"],
    ]
    assert all(value in line for value, line in zip(later, page_lines(pieces, []), strict=True))


def test_a_two_column_pdf_file(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Public Board Meeting, Thursday 26 March 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    for x, items in (
        (12, ["1. Welcome", "2. Minutes", "3. Patient story"]),
        (108, ["4. Finance", "5. Any other business"]),
    ):
        pdf.set_y(top)
        for text in items:
            pdf.set_x(x)
            number, title = text.split(" ", 1)
            pdf.cell(8, 6, number)
            pdf.cell(80, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(x + 8)
            pdf.cell(80, 6, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "board.pdf"))
    agenda = read_agenda_file(tmp_path / "board.pdf")
    assert [(i.number, i.title, i.presenter) for i in agenda.items] == [
        ("1", "Welcome", "Chair"),
        ("2", "Minutes", "Chair"),
        ("3", "Patient story", "Chair"),
        ("4", "Finance", "Chair"),
        ("5", "Any other business", "Chair"),
    ]


def test_a_time_range_before_a_colon_gives_the_start_end_and_not_the_place():
    agenda = read_agenda(
        "Hi everyone,\n\nHere's the plan for Wednesday 14 January 2026 at Sure Start Centre, 10am-12pm:\n\n"
        "• Welcome (10:00-10:10)\n• AOB (11:30-12:00)"
    )
    assert (agenda.meeting.start_time, agenda.meeting.end_time) == ("10:00", "12:00")
    assert agenda.meeting.place == "Sure Start Centre"


def test_a_part_heading_above_the_first_item_gives_its_purpose_and_is_not_private():
    agenda = read_agenda(
        "CITY OF HARLOW BRIDGE COUNCIL\nHEALTH SCRUTINY PANEL\nThursday 5 February 2026 at 6.00 pm\n\n"
        "PART A – ITEMS FOR DECISION\nA. Apologies\nB. Minutes\nPART B – ITEMS FOR INFORMATION\nC. Work programme"
    )
    assert [(i.number, i.purpose) for i in agenda.items] == [("A", "decision"), ("B", "decision"), ("C", "information")]
    assert (agenda.meeting.committee, agenda.meeting.private_part) == ("HEALTH SCRUTINY PANEL", False)


def test_enc_references_at_the_end_of_titles_and_a_timed_close_ends_the_meeting():
    agenda = read_agenda(
        "Council of Governors\nTuesday 3 March 2026, 5pm\n"
        "1. Chief Executive's report Enc. C          Chief Executive    17:05\n"
        "2. Any other business                       Chair              18:00\n"
        "Close                                                          18:15"
    )
    assert [(i.title, i.papers) for i in agenda.items][:2] == [
        ("Chief Executive's report", "Enc. C"),
        ("Any other business", ""),
    ]
    assert (agenda.meeting.start_time, agenda.meeting.end_time) == ("17:00", "18:15")


def test_a_paper_number_column_holds_year_and_number_references():
    agenda = read_agenda(
        "NHS Example Board\nDate: 24 June 2026\nItem   Title            Paper No.   Lead\n"
        "1      Apologies        Verbal      Chair\n2      Minutes          24/56       Chair"
    )
    assert [(i.title, i.papers, i.presenter) for i in agenda.items] == [
        ("Apologies", "Verbal", "Chair"),
        ("Minutes", "24/56", "Chair"),
    ]
    assert "Paper No." not in agenda.meeting.text


def test_a_web_page_with_a_heading_on_each_item_and_paragraphs_under_them():
    from coprep.core.meetings.agenda_html import page_text

    page = (
        "<h1>Board meeting in public</h1><p>Thursday 16 April 2026, 10am to 12pm at The Hub, Mill Lane</p>"
        "<h3>Welcome</h3><p>Our chair will open the meeting.</p>"
        "<h3>Our priorities</h3><p>Led by our Chief Executive. The board is asked to agree the priorities.</p>"
        "<h3>Questions from the public</h3>"
    )
    agenda = read_agenda(page_text(page))
    assert [(i.title, i.presenter, i.purpose) for i in agenda.items] == [
        ("Welcome", "", None),
        ("Our priorities", "Chief Executive", "approval"),
        ("Questions from the public", "", None),
    ]
    assert (agenda.meeting.date, agenda.meeting.place) == ("2026-04-16", "The Hub, Mill Lane")


def test_headings_on_a_page_with_a_table_do_not_mark_items():
    from coprep.core.meetings.agenda_html import page_text

    page = "<h2>Part A</h2><table><tr><td>1.</td><td>Welcome</td></tr></table><h2>Part B</h2>"
    assert page_text(page).splitlines() == ["Part A", "1.\tWelcome", "Part B"]


def test_a_committee_code_with_plain_numbers_labels_items_when_it_repeats():
    agenda = read_agenda(
        "Greystone Integrated Care Board\nQuality and Performance Committee\nThursday 7 May 2026, 09:30 - 12:30\n"
        "QPC 01\t09:30\tWelcome\tChair\nQPC 02\t09:40\tQuality report\tDirector of Quality\tPaper 2"
    )
    assert [(i.number, i.title, i.papers) for i in agenda.items] == [
        ("QPC 01", "Welcome", ""),
        ("QPC 02", "Quality report", "Paper 2"),
    ]
    assert agenda.meeting.committee == "Quality and Performance Committee"


def test_a_code_and_number_said_once_is_not_a_label():
    items = parse_agenda("1. Welcome\n2. Update on NHS 111 Online from the provider")
    assert [i.title for i in items] == ["Welcome", "Update on NHS 111 Online from the provider"]


def test_labels_one_after_another_on_a_line_and_papers_in_brackets_in_a_column():
    agenda = read_agenda(
        "Joint Health Scrutiny Committee & Agenda\n"
        "Date: Monday 27 April 2026 Time: 10.30 a.m. Venue: Committee Room A, County Hall\n"
        "14:05  Minutes of last meeting  (Paper 1)\n14:15  CEO report  (Paper 2)  — for information"
    )
    assert (agenda.meeting.place, agenda.meeting.start_time) == ("Committee Room A, County Hall", "10:30")
    assert agenda.meeting.committee == "Joint Health Scrutiny Committee"
    assert [(i.title, i.papers, i.purpose) for i in agenda.items] == [
        ("Minutes of last meeting", "Paper 1", None),
        ("CEO report", "Paper 2", "information"),
    ]


def test_a_spreadsheets_finish_time_label_stays_whole():
    agenda = read_agenda(
        "Programme Board\nMeeting date:\t12/03/2026\nStart time:\t14:00\nFinish time:\t16:00\n1\tWelcome"
    )
    assert (agenda.meeting.start_time, agenda.meeting.end_time) == ("14:00", "16:00")


def test_a_running_header_is_kept_once_and_its_day_leads_to_the_time_on_another_line():
    from coprep.core.meetings.agenda_pdf import without_running_lines

    header = "Kingsmere Trust - Board - 18 June 2026"
    pages = [[header, "Board of Directors", "Thursday 18 June 2026 at 10:00", "1. Welcome"], [header, "2. Close"]]
    lines = [line for page in without_running_lines(pages) for line in page]
    assert lines == [header, "Board of Directors", "Thursday 18 June 2026 at 10:00", "1. Welcome", "2. Close"]
    agenda = read_agenda("\n".join(lines))
    assert (agenda.meeting.date, agenda.meeting.start_time) == ("2026-06-18", "10:00")


def test_asked_to_note_inside_a_sentence_gives_the_purpose():
    items = parse_agenda("1. Estates report\n   The board will receive a report and is asked to note the progress.")
    assert items[0].purpose == "information"
