"""Agenda text becomes agenda items and the meeting's details, and no real line is ever lost."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprep.core.meetings.agenda_fields import PURPOSE_WORDS
from coprep.core.meetings.agenda_lines import is_noise, parse_agenda, read_agenda
from coprep.core.meetings.agenda_parsed import ParsedItem
from coprep.core.meetings.meetings import PURPOSES


def by_number(items: list[ParsedItem]) -> dict[str, ParsedItem]:
    return {item.number: item for item in items if item.number}


# ---------------------------------------------------------------- samples

ICB_BOARD = """\
NHS Northshire Integrated Care Board
Board meeting held in public
Thursday 12 March 2026, 10:00 – 13:00, The Boardroom, Riverside House

ICB 23/045\tWelcome, introductions and apologies\tFor information\tChair\t10:00
ICB 23/046\tDeclarations of interest\tFor information\tChair\t10:05
ICB 23/047\tMinutes of the meeting held on 9 January 2026\tFor approval\tChair\t10:10
ICB 23/048\tChief Executive's report\tFor assurance\tHelen Okafor, Chief Executive\t10:15
ICB 23/049\tIntegrated performance report – Month 10\tFor discussion\tDirector of Performance\t10:35
ICB 23/050\tWinter resilience follow-up\tFor assurance\tDr Priya Raman\t11:05
ICB 23/051\tAnnual cycle of business\tFor ratification\tBoard Secretary\t11:30
"""


def test_icb_board_codes_columns_and_heading():
    agenda = read_agenda(ICB_BOARD)
    meeting = agenda.meeting
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.end_time) == (
        "NHS Northshire Integrated Care Board",
        "2026-03-12",
        "10:00",
        "13:00",
    )  # "Board meeting" alone is too vague
    assert meeting.place == "The Boardroom, Riverside House"
    assert "Board meeting held in public" in meeting.text  # the lines above the items are kept
    items = agenda.items
    assert items[0].number == "ICB 23/045"  # the heading lines are no item
    rows = by_number(items)
    assert list(rows) == [f"ICB 23/0{n}" for n in range(45, 52)]
    ceo = rows["ICB 23/048"]
    assert (ceo.title, ceo.purpose, ceo.presenter, ceo.time) == (
        "Chief Executive's report",
        "assurance",
        "Helen Okafor, Chief Executive",
        "10:15",
    )
    ipr = rows["ICB 23/049"]
    assert ipr.title == "Integrated performance report – Month 10"  # "Month 10" is no presenter
    assert ipr.presenter == "Director of Performance"
    assert rows["ICB 23/050"].title == "Winter resilience follow-up"
    assert rows["ICB 23/050"].time == "11:05"
    assert rows["ICB 23/047"].purpose == "approval"
    assert rows["ICB 23/051"].purpose == "approval"  # ratification counts as approval


TRUST_BOARD = """\
Northshire Hospitals NHS Foundation Trust
Trust Board – Part 1 (public)

TB/24/12   Patient story: living with long COVID              Chief Nurse           09:30
TB/24/13   Minutes of the previous meeting   For approval     Chair                 09:50
TB/24/14   Action log                        For noting       Company Secretary     09:55
TB/24/15   Maternity safety report           To be assured    Director of Midwifery 10:00
           Includes the quarterly perinatal mortality review.
TB/24/16   Green plan 2024 - 2026            For review       Estates Director      10:20
"""


def test_trust_board_space_columns():
    rows = by_number(parse_agenda(TRUST_BOARD))
    assert list(rows) == ["TB/24/12", "TB/24/13", "TB/24/14", "TB/24/15", "TB/24/16"]
    story = rows["TB/24/12"]
    assert story.title == "Patient story: living with long COVID"
    assert (story.purpose, story.presenter, story.time) == (None, "Chief Nurse", "09:30")
    assert rows["TB/24/14"].purpose == "information"
    maternity = rows["TB/24/15"]
    assert maternity.purpose == "assurance"
    assert maternity.presenter == "Director of Midwifery"
    assert maternity.description == "Includes the quarterly perinatal mortality review."
    green = rows["TB/24/16"]
    assert green.title == "Green plan 2024 - 2026"  # a year range is not a presenter dash
    assert (green.purpose, green.presenter) == ("other", "Estates Director")


MODERN_GOV = """\
Agenda and minutes
Venue: Council Chamber, County Hall, Northtown. View directions
Contact: Democratic Services

