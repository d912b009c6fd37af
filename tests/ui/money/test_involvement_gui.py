"""Time and money driven as a person would: log a meeting's time and a train fare, send the claim,
mark it repaid 40 days later, then find it in the right tax year and in the fair-treatment check."""

import datetime as dt

import pytest
from modal_dialogs import answer_delete_question
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from coprep.core.meetings import meetings
from coprep.core.money import activities, claims, receipts
from coprep.core.money.tax_year import tax_year_short
from coprep.ui.money.involvement_fields import choose, set_date

MEETING_DAY = "2025-03-20"
SENT_DAY = "2025-03-24"  # in the 2024 tax year
PAID_DAY = "2025-05-03"  # 40 days later, in the 2025 tax year


def _press(dialog, qtbot, which=QDialogButtonBox.StandardButton.Save):
    button = dialog.findChild(QDialogButtonBox).button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _summary_cells(page, organisation):
    table = page.summary.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == organisation:
            return [table.item(row, column).text() for column in range(table.columnCount())]
    return None


@pytest.fixture
def meeting_tab(window, ws):
    committee = meetings.add_committee(ws, "Cystic Fibrosis CRG", organisation="NHS England", expenses_days=28)
    meeting = meetings.add_meeting(ws, committee, MEETING_DAY, start_time="13:30", end_time="16:00", status="held")
    window.open_meeting(meeting)
    return window.show_section("Meetings").view.show_tab("Time and expenses")


def test_log_time_claim_a_train_fare_and_see_it_repaid_late_in_the_right_tax_year(
    window, ws, qtbot, meeting_tab, tmp_path
):
    meeting = meeting_tab.meeting_id

    # Log my time: the meeting's date, committee and length are filled in.
    dialog = meeting_tab.log_time()
    assert dialog.taking_part.text() == "2:30" and dialog.organisation.text() == "NHS England"
    qtbot.keyClicks(dialog.preparing, "2")
    qtbot.keyClicks(dialog.travelling, "1:30")
    _press(dialog, qtbot)
    logged = activities.meeting_activity(ws.db, meeting)
    assert (logged.date, logged.minutes_preparing, logged.minutes_travelling, logged.minutes_taking_part) == (
        MEETING_DAY,
        120,
        90,
        150,
    )
    assert "2 h preparing, 1 h 30 min travelling, 2 h 30 min taking part" in meeting_tab.time.text()

    # Claim a train fare with its receipt, and send the claim.
    claim_window = meeting_tab.open_claim(None)
    item_window = claim_window.add_item()
    choose(item_window.kind, "train")
    qtbot.keyClicks(item_window.description, "Return to London")
    qtbot.keyClicks(item_window.amount, "£23.40")
    ticket = tmp_path / "ticket.jpg"
    ticket.write_bytes(b"a photo of a ticket")
    item_window.set_receipt(ticket)
    _press(item_window, qtbot, QDialogButtonBox.StandardButton.Ok)
    assert claim_window.total.text() == "Total claimed: £23.40"
    choose(claim_window.step, "submitted")
    set_date(claim_window.sent, SENT_DAY)
    _press(claim_window, qtbot)
    claim = claims.get_claim(ws.db, claim_window.claim_id)
    assert (claim.status, claim.submitted_date, claim.claimed_pence, claim.meeting_id) == (
        "submitted",
        SENT_DAY,
        2340,
        meeting,
    )
    assert claims.claim_items(ws.db, claim.id)[0].receipt_name == "ticket.jpg"

    # Forty days later it is repaid: open it from the meeting with the keyboard and say so.
    meeting_tab.claims.setCurrentRow(0)
    meeting_tab.claims.setFocus()
    with qtbot.waitSignal(meeting_tab.claims.itemActivated):
        qtbot.keyClick(meeting_tab.claims, Qt.Key.Key_Return)
    claim_window = next(w for w in meeting_tab.findChildren(type(claim_window)) if w.isVisible())
    choose(claim_window.step, "paid")
    assert claim_window.paid_amount.text() == "£23.40"
    set_date(claim_window.paid, PAID_DAY)
    _press(claim_window, qtbot)
    claim = claims.get_claim(ws.db, claim.id)
    assert (claim.status, claim.paid_date, claim.paid_pence) == ("paid", PAID_DAY, 2340)
    assert claims.days_waited(claim, dt.date.today()) == 40
    assert meeting_tab.in_time.text() == "Repaying took 40 days; NHS England said 28 days."

    # It counts as repaid in the 2025 tax year (when the money came), not in 2024 (when it was sent).
    page = window.show_section("Time and money")
    page.choose_year(2025)
    assert page.year.currentText() == tax_year_short(2025)
    assert _summary_cells(page, "NHS England")[6] == "£23.40"
    page.choose_year(2024)
    cells = _summary_cells(page, "NHS England")
    assert cells[6] == "£0.00" and cells[1] == "6 h"
    assert not page.banner.isVisible()

    # The fair-treatment check finds the late repayment.
    from coprep.core.fairness.proposals import propose

    found = propose(ws.db, meeting)["expenses_on_time"]
    assert found.rating == "not_met" and "40 days" in found.reason


