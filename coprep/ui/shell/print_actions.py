"""Buttons to preview, print and save a document: shared by the briefing pack and the "What I raised" list.

The document is made when a button is pressed, so it is always up to date. Asking where to save is
one function, `ask_save_path`, so tests can answer it instead of a person.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.text.print_html import SAVE_ENDINGS, Printable
from coprep.i18n import N_, _, ngettext
from coprep.ui.shell import settings as keys
from coprep.ui.shell.announce import StatusLine
from coprep.ui.shell.colours import high_contrast_palette
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name, show_problem
from coprep.ui.shell.print_pdf import paint_document, save_printable, setup_printer

# ending: (button words, what the button does, file dialog filter)
SAVE_KINDS = {
    ".pdf": (N_("Save as &PDF…"), N_("Save as a PDF file"), N_("PDF files (*.pdf)")),
    ".html": (N_("Save as &web page…"), N_("Save as a web page (HTML)"), N_("Web pages (*.html)")),
    ".md": (
        N_("Save as plain text (.&md)…"),
        N_("Save as a plain text file, with simple marks for headings and lists (Markdown)"),
        N_("Plain text with marks (*.md)"),
    ),
}
TEXT_SIZES = ((N_("Normal (12 point)"), None), (N_("Large (16 point)"), 16), (N_("Very large (20 point)"), 20))
PAPER_SIZES = ((N_("A4"), "A4"), (N_("US Letter"), "Letter"))

Maker = Callable[[], tuple[Printable, str] | None]  # the document and its paper size, or None


def text_size_box(on_change: Callable[[], None] | None = None) -> QComboBox:
    """The drop-down of print text sizes (normal, 16 pt, 20 pt), calling on_change when it changes."""
    box = QComboBox()
    for words, size in TEXT_SIZES:
        box.addItem(_(words), size)
    if on_change is not None:
        box.currentIndexChanged.connect(on_change)
    return box


def save_folder() -> Path:
    """Where Save dialogs start: the folder the person last saved to, else their Documents folder."""
    last = keys.settings().value(keys.LAST_SAVE_FOLDER, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def as_paper(view: QTextBrowser) -> QTextBrowser:
    """A page that will be printed, shown as it will print: black on white, whatever the window's
    colours (its words are black, so on a dark ground they would not show)."""
    view.setPalette(high_contrast_palette(dark=False))
    return view


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Ask the person where to save; None if they cancel. The folder chosen is where the next Save starts."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    keys.settings().setValue(keys.LAST_SAVE_FOLDER, str(Path(chosen).parent))
    return Path(chosen)


class PrintActions(QWidget):
    """Preview, Print, and Save as PDF, web page or Markdown, for the document `make` returns."""

    saved = Signal(Path)

    def __init__(self, make: Maker, parent: QWidget | None = None, beside: tuple[QWidget, ...] = ()) -> None:
        """`beside` are other buttons to show after Preview and Print."""
        super().__init__(parent)
        self.make = make
        self.preview_button = name(QPushButton(_("Pre&view pages…")), _("Preview the pages as they will print"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = name(QPushButton(_("Pr&int…")), _("Print"))
        self.print_button.clicked.connect(self.print_document)
        self.save_buttons: dict[str, QPushButton] = {}
        for ending, (words, what, _filter) in SAVE_KINDS.items():
            button = name(QPushButton(_(words)), _(what))
            button.clicked.connect(lambda _checked=False, e=ending: self.save(e))
            self.save_buttons[ending] = button
        self.status = StatusLine()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_("What was saved"))
        buttons = FlowLayout()  # as many to a line as fit, in any language and at any text size
        for button in (self.preview_button, self.print_button, *beside, *self.save_buttons.values()):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.status)

    def _printer(self, document: Printable, paper: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, paper, document.title)
        return printer

    def preview(self) -> None:
        made = self.make()
        if made is None:
            return
        document, paper = made
        printer = self._printer(document, paper)  # kept here: the dialog does not own it, and uses it until closed
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(_("Preview: {title}").format(title=document.title))
        dialog.paintRequested.connect(lambda printer: paint_document(printer, document))
        dialog.exec()

    def print_document(self) -> None:
        made = self.make()
        if made is None:
            return
        document, paper = made
        printer = self._printer(document, paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print: {title}").format(title=document.title))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                paint_document(printer, document)
            except OSError as error:
                show_problem(self, str(error), _("Printing did not work"))

    def save(self, ending: str) -> None:
        """Ask where, then save the document in the kind of file the ending names."""
        made = self.make()
        if made is None:
            return
        words, _what, file_filter = SAVE_KINDS[ending]
        path = ask_save_path(
            self, _(words).replace("&", "").rstrip("…"), save_folder() / f"{made[0].file_stem}{ending}", _(file_filter)
        )
        if path is not None:
            self._write(made, path if path.suffix.lower() in SAVE_ENDINGS else path.with_name(path.name + ending))

    def save_to(self, path: Path) -> None:
        """Save to this file, its kind chosen by its ending (.pdf, .html or .md)."""
        made = self.make()
        if made is not None:
            self._write(made, path)

    def _write(self, made: tuple[Printable, str], path: Path) -> None:
        document, paper = made
        try:
            pages = save_printable(document, path, paper)
        except OSError as error:
            show_problem(
                self,
                _(
                    "coprep could not save {path}. {value}\n\nCheck that the folder exists and that you may save there."
                ).format(path=path, value=error.strerror or error),
            )
            return
        self.status.setText(
            ngettext("Saved to {path} ({count} page).", "Saved to {path} ({count} pages).", pages).format(
                path=path, count=pages
            )
            if pages
            else _("Saved to {path}.").format(path=path)
        )
        self.saved.emit(path)