Items
No.\tItem
1.\t
Apologies for absence
To receive apologies for absence.

Minutes:
Apologies were received from Councillor Ruth Adeyemi.

2.\t
Minutes of the previous meeting  pdf icon PDF 297 KB
To approve the minutes of the meeting held on 5 February 2026.

Additional documents:
Minutes appendix - action tracker  PDF 1 MB
3.\t
Northshire Health and Wellbeing Strategy refresh  pdf icon PDF 512 KB
Download
4.\t
Exclusion of the press and public
View the reasons why item 4. is restricted
Page 3 of 12
"""


def test_modern_gov_page_copied_from_browser():
    items = parse_agenda(MODERN_GOV)
    rows = by_number(items)
    assert list(rows) == ["1", "2", "3", "4"]
    apologies = rows["1"]
    assert apologies.title == "Apologies for absence"  # the title is on the line after "1."
    assert apologies.purpose is None  # "To receive apologies" is council wording, not a purpose
    assert "To receive apologies for absence." in apologies.description
    assert "Councillor Ruth Adeyemi" in apologies.description
    minutes = rows["2"]
    assert minutes.title == "Minutes of the previous meeting"  # file size moved out of the title
    assert minutes.purpose == "approval"
    assert "Minutes appendix - action tracker" in minutes.description
    assert rows["3"].title == "Northshire Health and Wellbeing Strategy refresh"
    everything = "\n".join(str(item.to_dict()) for item in items)
    for noise in ("Additional documents", "Download", "View the reasons", "Page 3 of 12", "Minutes:"):
        assert noise not in everything
    meeting = read_agenda(MODERN_GOV).meeting
    assert meeting.place == "Council Chamber, County Hall, Northtown"
    assert "Democratic Services" in meeting.text
    assert meeting.private_part  # "Exclusion of the press and public"


EMAIL = """\
Hi all,

Please find below the agenda for Tuesday's Patient Panel.

1. Welcome and apologies - Sam Hughes
2. Minutes of the last meeting
For approval
3. Update on the follow-up clinic review – Dr Lena Fischer
For discussion
4. Terms of reference (For decision)
5. Any other business

