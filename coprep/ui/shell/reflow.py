"""Bigger text rearranges the window instead of pushing it off the screen.

After every change of text size (and when the window is resized), `reflow(window)`:
- stacks the panes of a side-by-side splitter when they do not fit side by side in the window as
  it is (a narrow window, or bigger text), each pane needing its narrowest width and at least
  READABLE_CHARACTERS letters across, and puts them back side by side when they do;
- lets form labels go above their fields when a row does not fit (QFormLayout.WrapLongRows);
- lets long labels and the entries of lists wrap onto more lines, and keeps each wrapped label tall enough for its lines;
- lets drop-down lists be narrower than their longest choice (the open list still shows it whole);
- keeps lists and text boxes at least READABLE_LINES lines tall (or the lines a screen asks for
  with `readable(box, lines)`), so bigger text makes the page
  scroll up and down instead of squeezing them to a sliver;
- takes invisible stops out of the Tab order (coprep.ui.shell.tab_stops);
- shrinks the window back onto the screen, so Ctrl+0 gives back a normal-sized window, and a
  dialog that sized itself in letters and lines at big text opens no bigger than the screen.
"""

import atexit
import math

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QScrollArea,
    QSplitter,
    QWidget,
)

from coprep.ui.shell.first_paint import after_first_paint

# Labels longer than this many characters may wrap; shorter ones (captions, buttons' labels) stay on one line.
WRAP_AFTER_CHARACTERS = 30
# Lists and text boxes, asked of Qt by class name: naming the text boxes' classes here would make
# PySide build them (and their enums) for the reflow before the first paint, which has none.
_READ_OR_TYPED = ("QAbstractItemView", "QPlainTextEdit", "QTextEdit")
STACKED = "coprep_stacked"  # a splitter's property: True when coprep stacked it because it did not fit
OWN_HEIGHT = "coprep_own_minimum_height"  # a pane's minimum height from before it was stacked
STACKED_LINES = 9  # a stacked pane shows at least this many lines of text
READABLE_LINES = 4  # lists and text boxes show at least this many lines (or all they may show)
TALLEST_ROWS = 12  # a table shows its first two rows whole, up to this many lines
LINES = "coprep_readable_lines"  # a box's own wish: at least this many lines (see readable())
DESIGNED_HEIGHT = "coprep_designed_minimum_height"  # a box's own minimum height, before coprep raised it
READABLE_CHARACTERS = 30
WATCH_AT_LATEST_MS = 2000  # the reflow watch starts after the first paint, or after this long without one
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
CHOICE_CHARACTERS = 12  # a closed drop-down list is at least this many letters wide


def _splitter_needs(splitter: QSplitter) -> int:
    """The width a splitter needs to show its panes side by side."""
    shown = [splitter.widget(i) for i in range(splitter.count()) if not splitter.widget(i).isHidden()]
    widths = [
        max(w.minimumSizeHint().width(), w.minimumWidth(), w.fontMetrics().averageCharWidth() * READABLE_CHARACTERS)
        for w in shown
    ]
    return sum(widths) + splitter.handleWidth() * max(0, len(shown) - 1)


def _restack(splitter: QSplitter, room: int) -> bool:
    """Side by side if the panes fit in `room`, else one above the other. True if it changed."""
    stacked = bool(splitter.property(STACKED))
    fits = _splitter_needs(splitter) <= room
    if fits and not stacked:
        # Side by side already, or stacked by design, not by coprep: either way it stays. Known without
        # asking its orientation, which would name Qt's namespace (93 enums) before the first paint.
        return False
    from PySide6.QtCore import Qt

    if splitter.orientation() == Qt.Orientation.Vertical and not stacked:
        return False  # stacked by design, not by coprep
    want = Qt.Orientation.Horizontal if fits else Qt.Orientation.Vertical
    if splitter.orientation() == want:
        return False
    splitter.setOrientation(want)
    stacking = want == Qt.Orientation.Vertical
    splitter.setProperty(STACKED, stacking)
    splitter.setChildrenCollapsible(False)  # a pane squeezed to nothing would hide what the person needs
    for index in range(splitter.count()):
        pane = splitter.widget(index)
        if stacking:
            pane.setProperty(OWN_HEIGHT, pane.minimumHeight())
        elif pane.property(OWN_HEIGHT) is not None:
            pane.setMinimumHeight(int(pane.property(OWN_HEIGHT)))
            pane.setProperty(OWN_HEIGHT, None)
    if stacking:
        # The room beyond what each pane needs goes by the panes' stretch, as it would on a resize
        # (not by how wide they were side by side): to the list of items read, not the pasted text.
        panes = [splitter.widget(index) for index in range(splitter.count())]
        splitter.setSizes([1 + 100 * pane.sizePolicy().verticalStretch() for pane in panes])
    return True


