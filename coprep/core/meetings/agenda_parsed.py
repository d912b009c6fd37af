"""What the agenda reader gives back: each item with the fields lifted out of its title, and the
meeting's details."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from . import agenda_fields as f
from .agenda_details import MeetingDetails


@dataclass
class ParsedItem:
    number: str = ""
    title: str = ""
    purpose: str | None = None
    presenter: str = ""
    time: str | None = None
    papers: str = ""
    pages: str = ""
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def add_description(self, text: str) -> None:
        self.description = f"{self.description}\n{text}" if self.description else text

    def lift_fields(self, text: str) -> str:
        """Move pages, papers, time, purpose and presenter from the edges of a title into empty fields;
        the title that is left."""
        changed, timed, first = True, False, True
        while changed and text:
            changed = False
            # "- 10 mins": in the description, not the title; after other fields only when set off by a
            # dash, comma or bracket ("Review – 30 mins (Jo Bell)", not "Handovers within 30 minutes (Chair)")
            if not timed and (found := f.take_duration(text, set_off=not first)):
                self.add_description(found[0])
                text, timed, changed = found[1], True, True
            first = False
            for name, take in (
                ("pages", f.take_pages),
                ("papers", f.take_papers),
                ("time", f.take_time),
                ("purpose", f.take_purpose),
                ("presenter", f.take_presenter),
            ):
                if not getattr(self, name) and (found := take(text)) and found[1].strip():
                    value, text = found
                    setattr(self, name, value)
                    changed = True
        if self.purpose is None:
            self.purpose = f.mid_purpose(text)
        return text


@dataclass
class ParsedAgenda:
    meeting: MeetingDetails
    items: list[ParsedItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The shape `coprep agenda parse` prints."""
        return {"meeting": self.meeting.to_dict(), "items": [item.to_dict() for item in self.items]}
