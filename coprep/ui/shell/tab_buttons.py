"""Tabs that do not fit become a wrapped set of buttons the person can see whole.

A QTabBar too narrow for its tabs hides some behind two small arrows; at 200% text on a laptop,
half of a meeting's tabs would be out of sight. `with_tab_buttons(tabs)` puts the tab widget in a
holder with a row of buttons above it, one per tab, that wraps onto more lines like words
(coprep.ui.shell.flow_layout). While every tab fits, the usual tab bar shows and the buttons hide;
when they do not fit, the tab bar hides and the buttons show.

The buttons keep what the tabs do: one Tab stop for the set, the arrow keys move between them
and open the page, Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp go to the next or previous
page, each button is named after its page with its place ("page 2 of 6"), and the tab widget keeps
its pages, indexes and titles, so code that opens a tab by its title is unchanged.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QTabWidget, QVBoxLayout, QWidget

from coprep.i18n import _
from coprep.ui.shell.flow_layout import FlowLayout

_NEXT = {Qt.Key.Key_Tab: 1, Qt.Key.Key_Backtab: -1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}


class TabButtons(QWidget):
    """The buttons standing in for `tabs`' tab bar when it cannot show all its tabs."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        self.setLayout(FlowLayout())
        self.setAccessibleName(tabs.accessibleName())
        tabs.currentChanged.connect(self._follow)
        tabs.installEventFilter(self)
        self.wrapped = False  # True when the buttons stand in for the tab bar
        self.hide()

    def fit(self) -> None:
        """Show the tab bar if all its tabs fit across the tab widget, else the buttons.

        The buttons hide with the tab widget (a meeting view with no meeting hides its tabs).
        """
        bar = self.tabs.tabBar()
        self.wrapped = bar.sizeHint().width() > self.tabs.width()
        if self.wrapped:
            self._refresh()
        bar.setVisible(not self.wrapped)
        self.setVisible(self.wrapped and not self.tabs.isHidden())
        # The tab widget hands the keyboard to its bar: with the bar hidden, Tab would stop there and
        # go nowhere (the focus stayed on the control before it). The buttons take Tab instead.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus if self.wrapped else Qt.FocusPolicy.TabFocus)

    def _refresh(self) -> None:
        """One button per tab, with its page's title and place."""
        count = self.tabs.count()
        for button in self.group.buttons()[count:]:
            self.group.removeButton(button)
            button.deleteLater()
        for index in range(count):
            button = self.group.button(index)
            if button is None:
                button = QPushButton()
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.installEventFilter(self)  # a new text size resets its font: keep the open page bold
                self.group.addButton(button, index)
                self.layout().addWidget(button)
            title = self.tabs.tabText(index)
            button.setText(title)
            button.setAccessibleName(title.replace("&", ""))
            button.setAccessibleDescription(
                _("{what}: page {number} of {count}. The arrow keys or Ctrl+Tab go to the others.").format(
                    what=self.tabs.accessibleName(), number=index + 1, count=count
                )
            )
            button.setEnabled(self.tabs.isTabEnabled(index))
        self.setAccessibleName(self.tabs.accessibleName())
        self._follow(self.tabs.currentIndex())

    def _follow(self, index: int) -> None:
        """Press the open page's button, and show it in bold: pressed alone is a faint shade."""
        for button in self.group.buttons():
            chosen = self.group.id(button) == index
            if button.isChecked() != chosen:
                button.setChecked(chosen)
            if button.font().bold() != chosen:
                font = button.font()
                font.setBold(chosen)
                button.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Ctrl+Tab and Ctrl+PgDn on a button go to the next page, as they do on the tab bar."""
        step = _NEXT.get(Qt.Key(event.key()))
        if step is None or not event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.tabs.count() < 2:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step = -1
        index = self.tabs.currentIndex()
        for _try in range(self.tabs.count()):
            index = (index + step) % self.tabs.count()
            if self.tabs.isTabEnabled(index):
                break
        self.tabs.setCurrentIndex(index)
        button = self.group.button(index)
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.tabs and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
        ):
            self.fit()
        elif event.type() == QEvent.Type.FontChange and isinstance(watched, QPushButton):
            self._follow(self.tabs.currentIndex())
        return False


def with_tab_buttons(tabs: QTabWidget) -> QWidget:
    """A holder showing `tabs` with its TabButtons above it; put the holder where the tabs would go."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(TabButtons(tabs, holder))
    layout.addWidget(tabs, 1)
    return holder
