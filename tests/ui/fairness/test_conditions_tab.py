"""The "Fair treatment" tab, driven with the keyboard only, then checked in the database."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from coprep.core.fairness import conditions, ladder
from coprep.core.meetings import meetings
from coprep.ui.fairness.conditions_list import ConditionsListDialog
from coprep.ui.fairness.rung_panel import RuleDialog

KEYS = {
    "met": Qt.Key.Key_M,
    "partly": Qt.Key.Key_P,
    "not_met": Qt.Key.Key_N,
    "na": Qt.Key.Key_X,
    "unknown": Qt.Key.Key_D,
}
# What the person answers, in the shipped order; "Y" takes coprep's suggestion.
ANSWERS = {
    "role_in_writing": "met",
    "induction": "met",
    "named_contact": "partly",
    "asked_for_items": "met",
    "my_item_on_agenda": "na",
    "papers_on_time": "Y",
    "papers_plain": "partly",
    "jargon_explained": "met",
    "chair_invited_view": "met",
    "contribution_minuted": "unknown",
    "told_what_changed": "not_met",
    "paid_fairly": "met",
    "expenses_on_time": "na",
    "accessible": "met",
    "equal_vote": "not_met",
    "briefing_before": "met",
    "two_lay_members": "Y",
}


def open_tab(window, ws):
    committee = meetings.add_committee(ws, "Patient panel", lay_places=1, notice_working_days=5)
    meeting = meetings.add_meeting(ws, committee, "2026-03-12", status="held")
    ws.insert("papers", {"meeting_id": meeting, "title": "Finance report", "received_date": "2026-03-10"})
    window.open_meeting(meeting)
    tab = window.show_section("Meetings").view.show_tab("Fair treatment")
    return meeting, tab


def stored(ws, meeting):
    keys = {c.id: c.key for c in conditions.list_conditions(ws.db)}
    return {keys[cid]: answer for cid, answer in conditions.ratings(ws.db, meeting).items()}


def test_rate_a_whole_meeting_with_the_keyboard(window, ws, qtbot):
    meeting, tab = open_tab(window, ws)
    assert tab.table.item(5, 2).text() == "Not met"  # the late paper's suggestion is shown
    tab.table.setFocus()
    for answer in ANSWERS.values():
        qtbot.keyClick(tab.table, Qt.Key.Key_Y if answer == "Y" else KEYS[answer])

    saved = stored(ws, meeting)
    assert {key: rating for key, (rating, _note) in saved.items()} == {
        **ANSWERS,
        "papers_on_time": "not_met",
        "two_lay_members": "not_met",
    }
    assert "Finance report came 2 working days before" in saved["papers_on_time"][1]
    assert tab.table.item(0, 1).text() == "✓ Met"
    assert "17 of 17 answered" in tab.progress.text() and "Educating" in tab.progress.text()

    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)  # on in reading order: the answer buttons, then the note
    assert QApplication.focusWidget().accessibleName() == "Met"
    _tab_until(qtbot, tab.note.hasFocus, presses=7)  # five answers, the suggestion, the note
    assert tab.note.toPlainText().startswith("The committee has only one lay place")  # the suggestion's reason
    qtbot.keyClick(tab.note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.note, "Only one lay place, and it was mine")
    qtbot.waitUntil(lambda: stored(ws, meeting)["two_lay_members"][1] == "Only one lay place, and it was mine")

    _tab_until(qtbot, tab.table.hasFocus, presses=7, modifier=Qt.KeyboardModifier.ShiftModifier)
    tab.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "role_in_writing" not in stored(ws, meeting)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, meeting)["role_in_writing"][0] == "met"


def _tab_until(qtbot, reached, presses: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(presses):
        if reached():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
    assert reached()


def test_a_condition_shows_who_recommends_it_and_when_that_was_checked(window, ws, qtbot):
    _meeting, tab = open_tab(window, ws)
    tab.table.setFocus()
    tab.table.setCurrentCell(16, 0)
    assert "Recommended by: NICE, Developing NICE guidelines" in tab.about.text()
    assert tab.about.text().endswith("Checked December 2026.</i>")


def test_enter_skips_and_the_note_follows_the_chosen_condition(window, ws, qtbot):
    meeting, tab = open_tab(window, ws)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.table.currentRow() == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_N)
    assert stored(ws, meeting) == {"induction": ("not_met", "")}
    tab.table.setCurrentCell(1, 0)
    tab.note.setFocus()
    qtbot.keyClicks(tab.note, "Promised in the new year")
    tab.table.setCurrentCell(2, 0)  # moving on saves the note to the condition it was written for
    assert stored(ws, meeting)["induction"] == ("not_met", "Promised in the new year")
    assert tab.note.toPlainText() == ""


def test_own_rung_and_reason_are_kept_beside_coprep_s(window, ws, qtbot):
    meeting, tab = open_tab(window, ws)
    tab.table.setFocus()
    for key in (Qt.Key.Key_M, Qt.Key.Key_M):
        qtbot.keyClick(tab.table, key)
    tab.rung.own.setFocus()
    for _ in range(4):
        qtbot.keyClick(tab.rung.own, Qt.Key.Key_Down)
    qtbot.keyClicks(tab.rung.reason, "Asked, but nothing changed")
    qtbot.waitUntil(lambda: ladder.meeting_rung(ws.db, meeting).own_reason == "Asked, but nothing changed")
    point = ladder.meeting_rung(ws.db, meeting)
    assert (point.own, point.computed.rung) == (4, 2)
    # Two answers are too few to show a rung: the panel says how many it needs.
    assert "No rung yet" in tab.rung.computed.text() and "9 of the 17" in tab.rung.computed.text()


def test_the_rule_is_there_to_read(window, ws, qtbot):
    dialog = RuleDialog(ws, window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Co-production" in text and "needs all of these fully met" in text
    assert "Think Local Act Personal" in text


def test_hiding_a_condition_takes_it_out_of_the_checklist(window, ws, qtbot):
    meeting, tab = open_tab(window, ws)
    dialog = ConditionsListDialog(ws, window)
    qtbot.addWidget(dialog)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(14)  # I had a vote like other members
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert "I had a vote like other members" not in [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert tab.table.rowCount() == 16


def test_deleting_the_meeting_shown_leaves_the_tab_quietly(window, ws, qtbot):
    meeting, tab = open_tab(window, ws)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_M)
    meetings.delete_meeting(ws, meeting)
    assert tab.meeting_id is None and tab.table.rowCount() == 0 and not tab.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, meeting) == {"role_in_writing": ("met", "")}


def test_at_bigger_text_conditions_wrap_and_nothing_needs_sideways_scrolling(window, ws, qtbot):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # close earlier tests' windows first
    window.resize(1280, 860)
    window.change_text_size(+1)
    window.change_text_size(+1)
    meeting, tab = open_tab(window, ws)
    tab.table.setCurrentCell(6, 0)  # the longest shipped condition
    table = tab.table

    def every_condition_fits() -> None:
        for row in range(table.rowCount()):
            cell = table.visualRect(table.model().index(row, 0))
            needed = table.fontMetrics().boundingRect(
                0, 0, cell.width() - 8, 10_000, Qt.TextFlag.TextWordWrap, table.item(row, 0).text()
            )
            assert needed.height() <= table.rowHeight(row), table.item(row, 0).text()

    qtbot.waitUntil(every_condition_fits)  # rows are fitted to their words in a later turn of the event loop
    scroller = _section_scroller(tab)
    assert scroller.widget().minimumSizeHint().width() <= scroller.viewport().width()
    assert tab.rung.reason.width() > tab.rung.reason.fontMetrics().averageCharWidth() * 20


def _section_scroller(tab) -> QScrollArea:
    """The scrolling area around the whole Meetings section."""
    holder = tab.parentWidget()
    while not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    return holder


def _whole_rows(table) -> int:
    shown = table.viewport().rect()
    return sum(shown.contains(table.visualRect(table.model().index(row, 0))) for row in range(table.rowCount()))


def test_at_200_percent_the_list_keeps_ten_rows_and_the_tab_scrolls_as_a_whole(window, ws, qtbot):
    """Seen at 200% on a 1366x768 screen: the list of conditions squeezed to two or three rows, with the
    chosen condition in a scrolling box of its own below it."""
    window.resize(1366, 768)
    meeting, tab = open_tab(window, ws)
    for steps in (0, 6):  # 100%, then View › Bigger text up to 200%
        for _ in range(steps):
            window.change_text_size(+1)
        window.resize(1366, 768)

        def roomy() -> None:  # rows are fitted to their words, and the page laid out, a moment later
            assert _whole_rows(tab.table) >= 10
            assert tab.findChild(QScrollArea) is None  # nothing in the tab scrolls on its own: the page does
            # the chosen condition is shown whole further down the page, its note box three lines tall
            assert tab.about.height() >= tab.about.heightForWidth(tab.about.width())
            assert tab.note.height() == tab.note.maximumHeight()

        qtbot.waitUntil(roomy)


def test_a_shortcut_to_a_box_further_down_scrolls_the_page_to_it(window, ws, qtbot):
    """The tab is taller than a laptop screen: Alt+Y (Your own rung) from the top of the page must
    show the box it moves to, not leave the person typing into something out of sight."""
    window.resize(1366, 768)
    meeting, tab = open_tab(window, ws)
    scroller = _section_scroller(tab)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().maximum() > 0)
    scroller.verticalScrollBar().setValue(0)
    tab.table.setFocus()
    assert tab.rung.own.visibleRegion().isEmpty()  # below the window's edge
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.rung.own
    assert not tab.rung.own.visibleRegion().isEmpty()
