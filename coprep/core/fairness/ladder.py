"""Where a meeting sits on the Ladder of Co-production, worked out from the person's ratings.

The ladder is by Think Local Act Personal (TLAP) with the National Co-production Advisory Group
(NCAG), free to use with credit. The rule that places a meeting on it is coprep's own and is kept
here as data (RULE), so the words the person reads in the app come from the same place as the
sums. The person can also choose their own rung with a reason; coprep keeps both side by side.
"""

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coprep.core.fairness.conditions import Condition, list_conditions, ratings
from coprep.core.meetings.meetings import Meeting, get_meeting, list_meetings, update_meeting
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, ngettext

CREDIT = N_(
    "The Ladder of Co-production is by Think Local Act Personal (TLAP) with the National "
    "Co-production Advisory Group (NCAG). The way coprep places a meeting on it is coprep's own."
)


@dataclass(frozen=True)
class Rung:
    """A rung of the ladder; its words are kept untranslated and given in the person's language."""

    number: int
    key: str
    name_text: str
    done_text: str  # "doing to", "doing for" or "doing with"
    meaning_text: str

    @property
    def name(self) -> str:
        return _(self.name_text)

    @property
    def done(self) -> str:
        return _(self.done_text)

    @property
    def meaning(self) -> str:
        return _(self.meaning_text)


RUNGS = (
    Rung(
        1,
        "coercion",
        N_("Coercion"),
        N_("doing to"),
        N_("You were there, but had no say. Having a patient in the room was the point, not hearing you."),
    ),
    Rung(
        2,
        "educating",
        N_("Educating"),
        N_("doing to"),
        N_("You were helped to understand how things work, but not asked what you think."),
    ),
    Rung(
        3,
        "informing",
        N_("Informing"),
        N_("doing for"),
        N_("You were told what was going on and why, in time and in words you could follow."),
    ),
    Rung(
        4,
        "consultation",
        N_("Consultation"),
        N_("doing for"),
        N_("Your views were asked for, but you had no power over what happened to them."),
    ),
    Rung(
        5,
        "engagement",
        N_("Engagement"),
        N_("doing for"),
        N_("You had a settled place and some influence, within limits the organisation set."),
    ),
    Rung(
        6,
        "co_design",
        N_("Co-design"),
        N_("doing with"),
        N_("Your ideas shaped the plans, though you did not share in seeing them through."),
    ),
    Rung(
        7,
        "co_production",
        N_("Co-production"),
        N_("doing with"),
        N_("You were an equal member, sharing decisions from the first plan to the finished work."),
    ),
)
RUNG_BY_NUMBER = {rung.number: rung for rung in RUNGS}
# How the rule says what lifts a meeting onto a rung: (needs all, partly counts) -> the sentence.
_RULE_WORDS = {
    (True, True): N_("**{rung}** ({meaning}) needs all of these met or partly met:"),
    (True, False): N_("**{rung}** ({meaning}) needs all of these fully met:"),
    (False, True): N_("**{rung}** ({meaning}) needs at least one of these met or partly met:"),
    (False, False): N_("**{rung}** ({meaning}) needs at least one of these fully met:"),
}


@dataclass(frozen=True)
class Step:
    """What lifts a meeting onto a rung, once it stands on the rung below.

    The conditions are those whose ladder_group in resources/conditions.csv is the rung's key.
    """

    rung: int
    needs_all: bool  # all of the conditions, or at least one
    partly_counts: bool  # whether "partly" is enough


RULE = (
    Step(2, needs_all=False, partly_counts=True),
    Step(3, needs_all=True, partly_counts=True),
    Step(4, needs_all=False, partly_counts=True),
    Step(5, needs_all=True, partly_counts=True),
    Step(6, needs_all=True, partly_counts=False),
    Step(7, needs_all=True, partly_counts=False),
)

_ANSWERS = ("met", "partly", "not_met")
# A rung from one or two answers says more about the gaps than the meeting, so a meeting's tab shows
# the rung only once at least this share of the conditions it counts have an answer (does not apply
# included). Charts and summaries over many meetings still use every answer given.
ENOUGH_ANSWERED = 0.5


def answers_needed(conditions: list[Condition]) -> int:
    """How many of the conditions the rule counts need an answer before a meeting's rung is shown."""
    return math.ceil(sum(1 for condition in conditions if condition.ladder_group) * ENOUGH_ANSWERED)


def answered_count(conditions: list[Condition], rated: Mapping[int, str | None]) -> int:
    """How many of the conditions the rule counts have an answer (does not apply included)."""
    return sum(1 for c in conditions if c.ladder_group and rated.get(c.id) in (*_ANSWERS, "na"))


