"""The worked example's committees, their agendas and the member's own notes. All invented."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoCommittee:
    name: str
    organisation: str
    role_title: str
    lay_places: int
    notice_working_days: int
    place: str
    link: str
    start: str
    end: str
    every_weeks: int
    history_every_weeks: int  # how often in the long benchmark history (about 50 meetings a year in all)
    agenda: tuple[tuple[str, str, str | None, str, str], ...]  # number, title, purpose, presenter, description


ICB_QUALITY = DemoCommittee(
    name="Quality and Performance Committee",
    organisation="NHS Riverside Integrated Care Board",
    role_title="Patient and public voice partner",
    lay_places=2,
    notice_working_days=5,
    place="Room 3, Riverside House, 12 Mill Lane, Riverford",
    link="",
    start="10:00",
    end="12:30",
    every_weeks=4,
    history_every_weeks=2,
    agenda=(
        ("1", "Welcome, apologies and declarations of interest", None, "Chair – Margaret Oduya", ""),
        ("2", "Minutes of the last meeting and matters arising", "approval", "Chair", ""),
        ("3", "Action log", "information", "Committee secretary", ""),
        (
            "4",
            "Elective recovery: RTT waiting list and 65-week waits",
            "assurance",
            "Director of Performance – Tom Ashby",
            "Update on the trajectory to clear 65-week waits by March, with the risks to delivery.",
        ),
        (
            "5",
            "Urgent and emergency care: the A&E 4-hour standard",
            "discussion",
            "Dr Priya Nair, Medical Director",
            "Winter plan, corridor care and ambulance handover delays.",
        ),
        ("6", "Patient experience and complaints report", "information", "Head of Patient Experience", ""),
        ("7", "Serious incidents and never events", "assurance", "Director of Nursing – Helen Crabtree", ""),
        ("8", "Learning disability and autism: annual health checks", "discussion", "Clinical lead for LD&A", ""),
        ("9", "Board assurance framework and risk register", "approval", "Company secretary", ""),
        ("10", "Any other business", None, "Chair", ""),
    ),
)

CF_CRG = DemoCommittee(
    name="Cystic Fibrosis Clinical Reference Group",
    organisation="NHS England Specialised Commissioning",
    role_title="Patient and carer representative",
    lay_places=2,
    notice_working_days=7,
    place="",
    link="https://meet.example.org/cf-crg",
    start="13:30",
    end="16:00",
    every_weeks=13,
    history_every_weeks=3,
    agenda=(
        ("1", "Introductions and declarations of interest", None, "Chair – Prof. Alan Whitby", ""),
        ("2", "Minutes and actions from the last meeting", "approval", "Chair", ""),
        (
            "3",
            "Service specification review: adult CF centres",
            "decision",
            "Clinical lead – Dr Sara Quinn",
            "Draft specification out for consultation. Changes to outreach clinics and home IV antibiotics.",
        ),
        ("4", "Modulator therapy access and the NICE appraisal", "discussion", "Pharmacy lead – Ian Morrow", ""),
        ("5", "Quality dashboard and CQUIN measures", "information", "Quality manager", ""),
        ("6", "Patient and public voice update", "discussion", "PPV members", ""),
        ("7", "Transition from children's to adult services", "discussion", "Dr Sara Quinn", ""),
        ("8", "Any other business", None, "Chair", ""),
    ),
)

TRIAL_TSC = DemoCommittee(
    name="BREATHE-Home Trial Steering Committee",
    organisation="Northfield University Clinical Trials Unit",
    role_title="Public contributor",
    lay_places=2,
    notice_working_days=10,
    place="Seminar room 2, Northfield University",
    link="https://meet.example.org/breathe-tsc",
    start="14:00",
    end="15:30",
    every_weeks=26,
    history_every_weeks=7,
    agenda=(
        ("1", "Welcome and declarations of interest", None, "Independent chair – Dr Ruth Fenwick", ""),
        (
            "2",
            "Recruitment report against target",
            "information",
            "Trial manager – Leo Marsh",
            "Recruitment is at 64% of target. Two sites are behind.",
        ),
        ("3", "Report from the data monitoring committee", "assurance", "Chief investigator – Prof. Kemi Adeyemi", ""),
        ("4", "Protocol amendment: remote consent", "approval", "Trial manager", ""),
        ("5", "PPI plan and lay summary of the results", "discussion", "Public contributors", ""),
        ("6", "Date of next meeting", None, "Chair", ""),
    ),
)

COMMITTEES = (ICB_QUALITY, CF_CRG, TRIAL_TSC)

MY_NOTES = {
    "Elective recovery": "Ask how long **children** wait on the list, not just adults.\n\n- Page 14 has the figures",
    "Service specification": "The draft cuts home IV visits. Families like ours rely on them.",
    "Patient and public voice": "Raise: papers came 2 days before the last meeting.",
    "PPI plan": "Offer to read the lay summary before it goes out.",
}
MY_QUESTIONS = {
    "Elective recovery": "How many people have waited more than a year, and what are we doing for them?",
    "Urgent and emergency care": "What does corridor care mean for someone with a learning disability?",
    "Service specification": "Who did you ask about home IV antibiotics before writing this?",
    "Modulator therapy": "How will families hear when the NICE decision is made?",
    "PPI plan": "Will public contributors be named as authors?",
}