def test_an_overdue_claim_shows_in_the_banner_with_the_sum_and_the_wait(window, ws):
    claim = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, claim, "train", amount_pence="23.40")
    sent = dt.date.today() - dt.timedelta(days=41)
    claims.set_claim_status(ws, claim, "submitted", submitted_date=sent.isoformat())
    page = window.show_section("Time and money")
    assert page.banner.isVisible()
    assert "£23.40 owed to you for 41 days by NHS England (they said 28 days)" in page.banner_text.text()
    page.show_late_claims()
    assert page.tabs.currentWidget() is page.claim_list and page.claim_list.current_id() == claim
    row = page.claim_list.table
    assert row.item(0, 4).text() == "41 days – late (they said 28)" and row.item(0, 4).font().bold()


def test_a_bad_amount_is_explained_and_the_item_window_stays_open(window, ws, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(
        "coprep.ui.money.involvement_fields.show_problem", lambda _parent, message: told.append(message)
    )
    page = window.show_section("Time and money")
    item_window = page.add_claim().add_item()
    qtbot.keyClicks(item_window.amount, "-5")
    _press(item_window, qtbot, QDialogButtonBox.StandardButton.Ok)
    assert item_window.isVisible() and "without a minus sign" in told[0]


def test_a_day_of_more_than_24_hours_is_refused_and_nothing_is_saved(window, ws, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(
        "coprep.ui.money.involvement_fields.show_problem", lambda _parent, message: told.append(message)
    )
    page = window.show_section("Time and money")
    dialog = page.add_activity()
    qtbot.keyClicks(dialog.taking_part, "30")
    _press(dialog, qtbot)
    assert dialog.isVisible() and "a day has only 24 hours" in told[0]
    assert ws.db["activities"].count == 0


def test_the_record_shows_saves_as_pdf_and_web_page_and_the_spreadsheet_saves_as_csv(window, ws, tmp_path, monkeypatch):
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB", role_title="PPV partner")
    meeting = meetings.add_meeting(ws, committee, dt.date.today().isoformat(), start_time="10:00", end_time="12:00")
    activities.log_meeting_time(ws, meeting, minutes_preparing="1")
    page = window.show_section("Time and money")
    page.tabs.setCurrentWidget(page.record)
    assert "Role: PPV partner" in page.record.view.toPlainText()
    page.record.actions.save_to(tmp_path / "record.pdf")
    choose(page.record.years, "all")
    page.record.actions.save_to(tmp_path / "record.html")
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF")
    assert "Up to " in (tmp_path / "record.html").read_text(encoding="utf-8")  # all years
    monkeypatch.setattr("coprep.ui.money.involvement_page.ask_save_path", lambda *_args: tmp_path / "money")
    page._ask_where_to_save_csv()
    assert "Quality Committee" in (tmp_path / "money.csv").read_text(encoding="utf-8-sig")


def test_log_my_time_is_one_key_press_from_the_meeting(window, ws, qtbot, meeting_tab):
    def opened():
        return [w for w in meeting_tab.findChildren(QDialog) if w.isVisible()]

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(opened()) == 1)  # a button pressed by its shortcut letter clicks a moment later
    assert opened()[0].windowTitle() == "Log my time"
    qtbot.keyClick(opened()[0].preparing, Qt.Key.Key_Escape)
    assert ws.db["activities"].count == 0


def test_open_receipt_opens_coprep_s_own_copy_by_its_full_path(qtbot, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace
    from coprep.ui.money.claim_dialog import ClaimDialog

    monkeypatch.chdir(tmp_path)  # coprep started with --db mine.db: a path relative to the folder it ran in
    ws = Workspace(open_database(Path("mine.db")), Path("mine.db"))
    ticket = tmp_path / "ticket.jpg"
    ticket.write_bytes(b"a photo of a ticket")
    claim = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, claim, "train", amount_pence="23.40", receipt=ticket)
    ticket.unlink()  # the person's own file is gone; coprep's copy is what opens
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = ClaimDialog(ws, claim)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    open_button = next(
        button
        for button in dialog.findChildren(QPushButton)
        if button.accessibleName() == "Open the chosen item's receipt"
    )
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    path = Path(opened[0].toLocalFile())
    assert path.is_absolute() and path.parent == tmp_path / "mine-files" / "receipts"
    assert path.read_bytes() == b"a photo of a ticket"
    ws.db.close()


def test_a_missing_receipt_copy_is_explained(ws, qtbot, tmp_path, monkeypatch):
    from coprep.ui.money.claim_dialog import ClaimDialog

    ticket = tmp_path / "ticket.jpg"
    ticket.write_bytes(b"a photo of a ticket")
    claim = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, claim, "train", amount_pence="23.40", receipt=ticket)
    receipts.receipt_path(ws, claims.claim_items(ws.db, claim)[0]).unlink()
    told = []
    monkeypatch.setattr("coprep.ui.money.claim_dialog.show_problem", lambda _parent, message: told.append(message))
    dialog = ClaimDialog(ws, claim)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.open_receipt()
    assert "receipt 'ticket.jpg' is missing" in told[0]


