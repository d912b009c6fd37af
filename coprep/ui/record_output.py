"""Print the involvement record, or save it as PDF or as a web page.

The HTML comes from core. Qt's QTextDocument.print_() would add its own 2 cm margin and page
numbers on top of the printer's margins, so the document's margin is set to nothing and its page
size to the printer's page before printing.
"""

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MARGINS_MM = QMarginsF(18, 15, 18, 15)


def _prepare(printer: QPrinter, title: str) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      MARGINS_MM, QPageLayout.Unit.Millimeter))
    printer.setDocName(title)


def _print(printer: QPrinter, html: str) -> None:
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setDocumentMargin(0)
    doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    doc.print_(printer)


def save_pdf(html: str, path: Path, title: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _prepare(printer, title)
    _print(printer, html)


def save_html(html: str, path: Path) -> None:
    Path(path).write_text(html, encoding="utf-8")


def print_with_dialog(parent: QWidget, html: str, title: str) -> bool:
    """Ask which printer, then print; False if the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title.lower()}")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _print(printer, html)
    return True