Thanks,
Sam
"""


def test_email_with_numbers_and_purpose_lines():
    agenda = read_agenda(EMAIL)
    assert agenda.meeting.committee == "Patient Panel"
    assert "Hi all," in agenda.meeting.text
    rows = by_number(agenda.items)
    assert rows["1"].title == "Welcome and apologies"
    assert rows["1"].presenter == "Sam Hughes"
    assert rows["2"].purpose == "approval"
    assert rows["2"].description == ""  # the tag line filled the field, not the description
    follow_up = rows["3"]
    assert follow_up.title == "Update on the follow-up clinic review"
    assert (follow_up.presenter, follow_up.purpose) == ("Dr Lena Fischer", "discussion")
    assert (rows["4"].title, rows["4"].purpose) == ("Terms of reference", "decision")
    assert rows["5"].title == "Any other business"
    assert rows["5"].description == ""  # the sign-off after a blank line is no part of the item
    assert "Thanks," in agenda.meeting.text


NESTED = """\
1. Governance
1.1 Terms of reference – for approval
1.2 Risk register (For assurance)
(a) Corporate risks
(b) Clinical risks
i. Falls
ii. Pressure ulcers
(iv) Infection control
IV. Annual cycle of business
2.3.1 Cyber security follow-up
b) Estates
Item 5 Questions from the public
Agenda item 6: Date of next meeting
"""


def test_nested_numbering_and_roman_numerals():
    items = parse_agenda(NESTED)
    assert [item.number for item in items] == [
        "1",
        "1.1",
        "1.2",
        "(a)",
        "(b)",
        "i",
        "ii",
        "(iv)",
        "IV",
        "2.3.1",
        "b",
        "Item 5",
        "Agenda item 6",
    ]
    rows = by_number(items)
    assert (rows["1.1"].title, rows["1.1"].purpose) == ("Terms of reference", "approval")
    assert (rows["1.2"].title, rows["1.2"].purpose) == ("Risk register", "assurance")
    assert rows["1.1"].time is None  # "1.1" is a number, never 01:10
    assert rows["ii"].title == "Pressure ulcers"
    assert rows["2.3.1"].title == "Cyber security follow-up"
    assert rows["Agenda item 6"].title == "Date of next meeting"


TIMED = """\
10.15am  Welcome and introductions
10.30am  Patient experience update - Maria Costa
2pm      Break-out groups
2.30 pm  Feedback and close
"""


def test_am_pm_times_start_items_without_numbers():
    items = parse_agenda(TIMED)
    assert [item.time for item in items] == ["10:15", "10:30", "14:00", "14:30"]
    assert [item.title for item in items] == [
        "Welcome and introductions",
        "Patient experience update",
        "Break-out groups",
        "Feedback and close",
    ]
    assert items[1].presenter == "Maria Costa"
    assert items[2].presenter == ""  # "Break-out" is a hyphenated word, not a dash


CRG = """\
Renal Services Clinical Reference Group
Agenda – Wednesday 4 March 2026, via Microsoft Teams

