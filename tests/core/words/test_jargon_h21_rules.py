"""Senses and forms added after the twenty-first held-back batch (h21) of tests/data/papers
(performance reports: an ICB's IPR, Northern Ireland's ministerial targets, an ambulance trust,
a mental health trust's committee, a Welsh IPAR, a Scottish board's waiting times): each is tried
on invented sentences, not on the batch's own words."""

import pytest
from first_use import first_use


def _meant(text: str, written: str) -> tuple[str, str]:
    """The entry and sense given to `written` where the text first uses it, or ("", "")."""
    return (found.term, found.sense) if (found := first_use(text, written)) else ("", "")


def test_exceptions_in_a_performance_report_are_the_measures_off_track():
    text = "Of the 40 metrics in the IPR, the exceptions below missed their target in May."
    assert _meant(text, "exceptions")[1] == "exceptions:performance"


def test_a_number_of_days_alone_is_not_a_cancer_standard():
    assert _meant("A follow-up inspection is due within 62 days of the visit.", "62 days") == ("", "")


def test_exceptions_elsewhere_get_no_meaning():
    assert _meant("With few exceptions, members found the new room easy to reach.", "exceptions") == ("", "")


def test_responsive_among_the_cqc_questions_is_the_key_question():
    text = "Domain: Responsive. Complaints answered within 25 working days: 81%."
    assert _meant(text, "Responsive")[0] == "CQC key questions"


def test_responsive_in_everyday_use_gets_no_meaning():
    assert _meant("The chair thanked the team for being so responsive to carers' letters.", "responsive") == ("", "")


@pytest.mark.parametrize(
    ("text", "written", "entry"),
    [
        ("Cancer 31-day performance fell to 90% in June.", "Cancer 31-day", "31-day standard"),
        ("Cancer 62-day performance improved for the third month.", "Cancer 62-day", "62-day standard"),
        ("There are 120 patients waiting 52+ weeks at the trust.", "52+ weeks", "52-week wait"),
        ("Crews were released under W45 at both hospitals.", "W45", "Handover delays"),
        ("Mean 999 call answer time was 4 seconds.", "999 call answer time", "Call answer time"),
        ("The stroke care bundle was met for 80% of patients.", "stroke care bundle", "Care bundle"),
    ],
)
def test_the_bare_forms_performance_reports_write_are_explained(text, written, entry):
    assert _meant(text, written)[0] == entry
