"""The "Involvement record" tab: the person's CV of involvement, shown as it will print, to print or save."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from coprep.core.money.involvement_record import involvement_record
from coprep.core.money.tax_year import tax_year_bounds, tax_year_short
from coprep.core.storage import clock
from coprep.core.storage.workspace import Workspace
from coprep.core.text.print_html import Printable
from coprep.i18n import _
from coprep.ui.shell import print_actions
from coprep.ui.shell.forms import add_row, name
from coprep.ui.shell.print_pdf import FONT_FAMILY


class RecordTab(QWidget):
    """Shows the record for the chosen tax year or for all years; the page calls show_year when it changes."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.year: int | None = None
        self.view = print_actions.as_paper(QTextBrowser())
        name(
            self.view,
            _("Involvement record"),
            _(
                "Your committees, roles, dates and hours, for applications and "
                "appraisals. Notes and money are left out."
            ),
        )
        self.years = QComboBox()
        self.years.currentIndexChanged.connect(self.refresh)
        self.text_size = print_actions.text_size_box(self.refresh)
        self.actions = print_actions.PrintActions(self.printable, self)
        form = QFormLayout()
        add_row(form, _("&Covers:"), self.years, _("The tax year chosen above, or all your involvement"))
        add_row(form, _("Te&xt size:"), self.text_size)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.actions)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)

    def show_year(self, year: int) -> None:
        """Offer this tax year (chosen) or all years, and show the record."""
        self.year = year
        all_years = self.years.currentData() == "all"
        self.years.blockSignals(True)
        self.years.clear()
        self.years.addItem(_("Tax year {tax_year_short}").format(tax_year_short=tax_year_short(year)), _("year"))
        self.years.addItem(_("All years"), _("all"))
        self.years.setCurrentIndex(1 if all_years else 0)
        self.years.blockSignals(False)
        self.refresh()

    def printable(self) -> tuple[Printable, str] | None:
        if self.year is None:
            return None
        first, last = (None, None) if self.years.currentData() == "all" else tax_year_bounds(self.year)
        return involvement_record(self.ws.db, first, last, clock.today(), self.text_size.currentData()), "A4"

    def refresh(self) -> None:
        made = self.printable()
        if made is None:
            return
        self.actions.status.clear()
        self.view.document().setDefaultFont(QFont(FONT_FAMILY, made[0].font_pt))
        self.view.setHtml(made[0].html)