def _keep_stacked_panes_tall(splitter: QSplitter) -> None:
    """Stacked panes stay tall enough to read and never below what their own contents need; the page
    scrolls instead. (A splitter takes a pane's set minimum height over what its layout needs, so
    the set one is kept at least as big.)"""
    spacing = QFontMetrics(splitter.font()).lineSpacing()
    for index in range(splitter.count()):
        pane = splitter.widget(index)
        own = pane.property(OWN_HEIGHT)
        if own is None:
            continue
        lines = spacing * int(pane.property(LINES) or STACKED_LINES)  # a pane may ask for fewer by readable()
        height = max(int(own), lines, pane.minimumSizeHint().height())
        if pane.minimumHeight() != height:
            pane.setMinimumHeight(height)


def _loosen(window: QWidget) -> None:
    for form in window.findChildren(QFormLayout):
        if form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for label in window.findChildren(QLabel):
        if not label.wordWrap() and len(label.text()) > WRAP_AFTER_CHARACTERS and not label.pixmap():
            label.setWordWrap(True)
        if label.wordWrap() and label.isVisible() and label.width() > 1:
            # Splitters and stacked pages ask a label how tall it must be without saying how wide it
            # is; tell them, for the width it has now (a later reflow follows a new width).
            needed = _label_height(label)
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)
    for choice in window.findChildren(QComboBox):
        if choice.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            choice.setMinimumContentsLength(max(choice.minimumContentsLength(), CHOICE_CHARACTERS))
            # Qt keeps the narrowest width it worked out before; a style change makes it work it out again
            QApplication.sendEvent(choice, QEvent(QEvent.Type.StyleChange))
    for box in window.findChildren(QAbstractScrollArea):
        if any(box.inherits(kind) for kind in _READ_OR_TYPED) and box.window() is window:  # not a drop-down's own list
            _keep_readable(box)
            if type(box) in (QListView, QListWidget) and not box.wordWrap():
                box.setWordWrap(True)  # a long entry wraps instead of needing sideways scrolling


