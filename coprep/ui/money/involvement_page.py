"""The "Time and money" section: a tax year's time given and money, what is owed to the person
(late money shown first, in a banner), lists to add and change things, the involvement record to
print or save, and a spreadsheet for an adviser."""

import datetime as dt
import html
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprep.core.money import activities, claims, payments
from coprep.core.money.activities import format_minutes
from coprep.core.money.involvement_csv import save_involvement_csv
from coprep.core.money.involvement_summary import tax_years
from coprep.core.money.pennies import format_money
from coprep.core.money.tax_year import tax_year_bounds, tax_year_of, tax_year_short
from coprep.core.storage import clock
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _, ngettext
from coprep.ui.money.activity_dialog import ActivityDialog
from coprep.ui.money.benefits_dialog import BenefitsDialog
from coprep.ui.money.chaser_dialog import ChaserDialog
from coprep.ui.money.claim_dialog import ClaimDialog
from coprep.ui.money.involvement_lists import Row, ThingList
from coprep.ui.money.involvement_summary_view import SummaryView
from coprep.ui.money.payment_dialog import PaymentDialog
from coprep.ui.money.record_tab import RecordTab
from coprep.ui.money.statement_dialog import StatementDialog
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.colours import (
    MARK_CONTRAST,
    NOTICE_BACKGROUND,
    NOTICE_EDGE,
    NOTICE_TEXT,
    chosen,
    high_contrast,
    pick,
    when_palette_changes,
)
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name, show_problem
from coprep.ui.shell.print_actions import ask_save_path, save_folder
from coprep.ui.shell.tab_buttons import with_tab_buttons

WATCHED = {"activities", "payments", "claims", "claim_items", "committees", "meetings", "living_wage_own"}


def banner_style(palette: QPalette) -> str:
    """The late-money notice: a warm box with a thick edge, in colours that read on this palette."""
    if high_contrast():
        ground, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
        edge = text
    else:
        ground = chosen(palette, NOTICE_BACKGROUND)
        text = pick(palette, NOTICE_TEXT, ground)
        edge = pick(palette, NOTICE_EDGE, ground, MARK_CONTRAST)
    return (
        f"QFrame#late_money {{ background: {ground.name()}; border-left: 6px solid {edge.name()}; }}"
        f"QFrame#late_money QLabel {{ color: {text.name()}; }}"
    )


class InvolvementPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.year = QComboBox()
        year_label = QLabel(_("Tax &year:"))
        year_label.setBuddy(self.year)
        name(self.year, _("Tax year"), _("6 April to 5 April"))
        self.year.currentIndexChanged.connect(self.refresh)
        spreadsheet = name(
            QPushButton(_("Save for a &spreadsheet…")),
            _("Save for a spreadsheet"),
            _("A CSV file of this tax year's time and money, for an accountant or benefits adviser"),
        )
        spreadsheet.clicked.connect(self._ask_where_to_save_csv)
        top = FlowLayout()  # the buttons wrap onto more lines with bigger text
        top.addWidget(year_label)
        top.addWidget(self.year)
        for words, what, opens in (
            (_("My &benefits…"), _("My benefits and any weekly earnings limit"), self.open_benefits),
            (_("Statement for an a&dviser…"), _("Statement for an adviser or the Jobcentre"), self.open_statement),
        ):
            button = name(QPushButton(words), what)
            button.clicked.connect(opens)
            top.addWidget(button)
        top.addWidget(spreadsheet)

        self.banner = QFrame()
        self.banner.setObjectName("late_money")
        when_palette_changes(self.banner, lambda: self.banner.setStyleSheet(banner_style(QApplication.palette())))
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(_("Money owed to you that is late"))
        see_claims = name(QPushButton(_("See the &late claims")), _("See the late claims"))
        see_claims.clicked.connect(self.show_late_claims)
        chase = name(QPushButton(_("&Chase late money…")), _("Write a polite chaser for late money"))
        chase.clicked.connect(self.open_chaser)
        banner_column = QVBoxLayout(self.banner)
        banner_column.addWidget(self.banner_text)
        banner_buttons = FlowLayout()
        banner_buttons.addWidget(see_claims)
        banner_buttons.addWidget(chase)
        banner_column.addLayout(banner_buttons)
        self.summary = SummaryView(ws)
        self.time_list = ThingList(
            _("My time"),
            [
                _("Date"),
                _("What"),
                _("Organisation"),
                _("Preparing"),
                _("Travelling"),
                _("Taking part"),
                _("Taking part as"),
            ],
            _("Log my &time…"),
            self.add_activity,
            self.change_activity,
            self._delete("activities"),
        )
        self.payment_list = ThingList(
            _("Payments for my time"),
            [
                _("Date"),
                _("Organisation"),
                _("Amount"),
                _("Worked out"),
                _("What happened"),
                _("Date paid"),
                _("Who pays"),
            ],
            _("Add a &payment…"),
            self.add_payment,
            self.change_payment,
            self._delete("payments"),
        )
        self.claim_list = ThingList(
            _("Expense claims"),
            [
                _("Meeting or committee"),
                _("Claimed"),
                _("Where it has got to"),
                _("Sent"),
                _("Waited"),
                _("Owed to you"),
            ],
            _("New expense &claim…"),
            self.add_claim,
            self.change_claim,
            self._delete("claims"),
        )
        self.record = RecordTab(ws)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Parts of time and money"))
        for widget, title in (
            (self.summary, _("Summary")),
            (self.time_list, _("My time")),
            (self.payment_list, _("Payments for my time")),
            (self.claim_list, _("Expense claims")),
            (self.record, _("Involvement record")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(with_tab_buttons(self.tabs), 1)
        self.tabs.currentChanged.connect(self._as_tall_as_the_page_in_sight)
        self._as_tall_as_the_page_in_sight()
        notifier(ws).changed.connect(self._changed)
        self._fill_years()

    def _as_tall_as_the_page_in_sight(self) -> None:
        """The tabs take the height of the page in sight, not of their tallest page: the summary is
        long (the section scrolls to show it), and the lists of the other pages keep the window's height."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            policy = page.sizePolicy()
            shown = index == self.tabs.currentIndex()
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)

    # -- the tax year and everything shown for it ----------------------------------------------

    def _fill_years(self) -> None:
        chosen = self.chosen_year()
        self.year.blockSignals(True)
        self.year.clear()
        for year in tax_years(self.ws.db, clock.today()):
            self.year.addItem(tax_year_short(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self.refresh()

    def chosen_year(self) -> int:
        return self.year.currentData() if self.year.currentData() is not None else tax_year_of(clock.today())

    def choose_year(self, year: int) -> None:
        self.year.setCurrentIndex(self.year.findData(year))

    def _changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self._fill_years()

    def refresh(self) -> None:
        today = clock.today()
        year = self.chosen_year()
        self.summary.show_year(year, today)
        self.record.show_year(year)
        self._show_banner(today)
        first, last = tax_year_bounds(year)
        self.time_list.show_rows([self._time_row(a) for a in activities.list_activities(self.ws.db, first, last)])
        self.payment_list.show_rows(
            [
                self._payment_row(p)
                for p in payments.list_payments(self.ws.db)
                if tax_year_of(dt.date.fromisoformat(p.paid_date or p.date)) == year
            ]
        )
        self.claim_list.show_rows(
            [
                self._claim_row(c, today)
                for c in claims.list_claims(self.ws.db)
                if c.status == "draft"
                or claims.owed_pence(c)
                or tax_year_of(dt.date.fromisoformat(claims.claim_date(c, today))) == year
            ]
        )

    def _show_banner(self, today: dt.date) -> None:
        late = claims.overdue_claims(self.ws.db, today)
        lines = [f"<b>{html.escape(claims.overdue_words(claim, today))}</b>" for claim in late]
        self.banner_text.setText(_("Money owed to you is late:") + "<br>" + "<br>".join(lines))
        self.banner.setVisible(bool(late))

    def show_late_claims(self) -> None:
        """Show the claims list with the longest-waiting late claim chosen."""
        self.tabs.setCurrentWidget(self.claim_list)
        late = claims.overdue_claims(self.ws.db, clock.today())
        if late:
            self.claim_list.select(late[0].id)
            self.claim_list.table.setFocus()

    @staticmethod
    def _time_row(a: activities.Activity) -> Row:
        minutes = (a.minutes_preparing, a.minutes_travelling, a.minutes_taking_part)
        return Row(
            a.id,
            [
                day_words(a.date),
                a.what,
                a.organisation,
                *(format_minutes(m) if m else "" for m in minutes),
                activities.CAPACITY_WORDS[a.capacity],
            ],
        )

    @staticmethod
    def _payment_row(p: payments.Payment) -> Row:
        return Row(
            p.id,
            [
                day_words(p.date),
                p.organisation,
                format_money(p.amount_pence),
                payments.BASIS_WORDS[p.basis],
                payments.STATUS_WORDS[p.status],
                day_words(p.paid_date) if p.paid_date else "",
                p.payer,
            ],
        )

    @staticmethod
    def _claim_row(c: claims.Claim, today: dt.date) -> Row:
        waited = claims.days_waited(c, today)
        late = claims.is_overdue(c, today)
        if waited is None:
            waited_words = ""
        elif late:
            waited_words = ngettext(
                "{count} day – late (they said {expected})", "{count} days – late (they said {expected})", waited
            ).format(count=waited, expected=c.expected_days)
        else:
            waited_words = ngettext("{count} day", "{count} days", waited).format(count=waited)
        owed = claims.owed_pence(c)
        owed_words = _("nothing: refused") if c.status == "refused" else format_money(owed) if owed else ""
        return Row(
            c.id,
            [
                c.what,
                format_money(c.claimed_pence),
                claims.STATUS_WORDS[c.status],
                day_words(c.submitted_date) if c.submitted_date else "",
                waited_words,
                owed_words,
            ],
            stands_out=late,
        )

    # -- adding, changing, deleting ----------------------------------------------------------

    @staticmethod
    def _open(dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def add_activity(self) -> ActivityDialog:
        return self._open(ActivityDialog(self.ws, parent=self))

    def change_activity(self, activity_id: int) -> ActivityDialog:
        return self._open(ActivityDialog(self.ws, activity_id, parent=self))

    def add_payment(self) -> PaymentDialog:
        return self._open(PaymentDialog(self.ws, parent=self))

    def change_payment(self, payment_id: int) -> PaymentDialog:
        return self._open(PaymentDialog(self.ws, payment_id, parent=self))

    def add_claim(self) -> ClaimDialog:
        return self._open(ClaimDialog(self.ws, parent=self))

    def change_claim(self, claim_id: int) -> ClaimDialog:
        return self._open(ClaimDialog(self.ws, claim_id, parent=self))

    def open_benefits(self) -> BenefitsDialog:
        return self._open(BenefitsDialog(self.ws, parent=self))

    def open_statement(self) -> StatementDialog:
        return self._open(StatementDialog(self.ws, parent=self))

    def open_chaser(self) -> ChaserDialog:
        late = claims.overdue_claims(self.ws.db, clock.today())
        return self._open(ChaserDialog(self.ws, late[0].id if late else None, parent=self))

    def _delete(self, table: str):
        remove = {
            "activities": activities.delete_activity,
            "payments": payments.delete_payment,
            "claims": claims.delete_claim,
        }[table]

        this, title = {
            "activities": (_("This time you gave"), _("Delete this time?")),
            "payments": (_("This payment"), _("Delete this payment?")),
            "claims": (_("This expense claim"), _("Delete this expense claim?")),
        }[table]

        def delete(row_id: int) -> None:
            confirm_delete(self, self.ws, table, row_id, this, title, lambda: remove(self.ws, row_id))

        return delete

    # -- the spreadsheet ------------------------------------------------------------------------

    def _ask_where_to_save_csv(self) -> None:
        year = self.chosen_year()
        suggested = save_folder() / f"time-and-money-{year}-to-{year + 1}.csv"
        chosen = ask_save_path(self, _("Save for a spreadsheet"), suggested, _("Spreadsheet (CSV) files (*.csv)"))
        if chosen is not None:
            self.save_csv(chosen if chosen.suffix.lower() == ".csv" else chosen.with_name(chosen.name + ".csv"))

    def save_csv(self, path: Path) -> None:
        try:
            rows = save_involvement_csv(self.ws.db, path, self.chosen_year(), clock.today())
        except OSError as error:
            show_problem(
                self,
                _("coprep could not save {path}: {value}. Try another folder.").format(
                    path=path, value=error.strerror or error
                ),
            )
            return
        self._tell(
            ngettext("Saved {count} row to {path}", "Saved {count} rows to {path}", rows).format(count=rows, path=path)
        )

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)
