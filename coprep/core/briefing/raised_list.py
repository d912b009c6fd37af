"""What I raised and what happened: one list across all the meetings of a committee, to print or save.

It brings together, newest meeting first, each agenda item where the person wrote what they raised
or noted a follow-up, with the outcome beside it: the "you said, we did" record that committees
rarely keep for their lay members.
"""

from sqlite_utils import Database

from coprep.core.meetings import meetings
from coprep.core.meetings.follow_ups import FollowUp, follow_ups_for_meeting
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import weekday_words
from coprep.core.text.print_html import Printable, bold, file_stem, font_pt, heading, md_escape, md_lines, print_html
from coprep.i18n import _


def _item_lines(item: meetings.AgendaItem, follow_ups: list[FollowUp]) -> list[str]:
    number = f"{md_escape(item.number.rstrip('.'))}. " if item.number else ""
    lines = [heading(3, f"{number}{md_escape(item.title) or _('(no title)')}"), ""]
    if item.raised.strip():
        lines += [bold(_("What I raised:")) + "  ", md_lines(item.raised), ""]
    lines += [bold(_("What happened:")) + "  ", md_lines(item.outcome) or _("Not written down yet."), ""]
    if follow_ups:
        lines += [
            bold(_("Follow-ups:")) + "  ",
            "  \n".join(f"{'☑' if follow_up.done else '☐'} {md_escape(follow_up.line())}" for follow_up in follow_ups),
            "",
        ]
    return lines


def raised_markdown(db: Database, committee_id: int) -> str:
    """The list as Markdown; meetings where nothing was raised or followed up are left out."""
    committee = meetings.get_committee(db, committee_id)
    if committee is None:
        raise InputError(_("coprep has no committee number {committee_id}.").format(committee_id=committee_id))
    lines = [heading(1, _("What I raised and what happened")), "", md_escape(committee.name), ""]
    shown = 0
    for meeting in meetings.list_meetings(db, committee_id):
        follow_ups = follow_ups_for_meeting(db, meeting.id)
        items = [item for item in meetings.agenda(db, meeting.id) if item.raised.strip() or item.id in follow_ups]
        if not items:
            continue
        day = weekday_words(meeting.day)
        when = _("{day}: {title}").format(day=day, title=md_escape(meeting.title)) if meeting.title else day
        lines += [heading(2, when), ""]
        for item in items:
            lines += _item_lines(item, follow_ups.get(item.id, []))
        shown += 1
    if not shown:
        lines.append(
            _(
                "Nothing written down yet. After a meeting, write what you raised in the agenda item's "
                "“After the meeting” part, and it will show here."
            )
        )
    return "\n".join(lines).strip() + "\n"


def raised_list(db: Database, committee_id: int, large_print: int | None = None) -> Printable:
    """The list as Markdown and HTML, ready to show, print or save."""
    markdown = raised_markdown(db, committee_id)
    committee = meetings.get_committee(db, committee_id)
    if committee is None:
        raise InputError(_("coprep has no committee number {committee_id}.").format(committee_id=committee_id))
    title = _("What I raised: {committee}").format(committee=committee.name)
    html = print_html(markdown, title, large_print, new_page_per_part=False)
    return Printable(title, file_stem("what-i-raised", committee.name), markdown, html, font_pt(large_print))
