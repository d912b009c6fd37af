"""The meeting's "Briefing pack" tab: choose what goes in, see it, then preview the pages, print or save.

At the top: the parts of the pack, whether to leave out private notes, text size and paper, the
buttons, and "Add to my calendar". Below: the pack as it reads, kept up to date as the person
changes their notes (only while the tab is shown, so typing elsewhere stays quick). Its words to know
need the word finder, built off the window's thread: until it is, the pack says "Looking up words…".
"""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.briefing.pack import SECTIONS, BriefingOptions, build_briefing
from coprep.core.meetings.calendar_file import meeting_ics
from coprep.core.meetings.meetings import get_meeting
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.print_html import Printable, file_stem
from coprep.i18n import _
from coprep.ui.shell import print_actions
from coprep.ui.shell.announce import StatusLine
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import add_row, name, show_problem
from coprep.ui.shell.print_pdf import FONT_FAMILY
from coprep.ui.words.jargon_highlight import LOOKING_UP, glossary_cache, say_looking_up

REFRESH_MS = 400
_ACCESS_LETTERS = {"cover": "F", "agenda": "g", "writing": "S", "words": "r", "reminders": "e"}  # Alt+letter


class BriefingTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self._stale = True
        self._shown_for: int | None = None  # the meeting whose pack the preview shows

        parts = QGroupBox(_("What to put in the pack"))
        ticks = QVBoxLayout(parts)
        self.sections: dict[str, QCheckBox] = {}
        for key, words in SECTIONS.items():
            box = name(QCheckBox(words.replace(_ACCESS_LETTERS[key], "&" + _ACCESS_LETTERS[key], 1)), words)
            box.setChecked(True)
            box.toggled.connect(self.refresh)
            ticks.addWidget(box)
            self.sections[key] = box
        self.leave_out_private = name(
            QCheckBox(_("&Leave out what is private, to share the pack")),
            _("Leave out my private notes, money, ratings and confidential papers"),
            _(
                "Tick this to give the pack to someone else: your notes, money, ratings and confidential papers "
                "are left out"
            ),
        )
        self.leave_out_private.toggled.connect(self.refresh)
        self.all_words = name(
            QCheckBox(_("Also explain c&ommon words")),
            _("Also explain common words"),
            _("Words to know leaves out words nearly everyone knows, unless you tick this"),
        )
        self.all_words.toggled.connect(self.refresh)
        self.text_size = print_actions.text_size_box()
        self.paper = QComboBox()
        for words, size in print_actions.PAPER_SIZES:
            self.paper.addItem(_(words), size)
        sizes = QHBoxLayout()
        for label, box, help_text in (
            (_("&Text size:"), self.text_size, _("Large print is 16 or 20 point")),
            (_("P&aper:"), self.paper, ""),
        ):
            form = QFormLayout()
            add_row(form, label, box, help_text)
            sizes.addLayout(form)
            box.currentIndexChanged.connect(self.refresh)
        sizes.addStretch(1)

        self.calendar = name(
            QPushButton(_("Add to my &calendar (.ics)…")),
            _("Add to my calendar"),
            _("Save the meeting as a file your calendar program can open"),
        )
        self.calendar.clicked.connect(self.add_to_calendar)
        self.actions = print_actions.PrintActions(self.printable, self, beside=(self.calendar,))
        self.calendar_status = StatusLine()
        self.calendar_status.setWordWrap(True)
        self.calendar_status.setAccessibleName(_("Calendar file"))

        self.preview = print_actions.as_paper(QTextBrowser())
        self.preview.setOpenExternalLinks(False)
        name(self.preview, _("The briefing pack"), _("How the pack reads. Preview pages shows where each page ends."))

        choices = QWidget()
        column = QVBoxLayout(choices)
        column.addWidget(parts)
        column.addWidget(self.leave_out_private)
        column.addWidget(self.all_words)
        column.addLayout(sizes)
        column.addWidget(self.actions)
        column.addWidget(self.calendar_status)
        scroll = QScrollArea()
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        notifier(ws).changed.connect(self._changed)
        glossary_cache(ws).glossary_changed.connect(self._finder_built)

    def options(self) -> BriefingOptions:
        return BriefingOptions(
            sections={key for key, box in self.sections.items() if box.isChecked()},
            include_private=not self.leave_out_private.isChecked(),
            large_print=self.text_size.currentData(),
            page_size=self.paper.currentData(),
            all_words=self.all_words.isChecked(),
        )

    def printable(self) -> tuple[Printable, str] | None:
        """The pack as chosen now, with its paper size; None when no meeting is shown."""
        if self.meeting_id is None:
            return None
        options = self.options()
        if "words" in options.sections and glossary_cache(self.ws).built_entries() is None:
            return None  # the pack's words to know would build the word finder here: wait for it
        try:
            return build_briefing(self.ws.db, self.meeting_id, options), options.page_size
        except InputError as error:
            show_problem(self, str(error))
            return None

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.actions.status.clear()
        self.calendar_status.clear()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Show the pack as it is now."""
        self._stale = False
        exists = self.meeting_id is not None and get_meeting(self.ws.db, self.meeting_id) is not None
        made = self.printable() if exists else None
        for button in (self.actions.preview_button, self.actions.print_button, *self.actions.save_buttons.values()):
            button.setEnabled(made is not None)
        self.calendar.setEnabled(exists)
        waiting = exists and made is None and self._waiting_for_words()
        if waiting and self._shown_for == self.meeting_id:
            return  # the pack shown stays until the words are looked up again after a glossary change
        if waiting:
            self._shown_for = None
            say_looking_up(self.preview)
            return
        self._shown_for = self.meeting_id if made is not None else None
        if made is None:
            self.preview.setPlainText(_("Choose a meeting to see its briefing pack."))
            return
        document, _paper = made
        self.preview.document().setDefaultFont(QFont(FONT_FAMILY, document.font_pt))
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(document.html)
        self.preview.verticalScrollBar().setValue(scroll)

    def _waiting_for_words(self) -> bool:
        return self.sections["words"].isChecked() and not glossary_cache(self.ws).ready

    def looking_up(self) -> bool:
        """True while the pack says "Looking up words…", waiting for the word finder."""
        return self._shown_for is None and self.preview.toPlainText() == _(LOOKING_UP)

    def _finder_built(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _changed(self, _tables: set[str]) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def add_to_calendar(self) -> None:
        meeting = get_meeting(self.ws.db, self.meeting_id) if self.meeting_id else None
        if meeting is None:
            return
        suggested = print_actions.save_folder() / f"{file_stem(meeting.date, meeting.name)}.ics"
        path = print_actions.ask_save_path(self, _("Add to my calendar"), suggested, _("Calendar files (*.ics)"))
        if path is not None:
            self.save_calendar(path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics"))

    def save_calendar(self, path: Path) -> None:
        try:
            path.write_bytes(meeting_ics(self.ws.db, self.meeting_id))
        except (OSError, InputError) as error:
            show_problem(
                self,
                _("coprep could not save {path}. {value}").format(
                    path=path, value=getattr(error, "strerror", None) or error
                ),
            )
            return
        self.calendar_status.setText(
            _("Saved to {path}. Open that file to add the meeting to your calendar.").format(path=path)
        )
