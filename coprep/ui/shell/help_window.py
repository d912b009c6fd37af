"""Help inside the app: the user guide, the keyboard shortcuts, the worked example and the data folder.

The guide is Markdown in resources/guide/, one page per task, shown by Qt's own Markdown reader,
so help works with no network. The worked example opens in a file of its own beside the person's
database, so made-up meetings are never mixed into their own.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.storage.resources import resource_path
from coprep.i18n import _
from coprep.ui.shell.forms import show_problem

WORKED_EXAMPLE_FILE = "worked-example.db"


def guide_pages() -> list[tuple[str, str]]:
    """(title, Markdown) of each guide page, in the order of their file names."""
    pages = []
    for path in sorted(resource_path("guide").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else path.stem
        pages.append((first.lstrip("# ").strip(), text))
    return pages


def shortcuts_markdown(window: QMainWindow) -> str:
    """Every menu command that has a keyboard shortcut, read from the menus so the list never goes stale."""
    lines = [f"# {_('Keyboard shortcuts')}", "", f"| {_('Keys')} | {_('What they do')} |", "|---|---|"]
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                what = f"{menu_action.text()} › {action.text()}".replace("&", "")
                lines.append(f"| {keys} | {what} |")
    lines += [
        f"| Tab, Shift+Tab | {_('Move to the next or the previous thing you can use')} |",
        f"| Alt + {_('underlined letter')} | {_('Press that button or go to that box')} |",
        f"| Esc | {_('Close the window on top without saving')} |",
        f"| F1 | {_('The meaning of the underlined word where the cursor is')} |",
    ]
    return "\n".join(lines) + "\n"


class HelpWindow(QDialog):
    """The guide's pages in a list on the left, the chosen page on the right. Esc or Close shuts it."""

    def __init__(self, pages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("coprep help"))
        self.setAccessibleName(_("coprep help"))
        self.pages = pages
        self.list = QListWidget()
        self.list.setAccessibleName(_("Help pages"))
        self.list.addItems([title for title, _text in pages])
        self.page = QTextBrowser()
        self.page.setAccessibleName(_("Help page"))
        self.page.setOpenExternalLinks(False)
        self.list.currentRowChanged.connect(self.show_page)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.page)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        close = QAction(self)
        close.setShortcuts(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.reject)
        self.addAction(close)
        self.list.setCurrentRow(0)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.page.setMarkdown(self.pages[row][1])

    def show_title(self, title: str) -> None:
        """Show the page with this title (the first page if there is none)."""
        titles = [page_title for page_title, _text in self.pages]
        self.list.setCurrentRow(titles.index(title) if title in titles else 0)


def show_guide(parent: QMainWindow, extra: tuple[str, str] | None = None) -> HelpWindow:
    """Open the guide (with an extra page first, e.g. the shortcuts) beside the main window."""
    pages = ([extra] if extra else []) + guide_pages()
    window = HelpWindow(pages, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.resize(parent.width() * 3 // 4, parent.height() * 3 // 4)
    window.show()
    return window


def worked_example_path(db_path: Path) -> Path:
    """The worked example's own file, beside the person's database."""
    return db_path.with_name(WORKED_EXAMPLE_FILE)


def open_worked_example(parent: QMainWindow) -> QMainWindow | None:
    """Open the worked example in a window of its own, making it the first time."""
    from coprep.core.demo.worked_example import load_demo
    from coprep.core.storage.database import StorageError, open_database
    from coprep.core.storage.settings import set_setting
    from coprep.core.storage.workspace import Workspace
    from coprep.ui.shell.main_window import MainWindow

    path = worked_example_path(parent.ws.path)
    if path == parent.ws.path:
        return parent
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # making it takes a second or two
    try:
        ws = Workspace(open_database(path), path)
        if not ws.db["committees"].count:
            load_demo(ws)
        set_setting(ws.db, "welcomed", "yes")
    except (StorageError, OSError) as error:
        show_problem(parent, _("coprep could not open the worked example: {error}").format(error=error))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    window = MainWindow(ws)
    window.setWindowTitle(_("coprep — worked example (made up, not your data)"))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_args: ws.db.close())
    window.show()
    return window


def open_data_folder(parent: QMainWindow) -> bool:
    """Show the folder that holds the person's database in the file manager."""
    folder = parent.ws.path.parent
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    show_problem(
        parent,
        _("This computer has no program set up to show folders. Your data is in:\n{folder}").format(folder=folder),
    )
    return False
