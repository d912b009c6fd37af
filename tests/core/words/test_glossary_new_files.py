"""The glossary files added for issue 13 are well formed, plain and do not repeat each other.

Every word of a meaning must be common English (wordfreq Zipf >= 3.0, after taking off a plural,
-ed or -ing) or itself a term or form in the glossary, so no meaning explains one hard word with
another. Capitals must be explained too, and a form may belong to one entry only.
"""

import csv
import re
import statistics
from pathlib import Path

import pytest
import textstat
from wordfreq import zipf_frequency

from coprep.core.words.glossary import SIDE_FILES

GLOSSARY_DIR = Path(__file__).resolve().parents[3] / "resources" / "glossary"
HEADER = ["term", "forms", "meaning", "category", "see_also", "example", "source", "checked"]
NEW_FILES = (
    "finance",
    "urgent_care",
    "safety",
    "planning",
    "research_infrastructure",
    "workforce",
    "social_care",
    "devolved",
    "councils",
    "commissioning",
    "mental_health",
    "primary_care",
    "elective_care",
    "digital",
    # added for the fourth held-back batch (h4)
    "medicines",
    "infection_control",
    "children",
    "end_of_life",
    "research_ethics",
    "estates",
    "diagnostics",
    "complaints",
    "public_health",
    "community_services",
    "wales",
    "scotland",
    "northern_ireland",
    "care_market",
    "health_services",
    "governance",
    "health_and_justice",
    "organ_donation",
    "charities",
    # added for the sixth held-back batch (h6)
    "continuing_care",
    "laboratories",
    "board_pay",
    "safeguarding",
    "immunisation",
    "mortality",
    "hospital_care",
    # added for the seventh held-back batch (h7)
    "maternity",
    "cancer",
    "statistics",
    "quality_oversight",
    "devolved_bodies",
    "public_health_data",
    "clinical_policy",
    "staff_experience",
    "facilities",
    "digital_programmes",
    "learning_disability",
    "rehabilitation",
    # added for the eighth held-back batch (h8)
    "h8_additions",
    # added for the jargon-buster batch (c3)
    "nhs_bodies",
    "care_and_support",
    "health_measures",
    "plans_and_programmes",
    "public_money",
    "research_terms",
    "services_and_staff",
    # added for the ninth held-back batch (h9)
    "mental_health_law",
    "emergency_preparedness",
    "patient_transport",
    "neonatal",
    "medical_regulation",
    "hospital_discharge",
    "information_governance",
    "h9_additions",
    # added for the tenth held-back batch (h10)
    "performance_reporting",
    "audit_assurance",
    "better_care",
    "research_delivery",
    "integration_scotland",
    "ni_trusts",
    "clinical_specialties",
    "board_reports",
    # added for the eleventh held-back batch (h11)
    "elective_recovery",
    "primary_care_access",
    "care_charging",
    "service_specifications",
    "health_visiting",
    "wales_finance",
    "patient_experience",
    # added for the twelfth held-back batch (h12)
    "research_facilities",
    "clinical_trials",
    "genomics",
    "ld_autism_programme",
    "ambulance_operations",
    "prison_healthcare",
    "medicines_optimisation",
    # added for the thirteenth held-back batch (h13)
    "scotland_performance",
    "ni_inspection",
    "wales_value",
    "estates_compliance",
    "safe_staffing",
    "palliative_partnership",
    "sexual_health_drugs",
    "paper_cover_sheets",
    # added for the fourteenth held-back batch (h14)
    "financial_recovery",
    "speaking_up_staff_survey",
    "scrutiny_call_in",
    "send_partnership",
    "cancer_alliance",
    # added for the sixteenth held-back batch (h16)
    "system_finance",
    "integrated_performance",
    # added for the seventeenth held-back batch (h17)
    "patient_safety_maternity",
    "winter_scrutiny_wellbeing",
    # added for the nineteenth held-back batch (h19)
    "adult_care_assurance",
    "devolved_plans_care",
    # added for the eighteenth held-back batch (h18)
    "specialised_policy_delegation",
    "trials_audit_effectiveness",
    # added for the twenty-fifth held-back batch (h25)
    "workforce_relations",
    "research_governance",
    # added for the twenty-fourth held-back batch (h24)
    "health_scrutiny_partnerships",
    "local_plans_health",
    # added for the twentieth held-back batch (h20)
    "nhs_finance_reports",
    "nhs_finance_budgets",
    # added for the twenty-third held-back batch (h23)
    "safety_quality_groups",
    "devolved_safety_quality",
    # added for the twenty-second held-back batch (h22)
    "uec_hospital_flow",
    "uec_ambulance_111_vaccination",
    # added for the twenty-first held-back batch (h21)
    "performance_standards",
    "performance_devolved",
)
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
NEW_FILES_SET = set(NEW_FILES)
EVERYDAY_SENSES = {
    "minutes",
    "trust",
    "pilot",
    "capacity",
    "handover",
    "consultation",
    "induction",
    "resolved",
    "step down",
    "attendance",
}


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _all_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted(GLOSSARY_DIR.glob("*.csv")):
        if path.name in SIDE_FILES:
            continue
        for row in _read(path)[1]:
            rows.append({**row, "_file": path.stem})
    return rows