def _label_height(label: QLabel) -> int:
    """The height a wrapped label needs for its lines at its width.

    Worked out here, not by QLabel.heightForWidth, which never answers less than the label's
    minimum height: a minimum set for a narrow label would otherwise stay when it grows wider.
    QTextDocument is named only here, when a label needs it (naming it makes PySide build it).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    frame = label.height() - label.contentsRect().height() + 2 * label.margin()
    width = label.contentsRect().width() - 2 * label.margin()
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText
    if rich or (label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.setTextWidth(width)
        return math.ceil(document.size().height()) + frame
    flags = int(label.alignment().value) | Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextShowMnemonic.value
    return label.fontMetrics().boundingRect(0, 0, width, 1_000_000, flags, text).height() + frame


def readable(box: QWidget, lines: int) -> None:
    """Ask that `box` (a list, table or text box) keep at least `lines` lines of text in sight at any
    text size: for a list the person must see several entries of at once (meetings, words). Given a
    pane of a splitter, `lines` is its height when stacked, in place of STACKED_LINES (never less
    than its contents need): a pane of lesser use can leave the room to the one beside it."""
    box.setProperty(LINES, lines)


def _keep_readable(box: QAbstractScrollArea) -> None:
    """At least READABLE_LINES lines tall at the current text size, or what the box asked for by
    readable() (never above its own maximum)."""
    if box.property(DESIGNED_HEIGHT) is None:
        box.setProperty(DESIGNED_HEIGHT, box.minimumHeight())
    if box.minimumHeight() == box.maximumHeight() and box.minimumHeight() > 0:
        return  # sized exactly by its screen (a table as tall as its rows)
    spacing = box.fontMetrics().lineSpacing()
    lines = spacing * int(box.property(LINES) or READABLE_LINES) + 2 * box.frameWidth()
    if box.inherits("QTableView") and box.model() is not None:  # two whole rows, however far they wrap
        header = box.horizontalHeader().height() if not box.horizontalHeader().isHidden() else 0
        rows = sum(box.rowHeight(row) for row in range(min(2, box.model().rowCount())))
        lines = max(lines, min(header + rows, spacing * TALLEST_ROWS) + 2 * box.frameWidth())
    height = min(box.maximumHeight(), max(int(box.property(DESIGNED_HEIGHT)), lines))
    if box.minimumHeight() != height:
        box.setMinimumHeight(height)


def reflow(window: QWidget, fit: bool = False, tab_stops: bool = True) -> None:
    """Rearrange `window` to fit its screen at the current text size (see the module's note).

    With fit=True (after a change of text size) the window is also made to fit on its screen.
    With tab_stops=False the Tab order is left for a later reflow: it is not seen, and tidying it
    asks scrolling areas for their insides, which makes PySide build a class for every kind of Qt
    widget (some 40 ms).
    """
    _loosen(window)
    if tab_stops:
        from coprep.ui.shell.tab_stops import tidy_tab_stops  # only after the first paint: it names tab bars

        tidy_tab_stops(window)
    splitters = sorted(window.findChildren(QSplitter), key=lambda s: _depth(s, window))
    for splitter in splitters:
        # Its room: its width (or, on a hidden page, the width of what holds the page). The window is
        # never widened for it: a person who made the window narrow wants it narrow.
        if _restack(splitter, _shown_width(splitter, window)) and window.layout() is not None:
            window.layout().activate()
        if splitter.property(STACKED):
            _keep_stacked_panes_tall(splitter)
    if fit:
        fit_on_screen(window)


def scrolling(page: QWidget) -> QScrollArea:
    """The page in a frameless area that scrolls up and down when stacked panes are taller than the window."""
    area = QScrollArea()
    # A viewport made here rather than by Qt: the first Qt-made widget Python meets (here, climbing
    # from a page to its window) makes PySide build a class for every kind of Qt widget (some 40 ms).
    area.setViewport(QWidget())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    # The page's own controls take the keyboard, not the area. Set by property, as the number of
    # Qt.FocusPolicy.NoFocus: naming Qt's namespace before the first paint builds its 93 enums.
    area.setProperty("focusPolicy", NO_FOCUS)
    area.setWidget(page)
    _FocusInSight(area)
    return area


class _FocusInSight(QObject):
    """Scrolls the area to a control that takes the keyboard out of sight (by Tab, a shortcut such as
    Alt+N, or a screen moving the focus), so the person sees where they are. Qt itself does it only
    for Tab pressed inside the area."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            page = self.area.widget()
        except RuntimeError:  # the area is being deleted (its page's focus moves as it goes)
            return
        if new is not None and page is not None and page.isAncestorOf(new) and new.visibleRegion().isEmpty():
            self.area.ensureWidgetVisible(new)


def fit_on_screen(window: QWidget) -> None:
    """Make a window no wider or taller than its screen, and never smaller than it must be."""
    screen = window.screen()
    if screen is None or not window.isWindow():
        return
    area = screen.availableGeometry()
    hint = window.minimumSizeHint()
    width = max(hint.width(), min(window.width(), area.width()))
    height = max(hint.height(), min(window.height(), area.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def _shown_width(widget: QWidget, window: QWidget) -> int:
    """The width the widget can have without scrolling sideways.

    That is its width (or, on a hidden page, the width of its nearest ancestor on screen), less
    what the page holding it already sticks out of its scrolling area.
    """
    shown = widget
    while shown is not window and not shown.isVisible() and shown.parentWidget() is not None:
        shown = shown.parentWidget()
    width = shown.width()
    holder = widget.parentWidget()
    while holder is not None and holder is not window:
        if isinstance(holder, QScrollArea) and holder.widget() is not None:
            return width - max(0, holder.widget().width() - holder.viewport().width())
        holder = holder.parentWidget()
    return width


def _depth(widget: QWidget, top: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not top:
        widget = widget.parentWidget()
        depth += 1
    return depth


class Reflower(QObject):
    """Reflows a window soon after anything in it is shown, resized or laid out again.

    A tab shown for the first time, or a pane opened, can need a different arrangement, so every
    Show, Resize and LayoutRequest asks for one reflow of its window in the next turn of the event loop;
    a dialog's own Show also fits it on its screen.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.waiting: list[QWidget] = []
        self.shown: list[QWidget] = []
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest) and isinstance(
            watched, QWidget
        ):
            window = watched.window()
            if not window.inherits("QMenu"):
                self.request(window)
                if event.type() == QEvent.Type.Show and watched is window and not window.inherits("QMainWindow"):
                    # a dialog just shown is fitted on its screen: sized in letters and lines, it can be
                    # bigger than the screen at big text (the main window keeps the size the person gave it)
                    self.shown.append(window)
        return False

    def request(self, window: QWidget) -> None:
        """Reflow `window` in the next turn of the event loop (once, however often it is asked)."""
        if not any(w is window for w in self.waiting):
            if not self.waiting:
                QTimer.singleShot(0, self._run)
            self.waiting.append(window)

    def _run(self) -> None:
        waiting, self.waiting = self.waiting, []
        shown, self.shown = self.shown, []
        for window in waiting:
            try:
                if window.isVisible():
                    reflow(window, fit=any(w is window for w in shown))
            except RuntimeError:  # the window closed and went before its turn
                continue


def install_reflow(app: QApplication) -> None:
    """Reflow every window the application shows, from now on."""
    global _reflower
    if _reflower is None:
        _reflower = Reflower(app)
        atexit.register(_let_go)


def reflow_soon_and_after_first_paint(window: QWidget) -> None:
    """Arrange a window just shown before it first paints, and reflow every window from just after that paint.

    Reflower's watch costs most before the first paint: PySide hands every event of every object
    to it, and the first event of an object of one of Qt's own private classes makes PySide build
    every Qt class it knows (about 30 ms). So the first window is arranged once in the next turn of
    the event loop, as the watch would have done (all but the Tab order, which is not seen), and the
    watch starts once it is on screen (and arranges it again, Tab order included, for anything that
    came in meanwhile), or after WATCH_AT_LATEST_MS should the window not paint (started hidden, say).
    """
    QTimer.singleShot(0, window, lambda: _arrange_before_first_paint(window))

    def start() -> None:
        if _reflower is None:
            install_reflow(QApplication.instance())
            _reflower.request(window)

    after_first_paint(window, start)
    QTimer.singleShot(WATCH_AT_LATEST_MS, window, start)


def _arrange_before_first_paint(window: QWidget) -> None:
    """Reflow, and lay out at once what that changed (a pane's narrowest width, a list's height):
    left to the layouts' own turn, it came after the first paint, and the panes moved just after it."""
    for _pass in range(2):  # again once laid out: a row of buttons that wrapped makes its pane taller
        reflow(window, tab_stops=False)
        for _turn in range(3):  # a pane laid out anew asks its splitter to lay out anew in turn
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _let_go() -> None:
    """At exit, stop watching before Python forgets the watcher (else PySide may crash at exit)."""
    global _reflower
    app = QApplication.instance()
    if app is not None and _reflower is not None:
        app.removeEventFilter(_reflower)
    _reflower = None


_reflower: Reflower | None = None  # kept here so Python keeps it as long as the application
