"""The committee's "Fair treatment" tab: the rungs over time, what is often unmet, the summary."""

import datetime as dt

from modal_dialogs import answer_delete_question
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton

from coprep.core.fairness import conditions, ladder
from coprep.core.meetings import meetings
from coprep.ui.fairness.chair_summary_dialog import SummaryDialog


def rated_committee(ws):
    committee = meetings.add_committee(ws, "Clinical reference group")
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    dated = {}
    for date, papers in (("2026-01-08", "not_met"), ("2026-02-05", "met"), ("2026-03-05", "not_met")):
        meeting = meetings.add_meeting(ws, committee, date, status="held")
        conditions.rate(ws, meeting, ids["induction"], "met")
        conditions.rate(
            ws, meeting, ids["papers_on_time"], papers, "Pack came two days before." if papers == "not_met" else ""
        )
        conditions.rate(ws, meeting, ids["papers_plain"], "met")
        dated[date] = meeting
    meetings.add_meeting(ws, committee, "2026-04-02")
    ladder.set_own_rung(ws, dated["2026-02-05"], 2, "Papers were fine, but nobody asked me anything")
    return committee, dated


def open_ladder_tab(window, committee):
    page = window.show_section("Committees")
    page.open_committee(committee)
    index = next(i for i in range(page.view.tabs.count()) if page.view.tabs.tabText(i) == "Fair treatment")
    page.view.tabs.setCurrentIndex(index)
    return page.view.tab(index)


def test_the_chart_and_its_list_show_each_rated_meeting(window, ws, qtbot):
    committee, dated = rated_committee(ws)
    tab = open_ladder_tab(window, committee)
    assert [(p.x() > 0, p.y()) for p in tab.computed.points()] == [(True, 2), (True, 3), (True, 2)]
    assert [p.y() for p in tab.own.points()] == [2]
    assert [tab.points.item(r).text() for r in range(tab.points.count())] == [
        "8 January 2026: Educating",
        "5 February 2026: Informing (my rung: Educating)",
        "5 March 2026: Educating",
    ]
    assert "Papers late at 2 of the last 3 meetings" in tab.unmet.text()
    assert not tab.empty.isVisible()

    conditions.rate(
        ws,
        dated["2026-03-05"],
        next(c.id for c in conditions.list_conditions(ws.db) if c.key == "papers_on_time"),
        "met",
    )
    assert tab.computed.points()[-1].y() == 3  # the chart follows a change made elsewhere

    tab.points.setFocus()
    tab.points.setCurrentRow(0)
    qtbot.keyClick(tab.points, Qt.Key.Key_Return)
    meeting_page = window.show_section("Meetings")
    assert meeting_page.view.meeting_id == dated["2026-01-08"]
    assert meeting_page.view.tabs.tabText(meeting_page.view.tabs.currentIndex()) == "Fair treatment"


def test_a_committee_with_nothing_rated_says_how_to_start(window, ws):
    committee = meetings.add_committee(ws, "New panel")
    tab = open_ladder_tab(window, committee)
    assert tab.empty.isVisible() and "press a key for each condition" in tab.empty.text()
    assert tab.computed.count() == 0 and tab.points.count() == 0


def test_the_letter_can_be_read_changed_then_saved_and_the_changes_are_kept(window, ws, qtbot, tmp_path):
    committee, _dated = rated_committee(ws)
    dialog = SummaryDialog(ws, committee, window, today=dt.date(2026, 4, 30))
    qtbot.addWidget(dialog)
    shown = dialog.editor.toPlainText()
    assert shown.startswith("30 April 2026") and "Dear Chair," in shown
    assert "Papers late" in shown and "My request:" in shown
    dialog.start.setDate(dialog.start.date().addMonths(1))  # from 8 February: one rated meeting left
    assert "8 January 2026" not in dialog.editor.toPlainText()

    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "Dear Sam, my own words.")
    for ending in (".md", ".html", ".pdf"):
        dialog.actions.save_to(tmp_path / f"letter{ending}")
    assert (tmp_path / "letter.md").read_text(encoding="utf-8") == "Dear Sam, my own words."
    assert "my own words" in (tmp_path / "letter.html").read_text(encoding="utf-8")
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
    again = SummaryDialog(ws, committee, window, today=dt.date(2026, 4, 30))
    qtbot.addWidget(again)
    assert again.editor.toPlainText() == "Dear Sam, my own words."  # kept
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(again.restart, Qt.MouseButton.LeftButton)
    assert "changes you made" in asked[0] and again.editor.toPlainText() == "Dear Sam, my own words."
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(again.restart, Qt.MouseButton.LeftButton)
    assert again.editor.toPlainText().startswith("30 April 2026")


def test_at_bigger_text_the_dates_along_the_bottom_do_not_overlap(window, ws, qtbot):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # close earlier tests' windows first
    window.resize(1280, 860)
    window.change_text_size(+1)
    window.change_text_size(+1)
    committee, _dated = rated_committee(ws)
    tab = open_ladder_tab(window, committee)
    qtbot.waitUntil(lambda: tab.chart.plotArea().width() > 0)
    label = QFontMetrics(tab.dates.labelsFont()).horizontalAdvance("May 2026")
    assert tab.dates.tickCount() * label <= tab.chart.plotArea().width() + label


def test_a_reworded_condition_is_shown_as_typed_in_the_often_unmet_list(window, ws):
    committee, dated = rated_committee(ws)
    papers = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "papers_on_time")
    conditions.reword_condition(ws, papers, text="Papers <b>on time</b>")
    tab = open_ladder_tab(window, committee)
    assert "“Papers &lt;b&gt;on time&lt;/b&gt;” not met at 2 of the last 3 meetings" in tab.unmet.text()


def test_the_chart_s_key_tells_coprep_s_rung_from_mine_without_colour(window, ws, qtbot):
    """On a light palette both series are drawn black; the key once showed two black squares."""
    from PySide6.QtCharts import QLegend, QLineSeries, QScatterSeries

    committee, _dated = rated_committee(ws)
    tab = open_ladder_tab(window, committee)
    legend = tab.chart.legend()
    assert legend.markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries
    kinds = {marker.label(): type(marker.series()) for marker in legend.markers()}
    assert kinds == {"coprep's rung": QLineSeries, "My own rung": QScatterSeries}


def test_copy_the_text_pastes_the_letter_without_its_stars_and_hashes(window, ws, qtbot):
    """Seen: "Copy the text" (to paste into an email) gave "**How I take part…**" and "## What is still happening"."""
    committee, _dated = rated_committee(ws)
    dialog = SummaryDialog(ws, committee, window, today=dt.date(2026, 4, 30))
    qtbot.addWidget(dialog)
    assert "## " in dialog.editor.toPlainText()  # the letter as written keeps its marks
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy the text")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    pasted = QApplication.clipboard().mimeData()
    assert "Dear Chair," in pasted.text() and "Papers late" in pasted.text()
    assert "**" not in pasted.text() and "#" not in pasted.text()
    assert pasted.hasHtml() and "<h2" in pasted.html() and "Papers late" in pasted.html()