def test_a_receipt_can_be_taken_off_an_item_and_undo_brings_it_back(window, ws, qtbot, tmp_path):
    ticket = tmp_path / "ticket.jpg"
    ticket.write_bytes(b"a photo of a ticket")
    claim = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, claim, "train", amount_pence="23.40", receipt=ticket)
    page = window.show_section("Time and money")
    claim_window = page.change_claim(claim)
    claim_window.table.selectRow(0)
    item_window = claim_window.change_item()
    assert item_window.remove_receipt.isEnabled()
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(item_window.remove_receipt, Qt.MouseButton.LeftButton)
    assert "ticket.jpg" in asked[0] and item_window.receipt_words.text() == "ticket.jpg"
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(item_window.remove_receipt, Qt.MouseButton.LeftButton)
    assert item_window.receipt_words.text() == "No receipt yet" and not item_window.remove_receipt.isEnabled()
    _press(item_window, qtbot, QDialogButtonBox.StandardButton.Ok)
    assert claim_window.table.item(0, 3).text() == "none"
    _press(claim_window, qtbot)
    item = claims.claim_items(ws.db, claim)[0]
    assert (item.receipt_name, item.receipt_file, item.amount_pence) == ("", "", 2340)
    ws.undo()
    item = claims.claim_items(ws.db, claim)[0]
    assert item.receipt_name == "ticket.jpg" and receipts.receipt_path(ws, item).is_file()


def test_a_refused_claim_is_shown_as_not_owed_and_the_chart_says_refused_claims_are_left_out(window, ws):
    today = dt.date.today()
    refused = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, refused, "taxi", amount_pence="30")
    claims.set_claim_status(ws, refused, "refused", submitted_date=(today - dt.timedelta(days=3)).isoformat())
    waiting = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, waiting, "train", amount_pence="12")
    claims.set_claim_status(ws, waiting, "submitted", submitted_date=(today - dt.timedelta(days=2)).isoformat())
    page = window.show_section("Time and money")
    table = page.claim_list.table
    owed = {table.item(row, 2).text(): table.item(row, 5).text() for row in range(table.rowCount())}
    assert owed == {"Refused": "nothing: refused", "Sent, waiting": "£12.00"}
    assert page.summary.owed.isVisibleTo(page) and page.summary.refused_note.isVisibleTo(page)
    assert "refused are not counted" in page.summary.refused_note.text()


