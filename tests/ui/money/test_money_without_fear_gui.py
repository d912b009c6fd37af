"""Money without fear, driven as a person would: note a benefit's weekly limit, record a payment
that would pass it, accept part and say no to the rest, print the statement to PDF, see the hourly
rate, and chase a late claim."""

import datetime as dt

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coprep.core.meetings import meetings
from coprep.core.money import activities, benefits, chaser, claims, payments
from coprep.core.storage import clock
from coprep.ui.money import chaser_dialog
from coprep.ui.money.involvement_fields import choose, set_date

TODAY = clock.today()


def _press(dialog, qtbot, which=QDialogButtonBox.StandardButton.Save):
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


def _pdf_text(path):
    return " ".join(" ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(path)).split())


def test_a_payment_past_the_limit_warns_and_part_is_declined_then_the_statement_prints(window, ws, qtbot, tmp_path):
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB")
    page = window.show_section("Time and money")

    # My benefits: type the benefit, its weekly limit and the day it starts.
    dialog = page.open_benefits()
    qtbot.keyClicks(dialog.benefit, "Employment and Support Allowance")
    qtbot.keyClicks(dialog.limit, "50")
    set_date(dialog.start, (TODAY - dt.timedelta(days=30)).isoformat())
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [b.weekly_limit_pence for b in benefits.list_benefits(ws.db)] == [5000]
    assert dialog.list.item(0, 1).text() == "£50.00"
    dialog.close()

    # A £75 payment would pass the £50 limit: the warning comes before anything is saved.
    payment = page.add_payment()
    choose(payment.committee, committee)
    qtbot.keyClicks(payment.amount, "75")
    _press(payment, qtbot)
    assert payment.warning is not None and payment.warning.isVisible()
    assert payments.list_payments(ws.db) == []
    assert "go over by £25.00" in payment.warning.sums.text()
    assert payment.warning.accept_part.isChecked() and payment.warning.part.text() == "£50.00"
    _press(payment.warning, qtbot)
    saved = sorted(payments.list_payments(ws.db), key=lambda p: p.status)
    assert [(p.status, p.amount_pence, p.declined_reason) for p in saved] == [
        ("declined", 2500, "To protect my benefits"),
        ("offered", 5000, ""),
    ]
    qtbot.waitUntil(lambda: page.payment_list.table.rowCount() == 2)
    table = page.summary.table
    assert [table.item(0, column).text() for column in (0, 5, 8)] == ["Riverside ICB", "£0.00", "£25.00"]

    # A second payment the same week: nothing left under the limit, so saying no is offered.
    second = page.add_payment()
    qtbot.keyClicks(second.amount, "20")
    _press(second, qtbot)
    assert second.warning.decline.isChecked()
    _press(second.warning, qtbot)
    assert len([p for p in payments.list_payments(ws.db) if p.status == "declined"]) == 2

    # The statement, printed to PDF: payments, and apart from them, what was said no to.
    statement = page.open_statement()
    qtbot.keyClicks(statement.person, "Jane Ahmed")
    pdf = tmp_path / "statement.pdf"
    statement.actions.save_to(pdf)
    text = _pdf_text(pdf)
    for words in ("Jane Ahmed", "Payments I said no to", "£25.00", "£20.00", "£45.00", "Signed", "SCIE"):
        assert words in text
    assert statement.actions.status.text().startswith("Saved to")
    csv_file = tmp_path / "statement.csv"
    statement.save_csv(csv_file)
    assert csv_file.read_text(encoding="utf-8-sig").count("declined") == 2


def test_the_summary_shows_the_real_hourly_rate_below_the_living_wage(window, ws):
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB")
    day = TODAY.isoformat()
    activities.add_activity(
        ws, day, committee_id=committee, minutes_preparing=240, minutes_travelling=90, minutes_taking_part=150
    )
    payments.add_payment(ws, day, committee_id=committee, amount_pence=7500, status="claimed")
    page = window.show_section("Time and money")
    rates = page.summary.rates
    cells = {
        rates.table.item(row, 0).text().strip(): rates.table.item(row, 4).text()
        for row in range(rates.table.rowCount())
    }
    assert cells["Quality Committee"].startswith("£75.00 a time is £9.38 an hour once your 8 h are counted")
    assert "below the Living Wage" in cells["Quality Committee"]
    assert "Quality Committee" in rates.chart.accessibleDescription()


def test_chase_a_late_claim_by_email_and_the_chase_is_noted(window, ws, qtbot, monkeypatch):
    claim = claims.add_claim(ws, organisation="NHS England", note="Train to London")
    claims.add_item(ws, claim, "train", amount_pence="23.40")
    sent = TODAY - dt.timedelta(days=41)
    claims.set_claim_status(ws, claim, "submitted", submitted_date=sent.isoformat())
    opened = []
    monkeypatch.setattr(chaser_dialog, "open_url", lambda url: opened.append(url) or True)
    page = window.show_section("Time and money")
    dialog = page.open_chaser()
    assert "£23.40" in dialog.body.toPlainText() and "41 days" in dialog.body.toPlainText()
    qtbot.keyClicks(dialog.to, "ppv@example.org")
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith("mailto:ppv%40example.org?subject=")
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert [c.date for c in chaser.chases_for(ws.db, claim)] == [TODAY.isoformat()]
    assert "I chased it on" in dialog.chased.text()
