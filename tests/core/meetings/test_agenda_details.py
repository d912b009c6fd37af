"""The meeting's details come from the top of an agenda, however it is laid out."""

import pytest

from coprep.core.meetings.agenda_details import is_private
from coprep.core.meetings.agenda_lines import read_agenda


def details(text: str) -> tuple:
    meeting = read_agenda(text + "\n1. Welcome\n2. Minutes\n").meeting
    return meeting.committee, meeting.date, meeting.start_time, meeting.end_time, meeting.place


@pytest.mark.parametrize(
    "top, expected",
    [
        (
            "Health Scrutiny Committee - Tuesday, 14th January, 2025 2.00 pm\nVenue: Room 1, Town Hall. View directions",
            ("Health Scrutiny Committee", "2025-01-14", "14:00", None, "Room 1, Town Hall"),
        ),
        (
            "Funding Committee\nDate: 23 January 2025\nTime: 09:15 for 09:30 start – 16:00\nLocation: Zoom",
            ("Funding Committee", "2025-01-23", "09:30", "16:00", "Zoom"),
        ),
        (
            "Patient Forum\nWhen: Tuesday 14 October 2025, 10.30am to 12 noon\nWhere: The Garden Room",
            ("Patient Forum", "2025-10-14", "10:30", "12:00", "The Garden Room"),
        ),
        (
            "Finance Committee\nWednesday 19 November 2025 at 10:00 in the Board Room, Fernleigh House",
            ("Finance Committee", "2025-11-19", "10:00", None, "the Board Room, Fernleigh House"),
        ),
        (
            "Research Advisory Group\nThursday 6 February 2025, 2.00 – 4.00pm\nRoom 2.03, Whitaker Building",
            ("Research Advisory Group", "2025-02-06", "14:00", "16:00", "Room 2.03, Whitaker Building"),
        ),
        (
            "NHS Kettlewood Integrated Care Board\nMeeting of the Board in Public\nDate: 18/03/2025",
            ("NHS Kettlewood Integrated Care Board", "2025-03-18", None, None, ""),
        ),
        (
            "Hello all,\n\nOur next Patient Participation Group meeting is on Tuesday 8 April 2025, 6pm to 7.30pm.",
            ("Patient Participation Group", "2025-04-08", "18:00", "19:30", ""),
        ),
    ],
)
def test_details_from_the_top_of_the_agenda(top, expected):
    assert details(top) == expected


@pytest.mark.parametrize(
    "top, expected",
    [
        (  # an email: the subject's date has no year, the sent date gives it; times and place in a sentence
            "From: Jo <jo@example.org>\nSent: Monday, 2 March 2026 16:42\nSubject: RE: PCN Board - Thursday 5 March"
            "\n\nHi all,\nWe're meeting at Elm Street Surgery (top floor) from 12.30 to 2pm, lunch provided.",
            ("PCN Board", "2026-03-05", "12:30", "14:00", "Elm Street Surgery"),
        ),
        (  # sent in December for a meeting in January
            "Sent: 15 December 2025 09:00\nSubject: Carers Forum on Tuesday 6 January\n\nHello everyone,",
            ("Carers Forum", "2026-01-06", None, None, ""),
        ),
        (  # labels in two languages
            "Pwyllgor Ansawdd / Quality Committee\nDyddiad / Date: Dydd Iau 26 Chwefror 2026 / Thursday 26 "
            "February 2026\nAmser / Time: 09:30 - 12:30\nLleoliad / Venue: Ystafell y Bwrdd / Boardroom",
            ("Pwyllgor Ansawdd / Quality Committee", "2026-02-26", "09:30", "12:30", "Ystafell y Bwrdd / Boardroom"),
        ),
        (  # a spreadsheet: each label in one cell, its value in another
            "Transformation Board\nMeeting date:\t\t12/03/2026\nStart time:\t\t14:00\nFinish time:\t\t16:00"
            "\nLocation:\t\tMS Teams",
            ("Transformation Board", "2026-03-12", "14:00", "16:00", "MS Teams"),
        ),
        (  # the council's name comes first, the committee after it; the place is in the sentence with the date
            "BRACKENSHIRE COUNCIL\nADULT SOCIAL CARE SCRUTINY COMMITTEE\nA meeting will be held in the Council "
            "Chambers, Kilbrannan House, on Wednesday 18 February 2026 at 10.00am.",
            (
                "ADULT SOCIAL CARE SCRUTINY COMMITTEE",
                "2026-02-18",
                "10:00",
                None,
                "the Council Chambers, Kilbrannan House",
            ),
        ),
    ],
)
def test_details_in_emails_spreadsheets_and_two_languages(top, expected):
    assert details(top) == expected


def test_a_yearless_date_with_a_short_weekday_is_checked_against_it():
    sent = "Sent: Tuesday, 10 February 2026 09:12\nSubject: Carers Forum - {day} 18 Feb\n"
    assert details(sent.format(day="Weds"))[1] == "2026-02-18"
    assert details(sent.format(day="Thurs"))[1] is None  # a Wednesday in 2026; 2027 is too far ahead


def test_a_yearless_date_needs_the_date_an_email_was_sent():
    assert details("Carers Forum\nThursday 5 March, 2pm")[1] is None


def test_a_missing_start_comes_from_the_first_item_and_the_end_from_close():
    meeting = read_agenda("Quality Group\n09.30  Welcome\n10.00  Reports\n11.30  Close\n").meeting
    assert (meeting.start_time, meeting.end_time) == ("09:30", "11:30")


def test_a_date_that_does_not_exist_is_not_used():
    assert read_agenda("Board\n31 February 2025\n1. Welcome\n").meeting.date is None


@pytest.mark.parametrize(
    "line, private",
    [
        ("PART 2 - EXEMPT ITEMS", True),
        ("Part 2 – closed session", True),
        ("CLOSED SESSION", True),
        ("Exclusion of the Press and Public", True),
        ("PART C – CONFIDENTIAL BUSINESS", True),
        ("Part 1 – meeting held in public", False),
        ("Part B – Strategy", False),
        ("Board Meeting held in Public", False),
        ("Minutes of the private patients unit review", False),
    ],
)
def test_private_part_wording(line, private):
    assert is_private(line) is private


def test_private_part_is_found_among_the_items():
    assert read_agenda("1. Welcome\nPART 2 - EXEMPT ITEMS\n2. Contract award\n").meeting.private_part
    assert not read_agenda("1. Welcome\n2. Budget\n").meeting.private_part