Item 1  Welcome and apologies                       Chair
Item 2  Haemodialysis service specification review
The group will review the draft specification and the consultation plan.
Comments from patient and public voice members are invited.
Presented by Dr Tomasz Nowak, Clinical Lead
Item 3  Horizon scanning
To note
Item 4  Any other business
"""


def test_crg_agenda_with_description_lines():
    agenda = read_agenda(CRG)
    assert agenda.meeting.committee == "Renal Services Clinical Reference Group"
    assert (agenda.meeting.date, agenda.meeting.place) == ("2026-03-04", "Microsoft Teams")
    rows = by_number(agenda.items)
    assert rows["Item 1"].presenter == "Chair"
    spec = rows["Item 2"]
    assert spec.title == "Haemodialysis service specification review"
    assert spec.description.splitlines() == [
        "The group will review the draft specification and the consultation plan.",
        "Comments from patient and public voice members are invited.",
    ]
    assert spec.presenter == "Dr Tomasz Nowak, Clinical Lead"
    assert rows["Item 3"].purpose == "information"
    assert rows["Item 3"].description == ""


PDF_TABLE = """\
1.
Welcome and apologies
10:00
2.
Quality account 2025/26
For approval
Lead: Director of Nursing
10:10
- 3 -
Page 2 of 4
"""


def test_pdf_table_extracted_one_cell_per_line():
    rows = by_number(parse_agenda(PDF_TABLE))
    assert (rows["1"].title, rows["1"].time) == ("Welcome and apologies", "10:00")
    quality = rows["2"]
    assert quality.title == "Quality account 2025/26"
    assert (quality.purpose, quality.presenter, quality.time) == ("approval", "Director of Nursing", "10:10")
    assert quality.description == "3 -"  # a page number is not noise: kept, bullet dash dropped


def test_dotted_times_in_first_column_when_agenda_clearly_uses_them():
    items = parse_agenda("09.30  Coffee\n10.00  1. Welcome\n10.15  2. Minutes\n10.45  3. Budget\n")
    assert [item.time for item in items] == ["09:30", "10:00", "10:15", "10:45"]
    assert [item.number for item in items] == ["", "1", "2", "3"]


@pytest.mark.parametrize(
    "line, number, title, time",
    [
        ("1.1 Budget", "1.1", "Budget", None),
        ("2.30 Finance report", "2.30", "Finance report", None),
        ("2.30 pm Finance report", "", "Finance report", "14:30"),
        ("10.00 - 10.15 Welcome", "", "Welcome", "10:00"),
        ("10:00–10:15 Welcome", "", "Welcome", "10:00"),
        ("10:00 to 10:15 Welcome", "", "Welcome", "10:00"),
        ("3. Welcome 10:00", "3", "Welcome", "10:00"),
        ("3. Welcome (2pm)", "3", "Welcome", "14:00"),
        ("4) 9.00 a.m. Site visit", "4", "Site visit", "09:00"),
        ("5.  Finance    10.30", "5", "Finance", "10:30"),
        ("6 Quality 14.30hrs", "6", "Quality", "14:30"),
        ("7. Lunch 12pm", "7", "Lunch", "12:00"),
        ("8. Night shift review 12.30am", "8", "Night shift review", "00:30"),
        ("2-3pm Workshop", "", "Workshop", "14:00"),
        ("11.30-12.15pm Workshop", "", "Workshop", "11:30"),
        ("9. Review of 24/7 services", "9", "Review of 24/7 services", None),
        ("10. Budget 2025.26", "10", "Budget 2025.26", None),
    ],
)
def test_times_and_numbers(line, number, title, time):
    [item] = parse_agenda(line)
    assert (item.number, item.title, item.time) == (number, title, time)


@pytest.mark.parametrize(
    "line, purpose",
    [
        ("1. Budget For approval", "approval"),
        ("1. Budget - To approve", "approval"),
        ("1. Budget (FOR DECISION)", "decision"),
        ("1. Budget: to decide", "decision"),
        ("1. Budget, for discussion", "discussion"),
        ("1. Budget – to discuss", "discussion"),
        ("1. Budget for information", "information"),
        ("1. Budget - to note", "information"),
        ("1. Budget – for noting", "information"),
        ("1. Budget [To receive]", "information"),
        ("1. Budget\tNote", "information"),
        ("1. Budget\tApprove", "approval"),
        ("1. Budget\tAgree", "approval"),
        ("1. Budget\tNote/ Information", "information"),
        ("1. Budget – for assurance", "assurance"),
        ("1. Budget – to assure", "assurance"),
        ("1. Budget – to be assured", "assurance"),
        ("1. Budget – for ratification", "approval"),
        ("1. Budget – to endorse", "approval"),
        ("1. Budget – for review", "other"),
    ],
)
def test_purpose_tags_are_mapped_and_removed(line, purpose):
    [item] = parse_agenda(line)
    assert (item.title, item.purpose) == ("Budget", purpose)


def test_purpose_phrase_inside_a_title_sets_purpose_but_keeps_the_words():
    [item] = parse_agenda("2. To approve the minutes of the meeting held on 4 May")
    assert item.purpose == "approval"
    assert item.title == "To approve the minutes of the meeting held on 4 May"


def test_title_without_any_tag_has_no_purpose():
    [item] = parse_agenda("3. Chief Executive's report")
    assert item.purpose is None


@pytest.mark.parametrize(
    "line, title, presenter",
    [
        ("1. Finance report – Director of Finance", "Finance report", "Director of Finance"),
        ("1. Chair's welcome - Jane Smith", "Chair's welcome", "Jane Smith"),
        ("1. Finance report—Director of Finance", "Finance report", "Director of Finance"),
        ("1. Finance report, presented by Amir Khan", "Finance report", "Amir Khan"),
        ("1. Finance report (Presented by Amir Khan)", "Finance report", "Amir Khan"),
        ("1. Finance report. Lead: Chief Finance Officer", "Finance report.", "Chief Finance Officer"),
        ("1. Finance report Presenter: Amir Khan", "Finance report", "Amir Khan"),
        ("1. Finance report – for approval – Amir Khan", "Finance report", "Amir Khan"),
        ("1. Follow-up of audit actions", "Follow-up of audit actions", ""),
        ("1. Financial plan 2025 - 2026", "Financial plan 2025 - 2026", ""),
        ("1. Winter plan - verbal update", "Winter plan - verbal update", ""),
        ("1. Winter plan - Update", "Winter plan - Update", ""),
        ("1. Performance - April to June", "Performance - April to June", ""),
        ("1. Capital programme 2024–25", "Capital programme 2024–25", ""),
        ("1. Quality report - Q3", "Quality report - Q3", ""),
    ],
)
def test_presenters(line, title, presenter):
    [item] = parse_agenda(line)
    assert (item.title, item.presenter) == (title, presenter)


def test_lines_without_any_numbers_each_become_an_item():
    text = "Welcome and introductions\nMinutes of the last meeting – Chair\n\nPatient stories\n"
    items = parse_agenda(text)
    assert [item.title for item in items] == [
        "Welcome and introductions",
        "Minutes of the last meeting",
        "Patient stories",
    ]
    assert items[1].presenter == "Chair"
    assert all(item.number == "" for item in items)


def test_section_heading_between_items_opens_the_next_items_description():
    items = parse_agenda("1. Welcome\nQUALITY AND SAFETY\n2. Infection control report\nNext line\n")
    assert [(item.number, item.title) for item in items] == [("1", "Welcome"), ("2", "Infection control report")]
    assert items[1].description == "QUALITY AND SAFETY\nNext line"


def test_bullets_are_stripped_and_dates_are_not_numbers():
    items = parse_agenda("• 1. Welcome\n• 2. Minutes\n12 March 2026 meeting notes\n")
    assert [item.title for item in items] == ["Welcome", "Minutes"]
    assert items[1].description == "12 March 2026 meeting notes"


def test_to_dict_has_exactly_the_api_keys():
    [item] = parse_agenda("1. Welcome – Chair 10:00")
    assert item.to_dict() == {
        "number": "1",
        "title": "Welcome",
        "purpose": None,
        "presenter": "Chair",
        "time": "10:00",
        "papers": "",
        "pages": "",
        "description": "",
    }


def test_empty_and_noise_only_text_gives_no_items():
    assert parse_agenda("") == []
    assert parse_agenda("\n  \nPDF 1 MB\nPage 1 of 2\n-----\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "\t",
        "pdf icon PDF 297 KB",
        "PDF 1 MB",
        "pdf icon PDF 1.2 MB",
        "Additional documents:",
        "Download",
        "View the reasons why item 4. is restricted",
        "View the reasons why document 12 is restricted",
        "Minutes:",
        "Page 3 of 12",
        "Page 3",
        "•",
        "-",
        "*",
        "------",
        "______",
        "=====",
        " – ",
        ". . .",
    ],
)
def test_noise_lines(line):
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "Minutes",
        "Minutes of the previous meeting",
        "Download of patient records audit",
        "Additional documents for the finance committee",
        "Page 3 summary of risks",
        "Pages of the quality account",
        "PDF accessibility review",
        "1.",
        "(a)",
        "a",
        "Chair",
        "Any other business",
        "ICB 23/045",
        "-5% variance",
        "Apologies",
    ],
)
def test_real_lines_are_not_noise(line):
    assert not is_noise(line)


# ------------------------------------------------------- no line is lost

TAG_RE = re.compile(
    r"\b(?:for|to)\s+(?:be\s+)?(?:approval|approved?|ratif(?:ication|y|ied)|endorse(?:ment|d)?"
    r"|agree(?:ment|d)?|decision|decided?|discuss(?:ion|ed)?|consider(?:ation|ed)?|comment"
    r"|information|info|note[d]?|noting|received?|assur(?:ance|e|ed)|review(?:ed)?)\b",
    re.I,
)
INTRO_RE = re.compile(r"\b(?:presented\s+by|led\s+by)\b|\b(?:presenter|lead)\s*:", re.I)
TIME_RE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?)?"
    r"(?:\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?)?)?",
    re.I,
)
REWRITTEN = {"am", "pm", "hr", "hrs", "to", "noon", "until", "page", "pages", *PURPOSE_WORDS}


def words_that_must_survive(line: str) -> list[str]:
    """Words with letters, minus the parts the parser may rewrite (tags, prefixes, times)."""
    for pattern in (TAG_RE, INTRO_RE, TIME_RE):
        line = pattern.sub(" ", line)
    return [w for w in re.findall(r"[^\W\d_]+", line) if w.casefold() not in REWRITTEN]


def assert_nothing_lost(text: str) -> None:
    agenda = read_agenda(text)
    items = agenda.items
    output = (
        agenda.meeting.text
        + "\n"
        + "\n".join(
            "\n".join(
                [
                    item.number,
                    item.title,
                    item.purpose or "",
                    item.presenter,
                    item.time or "",
                    item.papers,
                    item.pages,
                    item.description,
                ]
            )
            for item in items
        )
    )
    for line in text.splitlines():
        if is_noise(line):
            continue
        for word in words_that_must_survive(line):
            assert word in output, f"{word!r} from line {line!r} was lost"
    for item in items:
        assert item.purpose in PURPOSES or item.purpose is None
        assert item.time is None or re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", item.time)
        assert set(item.to_dict()) == {
            "number",
            "title",
            "purpose",
            "presenter",
            "time",
            "papers",
            "pages",
            "description",
        }


@pytest.mark.parametrize("sample", [ICB_BOARD, TRUST_BOARD, MODERN_GOV, EMAIL, NESTED, TIMED, CRG, PDF_TABLE])
def test_samples_lose_no_line(sample):
    assert_nothing_lost(sample)


def test_the_loss_check_notices_a_dropped_line(monkeypatch):
    """Guards the guard: a parser that drops a description line must fail the check."""
    real = read_agenda

    def drops_descriptions(text):
        agenda = real(text)
        for item in agenda.items:
            item.description = ""
        return agenda

    monkeypatch.setattr(f"{__name__}.read_agenda", drops_descriptions)
    with pytest.raises(AssertionError, match="was lost"):
        assert_nothing_lost(CRG)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_loses_no_line(text):
    assert_nothing_lost(text)


PIECES = {
    "label": [
        "",
        "1.",
        "2)",
        "3",
        "12",
        "1.1",
        "2.3.1",
        "(a)",
        "b)",
        "(iv)",
        "ii.",
        "IV.",
        "ICB 23/045",
        "TB/24/12",
        "PB 24-101",
        "Item 5",
        "Agenda item 3",
        "•",
        "-",
    ],
    "tag": [
        "",
        "For approval",
        "to note",
        "(For decision)",
        "To be assured",
        "for ratification",
        "For review",
        "[to receive]",
        "FOR DISCUSSION",
    ],
    "presenter": [
        "",
        "Jane Smith",
        "Director of Finance",
        "Dr A Patel",
        "Presented by Sam Hughes",
        "Lead: Chief Nurse",
        "Presenter: Chair",
    ],
    "time": [
        "",
        "10:00",
        "10.15am",
        "2pm",
        "2.30 pm",
        "14:30",
        "10:00 - 10:15",
        "10:00–10:15",
        "9.00 a.m.",
        "10.30",
        "11.30-12.15pm",
    ],
    "sep": [" ", "  ", "\t", " - ", " – ", ", ", "—", ": "],
}
TITLE_WORDS = [
    "Finance",
    "report",
    "follow-up",
    "Board",
    "minutes",
    "to",
    "for",
    "risk",
    "2025/26",
    "Month",
    "10",
    "note",
    "Chair's",
    "QUALITY",
    "AND",
    "SAFETY",
    "of",
    "(draft)",
    "1.1",
    "2.30",
    "12",
    "March",
    "PDF",
    "297",
    "KB",
    "Page",
    "3",
    "24/7",
]

title = st.lists(st.sampled_from(TITLE_WORDS) | st.text(st.characters(), min_size=1, max_size=6), max_size=6).map(
    " ".join
)
part = {name: st.sampled_from(values) for name, values in PIECES.items()}
agenda_line = st.one_of(
    st.tuples(
        part["label"],
        part["sep"],
        title,
        part["sep"],
        part["tag"],
        part["sep"],
        part["presenter"],
        part["sep"],
        part["time"],
    ).map("".join),
    st.tuples(part["time"], part["sep"], part["label"], part["sep"], title).map("".join),
    st.permutations([part["label"], title, part["tag"], part["presenter"], part["time"]])
    .flatmap(lambda order: st.tuples(*order))
    .map("  ".join),
    st.sampled_from(
        ["", "pdf icon PDF 297 KB", "Additional documents:", "Page 3 of 12", "Minutes:", "-----", "•", "Download"]
    ),
    title,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(agenda_line, max_size=12).map("\n".join))
def test_agenda_like_text_never_raises_and_loses_no_line(text):
    assert_nothing_lost(text)


def test_colon_labels_and_dotted_leaders_of_a_contents_page():
    agenda = read_agenda("Meeting of the Governing Body\n1: Welcome\n2: Minutes .............. 5 - 12\n")
    assert [(i.number, i.title, i.pages) for i in agenda.items] == [("1", "Welcome", ""), ("2", "Minutes", "5-12")]
    assert agenda.meeting.committee == "Governing Body"


def test_several_labelled_details_on_one_line():
    meeting = read_agenda(
        "Trust Board (Public) Agenda\nDate: 01/04/2025   Time: 9.30am   Venue: Board Room\n"
        "I. Opening matters\nII. Strategy\n"
    ).meeting
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.place) == (
        "Trust Board",
        "2025-04-01",
        "09:30",
        "Board Room",
    )


@pytest.mark.parametrize(
    "line, title, presenter, description",
    [
        ("1) Welcome and introductions (Lead: Priya) - 10 mins", "Welcome and introductions", "Priya", "10 mins"),
        (
            "2) Update from the unit (Head of Midwifery) (15 minutes)",
            "Update from the unit",
            "Head of Midwifery",
            "15 minutes",
        ),
        ("3. Quality 14.30hrs", "Quality", "", ""),
    ],
)
def test_how_long_an_item_takes_goes_to_the_description(line, title, presenter, description):
    [item] = parse_agenda(line)
    assert (item.title, item.presenter, item.description) == (title, presenter, description)


def test_a_centred_table_row_keeps_its_wrapped_title_whole():
    text = (
        "Time     Item                                   Lead              Paper\n"
        "         1. Welcome, apologies and declarations\n"
        "10:00                                           Committee Chair   Verbal\n"
        "         of interest\n"
        "10:05    2. Minutes of the last meeting          Committee Chair   A\n"
    )
    items = parse_agenda(text)
    assert [(i.title, i.time, i.presenter) for i in items] == [
        ("Welcome, apologies and declarations of interest", "10:00", "Committee Chair"),
        ("Minutes of the last meeting", "10:05", "Committee Chair"),
    ]


# Tables laid out with spaces, as copied from a PDF: rows, wrapped cells, centred cells, indents.
LAYOUT_WORDS = st.sampled_from(
    [
        "1.",
        "2.",
        "Chair",
        "Note",
        "Approve",
        "10:00",
        "QC25/101",
        "Minutes",
        "of",
        "the",
        "interest",
        "Director",
        "Verbal",
        "A",
        "Part",
        "2",
        "-",
        "(a)",
        "Lunch",
        "12:15 – 13:00",
        "Page",
        "Item",
    ]
)
layout_line = st.tuples(
    st.integers(0, 12),
    st.lists(
        st.tuples(st.lists(LAYOUT_WORDS, min_size=1, max_size=4).map(" ".join), st.integers(1, 14)),
        min_size=1,
        max_size=5,
    ),
).map(lambda p: " " * p[0] + "".join(cell + " " * gap for cell, gap in p[1]).rstrip())


@settings(max_examples=300, deadline=None)
@given(st.lists(layout_line, max_size=14).map("\n".join))
def test_space_aligned_tables_never_raise_and_lose_no_line(text):
    assert_nothing_lost(text)