@dataclass
class Placement:
    """The rung coprep worked out for a meeting, and why."""

    rung: int | None
    reason: str  # for a rung below the top: what the next rung needs

    @property
    def name(self) -> str:
        return RUNG_BY_NUMBER[self.rung].name if self.rung else _("No rung yet")


def _step_conditions(step: Step, conditions: list[Condition]) -> list[Condition]:
    key = RUNG_BY_NUMBER[step.rung].key
    return [condition for condition in conditions if condition.ladder_group == key]


def _lifts(step: Step, rating: str | None) -> bool:
    return rating == "met" or (step.partly_counts and rating == "partly")


def place(conditions: list[Condition], rated: dict[int, str]) -> Placement:
    """Apply RULE to the shown conditions and their ratings (condition id -> rating)."""
    counted = [condition for condition in conditions if condition.ladder_group]
    if not any(rated.get(condition.id) in _ANSWERS for condition in counted):
        return Placement(None, _("Not enough answers yet: rate some conditions as met, partly or not met."))
    rung = 1
    for step in RULE:
        group = [c for c in _step_conditions(step, counted) if rated.get(c.id) != "na"]
        lifting = [c for c in group if _lifts(step, rated.get(c.id))]
        passed = not group or (len(lifting) == len(group) if step.needs_all else bool(lifting))
        if not passed:
            target = RUNG_BY_NUMBER[step.rung].name
            missing = [c.text for c in group if c not in lifting]
            needs = (
                _("It did not reach {rung}, which needs all of: {conditions}.")
                if step.needs_all
                else _("It did not reach {rung}, which needs one of: {conditions}.")
            )
            return Placement(rung, needs.format(rung=target, conditions="; ".join(missing)))
        rung = step.rung
    return Placement(rung, _("It met every step of the rule."))


def rule_text(conditions: list[Condition]) -> str:
    """The rule in plain words (Markdown), using the person's own wording of each condition."""
    lines = [
        "## " + _("How coprep places a meeting on the ladder"),
        "",
        _(
            "Every meeting starts on the bottom rung, **{rung}**, and climbs one rung at a time. "
            "It stops at the first rung it does not reach."
        ).format(rung=RUNG_BY_NUMBER[1].name),
        "",
    ]
    for step in RULE:
        rung = RUNG_BY_NUMBER[step.rung]
        needs = _RULE_WORDS[step.needs_all, step.partly_counts]
        meaning = f"{rung.meaning[0].lower()}{rung.meaning[1:-1]}"
        lines += [_(needs).format(rung=rung.name, meaning=meaning), ""]
        lines += [f"- {condition.text}" for condition in _step_conditions(step, conditions)] or [
            "- " + _("nothing you have shown, so every meeting passes this rung")
        ]
        lines.append("")
    needed = answers_needed(conditions)
    lines += [
        _("Some things to know:"),
        "",
        "- " + _("An answer of *Does not apply* is left out. A rung with nothing left to check is passed."),
        "- " + _("*Don't know*, and questions not answered yet, do not lift a meeting."),
        "- " + _("Conditions you hide, and conditions you add yourself, are not used to work out the rung."),
        "- " + _("With no answers of met, partly or not met, a meeting has no rung."),
        "- "
        + ngettext(
            "A meeting's Fair treatment tab shows its rung once at least half of the conditions used here "
            "are answered ({count} of them), so one or two answers never decide it.",
            "A meeting's Fair treatment tab shows its rung once at least half of the conditions used here "
            "are answered ({count} of them), so one or two answers never decide it.",
            needed,
        ).format(count=needed),
        "- " + _("You can always choose your own rung and say why. coprep keeps your rung and its own side by side."),
        "",
        _(CREDIT),
    ]
    return "\n".join(lines)


# -- meetings and committees -----------------------------------------------------------------


@dataclass
class RungPoint:
    """One meeting's computed rung beside the rung the person chose."""

    meeting: Meeting
    computed: Placement
    own: int | None
    own_reason: str = ""


def _ratings_by_meeting(db: Database, meeting_ids: list[int]) -> dict[int, dict[int, str]]:
    found: dict[int, dict[int, str]] = defaultdict(dict)
    if meeting_ids:
        marks = ",".join("?" * len(meeting_ids))
        for row in db.query(
            f"select meeting_id, condition_id, rating from condition_ratings where meeting_id in ({marks})",
            meeting_ids,
        ):
            found[row["meeting_id"]][row["condition_id"]] = row["rating"]
    return found


def meeting_rung(db: Database, meeting_id: int) -> RungPoint:
    meeting = get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(_("That meeting no longer exists."))
    rated = _ratings_by_meeting(db, [meeting_id])[meeting_id]
    return RungPoint(meeting, place(list_conditions(db), rated), meeting.own_rung, meeting.own_rung_reason)


