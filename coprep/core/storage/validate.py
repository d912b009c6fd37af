"""Turn what a person typed into clean values, or explain in plain words how to fix it."""

import datetime as dt
import re

from coprep.i18n import _


class InputError(ValueError):
    """Something typed cannot be used; the message says how to put it right."""


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


def parse_date(text: str, what: str = "date") -> dt.date:
    """Read a date written as 2026-03-12, 12/03/2026 or 12 March 2026."""
    text = (text or "").strip()
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d %B %Y", "%d %b %Y", "%A %d %B %Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise InputError(
        _("The {what} '{text}' is not a date coprep understands. Write it like 12/03/2026.").format(
            what=what, text=text
        )
    )


def parse_time(text: str | None, what: str = "time") -> str | None:
    """Read a time such as 10:00, 10.15am or 2pm and give it back as 24-hour HH:MM (None if blank)."""
    if text is None or not text.strip():
        return None
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower().replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60 and (suffix or match.group(2) is not None):
            return f"{hour:02d}:{minute:02d}"
    raise InputError(
        _("The {what} '{strip}' is not a time coprep understands. Write it like 10:30 or 2pm.").format(
            what=what, strip=text.strip()
        )
    )


def require_text(text: str | None, what: str) -> str:
    """The text with spaces trimmed; refuses an empty one."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise InputError(_("Please fill in the {what}.").format(what=what))
    return cleaned


def whole_number(value: str | int | None, what: str, minimum: int = 0) -> int | None:
    """A whole number at or above minimum, or None when left blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError(_("The {what} must be a whole number, like 5.").format(what=what)) from None
    if number < minimum:
        raise InputError(_("The {what} cannot be less than {minimum}.").format(what=what, minimum=minimum))
    return number
