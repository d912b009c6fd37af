"""The Ladder of Co-production as the letter to the chair explains it, only when the person asks.

Each rung is said kindly, in the letter's own voice, and the ladder's makers are named: Think
Local Act Personal (TLAP) with the National Co-production Advisory Group (NCAG). A rung is never
given as a bare label.
"""

from coprep.core.fairness.ladder import RUNG_BY_NUMBER, RungPoint
from coprep.core.text.dates import day_words
from coprep.core.text.print_html import md_escape
from coprep.i18n import N_, _

# The names the letter gives, as one word each when its readability is measured (translated where used).
LADDER_NAMES = (
    N_("The Ladder of Co-production"),
    N_("Think Local Act Personal"),
    N_("National Co-production Advisory Group"),
)
# What each rung felt like, said to the chair, short enough for anyone to read.
RUNG_WORDS = {
    1: N_("I was there, but I had no say."),
    2: N_("I was helped to learn how things work. I was not asked what I think."),
    3: N_("I was told what was decided and why."),
    4: N_("I was asked for my views. I could not shape what came next."),
    5: N_("I had a real say, within limits the committee set."),
    6: N_("My ideas helped to shape the plans."),
    7: N_("We shared the choices as equals."),
}


def _rung(number: int) -> str:
    rung = RUNG_BY_NUMBER[number]
    return _("step {number} of 7, {name}").format(number=number, name=rung.name)


def _when(points: list[RungPoint]) -> str:
    first, last = day_words(points[0].meeting.date), day_words(points[-1].meeting.date)
    if len(points) == 1:
        return _("On {day}").format(day=first)
    return _("From {first} to {last}").format(first=first, last=last)


def _runs(meetings: list[RungPoint]) -> list[list[RungPoint]]:
    """Meetings next to each other on the same rung (and with no rung of the person's own), together."""
    runs: list[list[RungPoint]] = []
    for point in meetings:
        last = runs[-1][-1] if runs else None
        if last and not point.own and not last.own and last.computed.rung == point.computed.rung:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _meeting_line(points: list[RungPoint]) -> str:
    point = points[0]
    when = _when(points)
    if not point.computed.rung:
        return "- " + _("{when}, I could not tell.").format(when=when)
    line = _("{when}, it was at {rung}. {feeling}").format(
        when=when, rung=_rung(point.computed.rung), feeling=_(RUNG_WORDS[point.computed.rung])
    )
    if point.own and point.own != point.computed.rung:
        line += " " + _("I felt it was at {rung}.").format(rung=_rung(point.own))
        reason = md_escape(point.own_reason).rstrip(".")
        line += (" " + _("My reason: “{reason}.”").format(reason=reason)) if reason else ""
    return "- " + line


def ladder_part(meetings: list[RungPoint]) -> list[str]:
    """The ladder part of the letter, as Markdown lines."""
    lines = [
        f"## {_('The Ladder of Co-production')}",
        "",
        _("I have used a ladder to think about how we work together."),
        _("It is from Think Local Act Personal (TLAP)."),
        _("They made it with the National Co-production Advisory Group (NCAG)."),
        _("It has seven steps. The lowest step is when people come, but have no say."),
        _("The top step is when we share the choices as equals."),
        _("It is not a mark. It helps us see where we are, and where we could go next."),
        "",
    ]
    lines += [_meeting_line(points) for points in _runs(meetings)]
    return lines + ["", _("The way each meeting is placed is my own view, made with the help of coprep."), ""]