def placement_to_show(db: Database, meeting_id: int) -> Placement:
    """The meeting's rung as its own tab shows it: none until enough conditions are answered."""
    shown = list_conditions(db)
    rated = {condition_id: rating for condition_id, (rating, _note) in ratings(db, meeting_id).items()}
    needed, answered = answers_needed(shown), answered_count(shown, rated)
    if answered < needed:
        counted = sum(1 for c in shown if c.ladder_group)
        return Placement(
            None,
            ngettext(
                "The rung shows once {needed} of the {count} condition it uses are answered ({answered} so far).",
                "The rung shows once {needed} of the {count} conditions it uses are answered ({answered} so far).",
                counted,
            ).format(needed=needed, count=counted, answered=answered),
        )
    return meeting_rung(db, meeting_id).computed


def meeting_points(db: Database, committee_id: int) -> list[RungPoint]:
    """Every meeting of the committee, oldest first, with its computed and own rung (either may be None)."""
    meetings = sorted(list_meetings(db, committee_id), key=lambda m: (m.date, m.start_time or ""))
    rated = _ratings_by_meeting(db, [m.id for m in meetings])
    conditions = list_conditions(db)
    return [RungPoint(m, place(conditions, rated.get(m.id, {})), m.own_rung, m.own_rung_reason) for m in meetings]


def committee_history(db: Database, committee_id: int) -> list[RungPoint]:
    """The committee's meetings with a computed or own rung, oldest first: the points of its chart."""
    return [point for point in meeting_points(db, committee_id) if point.computed.rung or point.own]


def set_own_rung(ws: Workspace, meeting_id: int, rung: int | None, reason: str | None = None) -> None:
    """Keep the rung the person chose (None to take it away); reason=None leaves the reason as it is."""
    if rung is not None and rung not in RUNG_BY_NUMBER:
        raise InputError(_("Choose a rung from 1 (Coercion) to 7 (Co-production)."))
    values: dict[str, Any] = {"own_rung": rung}
    if reason is not None:
        values["own_rung_reason"] = reason
    update_meeting(ws, meeting_id, **values)


def set_own_rung_reason(ws: Workspace, meeting_id: int, reason: str) -> None:
    """Save the reason while the person types; a burst of typing undoes as one step."""
    update_meeting(ws, meeting_id, merge=True, own_rung_reason=reason)


@dataclass
class Unmet:
    """How often one condition went unmet at a committee's recent rated meetings."""

    condition: Condition
    not_met: int
    partly: int
    out_of: int
    sentence: str


def _unmet_sentence(words: str, not_met: int, partly: int, out_of: int) -> str:
    if out_of == 1:
        said = _("{words} at the last meeting") if not_met else _("{words} at the last meeting, in part")
    elif not not_met:
        said = ngettext(
            "{words}, in part, at {partly} of the last {out_of} meeting",
            "{words}, in part, at {partly} of the last {out_of} meetings",
            out_of,
        )
    elif partly:
        said = (
            ngettext(
                "{words} at all of the last {out_of} meeting, and partly at {partly} more",
                "{words} at all of the last {out_of} meetings, and partly at {partly} more",
                out_of,
            )
            if not_met == out_of
            else ngettext(
                "{words} at {not_met} of the last {out_of} meeting, and partly at {partly} more",
                "{words} at {not_met} of the last {out_of} meetings, and partly at {partly} more",
                out_of,
            )
        )
    else:
        said = (
            ngettext(
                "{words} at all of the last {out_of} meeting", "{words} at all of the last {out_of} meetings", out_of
            )
            if not_met == out_of
            else ngettext(
                "{words} at {not_met} of the last {out_of} meeting",
                "{words} at {not_met} of the last {out_of} meetings",
                out_of,
            )
        )
    return said.format(words=words, partly=partly, out_of=out_of, not_met=not_met)


def most_often_unmet(db: Database, committee_id: int, last_n: int = 5) -> list[Unmet]:
    """Conditions not met at the committee's last few rated meetings, most often first.

    Only meetings with at least one rating count, so a meeting not yet rated is not held against anyone.
    """
    meetings = list_meetings(db, committee_id)  # latest first
    rated = _ratings_by_meeting(db, [m.id for m in meetings])
    recent = [m for m in meetings if rated.get(m.id)][:last_n]
    found = []
    for position, condition in enumerate(list_conditions(db)):
        answers = [rated[m.id].get(condition.id) for m in recent]
        not_met, partly = answers.count("not_met"), answers.count("partly")
        if not_met or partly:
            sentence = _unmet_sentence(condition.unmet_words, not_met, partly, len(recent))
            found.append((-not_met, -partly, position, Unmet(condition, not_met, partly, len(recent), sentence)))
    return [unmet for *_, unmet in sorted(found, key=lambda entry: entry[:3])]
