"""Say a change out loud to a screen reader: saved, deleted, undone, or a problem to fix.

A person who cannot see the screen never notices a line of text changing at the bottom of the
window, so every such line is also sent as an announcement (Qt's QAccessibleAnnouncementEvent,
which reaches Orca over AT-SPI and NVDA or Narrator over UI Automation). Good news is "polite"
(said after what the reader is saying now); a problem is "assertive" (said at once).

Three ways in, so no screen needs to remember:
- `announce(widget, text, urgent=False)` for anything said once;
- the main window's status bar says each new message (`announce_status_bar`);
- a `StatusLine` is a label that says each text it is given (forms' problem lines, "Saved to…").

Every announcement is also emitted as `announcements.said(text, urgent)`, so tests (and anything
else that wants to follow along) can hear what a screen reader was told.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class Announcements(QObject):
    """What coprep has said to screen readers: (text, urgent)."""

    said = Signal(str, bool)


announcements = Announcements()


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have a screen reader say `text`, from `widget` (the control or line where it is shown)."""
    text = " ".join(text.split())
    if not text:
        return
    announcements.said.emit(text, urgent)
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not needed before the first paint

    if QAccessible.isActive():  # only when an assistive technology listens; building the event is cheap
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)


def announce_status_bar(bar: QStatusBar) -> None:
    """Say every new status bar message (Qt sends none for the same message shown again, so a
    burst of autosaves is said once)."""
    bar.messageChanged.connect(lambda text: announce(bar, text))


class StatusLine(QLabel):
    """A line that tells the person what just happened, and says it to a screen reader too.

    `urgent` lines hold problems to fix (said at once); the others hold news like "Saved to…".
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, urgent: bool = False) -> None:
        super().__init__(text, parent)
        self.urgent = urgent

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        announce(self, text, self.urgent)
