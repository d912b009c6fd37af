"""A polite chaser for late money: choose the claim and email or letter, read and change the words,
then copy them, open them in the email program, or print them; "I have sent it" notes the chase
on the claim (Ctrl+Z takes it back)."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from coprep.core.money import chaser, claims
from coprep.core.money.pennies import format_money
from coprep.core.storage import clock
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.money.involvement_fields import saved
from coprep.ui.shell.announce import announce
from coprep.ui.shell.forms import add_row, name, show_problem


def open_url(url: str) -> bool:
    """Hand a link to the desktop (kept apart so tests can see what would open)."""
    return QDesktopServices.openUrl(QUrl(url))


class ChaserDialog(QDialog):
    def __init__(self, ws: Workspace, claim_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(_("Chase late money"))
        self.resize(640, 560)
        today = clock.today()
        self.claim = QComboBox()
        for claim in claims.list_claims(ws.db, "claims.status in ('submitted', 'part_paid')"):
            late = _(" – late") if claims.is_overdue(claim, today) else ""
            self.claim.addItem(
                _("{what}: {format_money}{late}").format(
                    what=claim.what, format_money=format_money(claims.owed_pence(claim)), late=late
                ),
                claim.id,
            )
        if claim_id is not None:
            self.claim.setCurrentIndex(max(0, self.claim.findData(claim_id)))
        self.how = QComboBox()
        self.how.addItem(_("Email"), _("email"))
        self.how.addItem(_("Letter to post"), _("letter"))
        self.to = QLineEdit()
        self.to.setPlaceholderText(_("the involvement team's email address, if you have it"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.chased = QLabel()
        self.chased.setWordWrap(True)
        self.chased.setAccessibleName(_("When you chased before"))
        form = QFormLayout()
        add_row(form, _("&Claim:"), self.claim, _("Claims sent with money still owed"))
        add_row(form, _("&Send as:"), self.how)
        add_row(form, _("Email &to:"), self.to)
        add_row(form, _("Su&bject:"), self.subject)
        add_row(form, _("&Words:"), self.body, _("Change anything you like before you send it"))
        self.copy_button = name(QPushButton(_("C&opy the words")), _("Copy the words"))
        self.email_button = name(QPushButton(_("Open in my &email program")), _("Open in my email program"))
        self.print_button = name(QPushButton(_("&Print…")), _("Print the chaser"))
        self.sent_button = name(QPushButton(_("I have &sent it")), _("Note that you sent it today"))
        row = QHBoxLayout()
        for button, action in (
            (self.copy_button, self.copy),
            (self.email_button, self.open_email),
            (self.print_button, self.print_letter),
            (self.sent_button, self.mark_sent),
        ):
            button.clicked.connect(action)
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.chased)
        layout.addLayout(row)
        layout.addWidget(close)
        self.claim.currentIndexChanged.connect(self.write)
        self.how.currentIndexChanged.connect(self.write)
        self.write()

    def write(self) -> None:
        claim_id = self.claim.currentData()
        for button in (self.copy_button, self.email_button, self.print_button, self.sent_button):
            button.setEnabled(claim_id is not None)
        if claim_id is None:
            self.body.setPlainText(_("No claim is waiting for money, so there is nothing to chase."))
            return
        made = chaser.write_chaser(self.ws.db, claim_id, self.how.currentData(), clock.today())
        self.subject.setText(made.subject)
        self.body.setPlainText(made.body)
        self.chased.setText(chaser.chased_words(self.ws.db, claim_id) or _("You have not chased this claim yet."))

    def current(self) -> chaser.Chaser:
        return chaser.Chaser(
            self.claim.currentData(), self.how.currentData(), self.subject.text(), self.body.toPlainText()
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(
            _("{text}\n\n{toPlainText}").format(text=self.subject.text(), toPlainText=self.body.toPlainText())
        )
        self.chased.setText(_("Copied. Paste it into an email or a letter."))
        announce(self.chased, self.chased.text())

    def open_email(self) -> None:
        if not open_url(self.current().mailto(self.to.text().strip())):
            show_problem(self, _("coprep could not open an email program. Use Copy the words instead."))

    def print_letter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self.body.toPlainText())
            document.print_(printer)

    def mark_sent(self) -> None:
        if saved(self, lambda: chaser.log_chase(self.ws, self.current())):
            self.chased.setText(chaser.chased_words(self.ws.db, self.claim.currentData()))
