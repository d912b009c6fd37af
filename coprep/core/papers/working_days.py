"""Did a paper come in good time? Working days before the meeting, skipping weekends and bank holidays.

Bank holidays differ by UK nation (Scotland has 2 January and St Andrew's Day but not Easter Monday;
Northern Ireland has St Patrick's Day and the Battle of the Boyne), so the person's nation is a setting.
"""

import datetime as dt
from dataclasses import dataclass
from functools import cache

import holidays
from sqlite_utils import Database

from coprep.core.storage.settings import get_setting
from coprep.i18n import N_, _, ngettext

# The setting's value, the name a person sees, and the `holidays` package's subdivision code.
NATIONS = {
    "england": (N_("England"), "ENG"),
    "wales": (N_("Wales"), "WLS"),
    "scotland": (N_("Scotland"), "SCT"),
    "northern_ireland": (N_("Northern Ireland"), "NIR"),
}
DEFAULT_NATION = "england"
NATION_SETTING = "nation"


def person_nation(db: Database) -> str:
    """The nation whose bank holidays count, as stored in settings (England when not chosen)."""
    chosen = get_setting(db, NATION_SETTING, DEFAULT_NATION)
    return chosen if chosen in NATIONS else DEFAULT_NATION


@cache
def _bank_holidays(nation: str) -> holidays.HolidayBase:
    found: holidays.HolidayBase = holidays.UK(subdiv=NATIONS[nation][1])  # type: ignore[attr-defined]  # holidays adds its country classes lazily, which its stubs do not show
    return found


def is_working_day(day: dt.date, nation: str = DEFAULT_NATION) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(nation)


def working_days_between(start: dt.date, end: dt.date, nation: str = DEFAULT_NATION) -> int:
    """Working days from start (counted) up to end (not counted); 0 when end is not after start."""
    count, day = 0, start
    while day < end:
        count += is_working_day(day, nation)
        day += dt.timedelta(days=1)
    return count


@dataclass(frozen=True)
class ArrivalStatus:
    """How a paper's arrival compares with the notice the committee promised."""

    kind: str  # on_time, late, at_meeting, after, unknown
    working_days_before: int | None
    text: str


def _days(count: int) -> str:
    if count == 0:
        return _("on the day of the meeting")
    return ngettext("{count} working day before", "{count} working days before", count).format(count=count)


def arrival_status(
    received_date: dt.date | str | None,
    meeting_date: dt.date | str,
    notice_working_days: int | None,
    received_how: str = "email",
    nation: str = DEFAULT_NATION,
) -> ArrivalStatus:
    """Whether a paper came on time, late, at the meeting or after it, in plain words."""
    if received_how == "at_meeting":
        return ArrivalStatus("at_meeting", 0, _("handed out at the meeting"))
    if not received_date:
        return ArrivalStatus("unknown", None, _("date it came not known"))
    received = dt.date.fromisoformat(received_date) if isinstance(received_date, str) else received_date
    meeting = dt.date.fromisoformat(meeting_date) if isinstance(meeting_date, str) else meeting_date
    if received > meeting:
        return ArrivalStatus("after", None, _("came after the meeting"))
    before = working_days_between(received, meeting, nation)
    if notice_working_days is None:
        return ArrivalStatus("unknown", before, _("came {when}").format(when=_days(before)))
    if before >= notice_working_days:
        return ArrivalStatus("on_time", before, _("on time ({when})").format(when=_days(before)))
    return ArrivalStatus("late", before, _("late ({when})").format(when=_days(before)))