def _names(row: dict[str, str]) -> list[str]:
    return [row["term"].strip(), *(form.strip() for form in row["forms"].split(";") if form.strip())]


def _new_files() -> list[Path]:
    return [GLOSSARY_DIR / f"{name}.csv" for name in NEW_FILES if (GLOSSARY_DIR / f"{name}.csv").exists()]


def _new_rows() -> list[dict[str, str]]:
    return [row for row in _all_rows() if row["_file"] in NEW_FILES]


def _plain(word: str) -> bool:
    low = word.lower()
    tries = {low}
    if low.endswith("s"):
        tries |= {low[:-1], low[:-2] if low.endswith("es") else low, low[:-3] + "y" if low.endswith("ies") else low}
    if low.endswith("ed"):
        tries |= {low[:-2], low[:-1], low[:-3] if low[-3:-2] == low[-4:-3] else low}
    if low.endswith("ing"):
        tries |= {low[:-3], low[:-3] + "e", low[:-4] if low[-4:-3] == low[-5:-4] else low}
    return any(zipf_frequency(t, "en") >= 3.0 for t in tries if t)


def unexplained_words(meaning: str, exact: set[str], folded: set[str]) -> list[str]:
    """The words of a meaning that are neither common nor explained in the glossary."""
    missing = []
    for token in WORD.findall(meaning):
        word = re.sub(r"['’]s?$", "", token)
        if word in exact or (word.endswith("s") and word[:-1] in exact):
            continue
        if len(word) > 1 and word.isupper():
            missing.append(word)
            continue
        if word.casefold() in folded:
            continue
        missing += [part for part in word.split("-") if part and not _plain(part) and part.casefold() not in folded]
    return missing


def test_new_files_exist_and_have_the_full_header():
    assert len(_new_files()) >= 10
    for path in _new_files():
        header, rows = _read(path)
        assert header == HEADER, path.name
        assert rows, path.name
        for row in rows:
            assert row["category"] == path.stem, (path.name, row["term"])
            assert row["term"].strip() and row["meaning"].strip(), (path.name, row)


def test_whole_glossary_has_over_a_thousand_entries():
    assert len(_all_rows()) >= 1000


def test_no_term_or_form_belongs_to_two_entries():
    owner: dict[str, dict[str, str]] = {}
    clashes = []
    for row in _all_rows():
        for name in {name.casefold() for name in _names(row)}:
            first = owner.setdefault(name, row)
            if first is not row and NEW_FILES_SET & {first["_file"], row["_file"]}:
                clashes.append((name, first["term"], row["term"]))
    assert not clashes


def test_no_everyday_committee_word_is_a_form():
    for row in _new_rows():
        assert not EVERYDAY_SENSES & {name.casefold() for name in _names(row)}, row["term"]


def test_every_word_of_a_meaning_is_plain_or_explained():
    rows = _all_rows()
    exact = {name for row in rows for name in _names(row)}
    folded = {name.casefold() for name in exact}
    hard = {row["term"]: words for row in _new_rows() if (words := unexplained_words(row["meaning"], exact, folded))}
    assert not hard


def test_meanings_read_at_age_nine_to_eleven():
    grades = {row["term"]: textstat.flesch_kincaid_grade(row["meaning"]) for row in _new_rows()}
    assert statistics.median(grades.values()) <= 6
    assert not {term: grade for term, grade in grades.items() if grade > 9}


def test_see_also_points_at_real_entries():
    rows = _all_rows()
    names = {name.casefold() for row in rows for name in _names(row)}
    broken = [
        (row["term"], link)
        for row in _new_rows()
        for link in row["see_also"].split(";")
        if link.strip() and link.strip().casefold() not in names
    ]
    assert not broken


@pytest.mark.parametrize("field", ["source", "checked"])
def test_facts_have_a_source_and_a_date_checked(field):
    for row in _new_rows():
        has_fact = bool(re.search(r"\d", row["meaning"]))
        if has_fact:
            assert row["source"].strip(), row["term"]
        if row["source"].strip():
            assert row["checked"] == "2026-12", row["term"]


def test_loader_reads_every_file_and_names_groups_readably():
    from coprep.core.words.glossary import categories, shipped_entries

    entries = shipped_entries()
    assert len(entries) >= 1000
    groups = categories(entries)
    assert {"urgent care", "social care", "research infrastructure", "finance"} <= set(groups)
    assert not [group for group in groups if "_" in group]
    opel = next(entry for entry in entries if entry.term == "OPEL")
    assert opel.category == "urgent care" and "OPEL 4" in opel.forms


def test_the_plain_word_rule_catches_a_hard_word_and_an_unexplained_acronym():
    exact = {"ICB", "Virement"}
    folded = {name.casefold() for name in exact}
    meaning = "The ICB's amortisation of ZZQ costs went up, after a virement and waiting lists."
    assert unexplained_words(meaning, exact, folded) == ["amortisation", "ZZQ"]