def test_a_late_claim_s_words_wrap_on_the_meeting_s_tab_rather_than_being_cut_off(meeting_tab, ws):
    claim = claims.add_claim(ws, meeting_id=meeting_tab.meeting_id)
    claims.add_item(ws, claim, "train", amount_pence="23.40")
    claims.set_claim_status(ws, claim, "submitted", submitted_date=MEETING_DAY)
    assert "owed to you for" in meeting_tab.claims.item(0).text()
    assert meeting_tab.claims.wordWrap()
    assert meeting_tab.claims.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_owed_chart_labels_its_ticks_with_the_day_they_fall_on(qtbot):
    from PySide6.QtCharts import QDateTimeAxis

    from coprep.ui.money.involvement_charts import OwedChart

    chart = OwedChart()
    qtbot.addWidget(chart)
    chart.show_steps([(dt.date(2026, 4, 6), 540), (dt.date(2026, 6, 25), 0), (dt.date(2026, 11, 30), 0)])
    days_axis = next(axis for axis in chart.chart().axes() if isinstance(axis, QDateTimeAxis))
    first_tick = days_axis.min().toString(days_axis.format())
    assert first_tick == "6 Apr"  # not "Apr 2026", which reads as the start of April


def test_a_claim_not_yet_sent_is_never_called_no_claim_on_the_meeting_s_tab(meeting_tab, qtbot):
    # Seen on the worked example: "£10.25 – not sent yet" above "No expenses were claimed for this meeting."
    assert meeting_tab.in_time.text() == "No expenses were claimed for this meeting."
    claim_window = meeting_tab.open_claim(None)
    item_window = claim_window.add_item()
    choose(item_window.kind, "train")
    qtbot.keyClicks(item_window.amount, "£10.25")
    _press(item_window, qtbot, QDialogButtonBox.StandardButton.Ok)
    _press(claim_window, qtbot)  # saved as it starts: not sent yet
    assert meeting_tab.claims.count() == 1 and "not sent yet" in meeting_tab.claims.item(0).text()
    assert meeting_tab.in_time.text() == "You have not sent this claim yet."


def test_with_nothing_logged_the_summary_names_the_tabs_as_they_are_titled(window, ws, qtbot):
    """Seen on an empty file: the summary sent the person to a meeting's "My time and expenses" tab,
    which is titled "Time and expenses"."""
    import re

    from coprep.ui.meetings.meeting_view import MEETING_TABS

    page = window.show_section("Time and money")
    words = page.summary.nothing.text()
    assert page.summary.nothing.isVisible()
    named = re.findall("\u201c([^\u201d]+)\u201d", words)
    titles = {title for title, _module, _cls in MEETING_TABS} | {page.tabs.tabText(i) for i in range(page.tabs.count())}
    assert named and set(named) <= titles


def test_at_the_biggest_text_the_charts_grow_taller_so_their_axes_keep_their_words(window, ws, qtbot):
    """Seen at 200%: the hours chart stayed 260 px tall, its axis title cut to "Ho…" and its numbers to "…"."""
    from PySide6.QtCharts import QChartView

    from coprep.core.demo.worked_example import load_demo

    load_demo(ws, today=dt.date(2026, 11, 30))
    for _ in range(6):
        window.change_text_size(+1)
    page = window.show_section("Time and money")
    charts = page.summary.findChildren(QChartView)
    assert len(charts) >= 3  # hours each month, expenses owed, pay an hour
    for chart in charts:
        assert chart.minimumHeight() >= chart.fontMetrics().lineSpacing() * 12, chart.accessibleName()
    # each month's name is drawn whole under its bar ("May" was cut to "M…" where it fitted)
    months = next(axis for axis in page.summary.hours.chart().axes() if axis.orientation() == Qt.Orientation.Horizontal)
    assert months.categories()[:3] == ["Apr", "May", "Jun"] and not months.truncateLabels()


def test_the_pay_an_hour_chart_shortens_a_long_name_at_a_whole_word(window, ws, qtbot):
    """Seen: "Cystic Fibrosis Clinical Refer" and "Riverside Patient Voice Networ" beside the bars."""
    from PySide6.QtCharts import QBarCategoryAxis

    from coprep.core.demo.worked_example import load_demo

    load_demo(ws, today=dt.date(2026, 11, 30))
    rates = window.show_section("Time and money").summary.rates
    labels = next(axis for axis in rates.chart.chart().axes() if isinstance(axis, QBarCategoryAxis)).categories()
    names = [rates.table.item(row, 0).text().strip() for row in range(rates.table.rowCount())]  # the table beside
    assert "Cystic Fibrosis Clinical…" in labels
    for label in labels:
        whole = label.removesuffix("…")
        assert label in names or any(name.startswith(whole + " ") for name in names), label
