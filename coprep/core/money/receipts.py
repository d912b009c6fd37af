"""Receipts kept with expense claims: coprep's own copy of each, named by its content."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from coprep.core.storage.paths import files_folder, private_folder
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _

if TYPE_CHECKING:
    from coprep.core.money.claims import ClaimItem


def receipts_folder(ws: Workspace) -> Path:
    """The folder of coprep's copies of receipts, as a full path (so a viewer finds it whatever
    folder coprep was started in)."""
    if ws.path is None:
        raise InputError(_("Receipts can only be kept with a saved coprep file."))
    return files_folder(ws.path.absolute()) / "receipts"


def store_receipt(ws: Workspace, source: Path) -> dict[str, str]:
    """Copy a receipt into coprep's own folder, named by its content so the same file is kept once.
    The copy is not removed on undo or delete, so undo can always bring the item back whole."""
    source = Path(source)
    if not source.is_file():
        raise InputError(_("coprep cannot find the receipt {name}. Choose the file again.").format(name=source.name))
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    stored = digest.hexdigest() + source.suffix.lower()
    folder = receipts_folder(ws)
    private_folder(folder)
    target = folder / stored
    if not target.exists():
        partial = target.with_suffix(".partial")
        shutil.copyfile(source, partial)
        partial.chmod(0o600)
        partial.replace(target)
    return {"receipt_name": source.name, "receipt_file": stored}


def receipt_path(ws: Workspace, item: ClaimItem) -> Path | None:
    """Where coprep keeps this item's receipt, or None if it has none."""
    return receipts_folder(ws) / item.receipt_file if item.receipt_file else None
