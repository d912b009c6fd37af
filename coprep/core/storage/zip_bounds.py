"""How big a zip file (Word, OpenDocument) would be once unpacked, read from its list of parts.

A few kilobytes can unpack to gigabytes (a "zip bomb"), and the libraries that read Word and
OpenDocument files unpack whole parts into memory. Every reader of such files asks here first;
nothing is unpacked to answer.
"""

import zipfile

# Real papers and agendas unpack to a few megabytes.
MAX_UNPACKED_BYTES = 150 * 1024 * 1024
# Unpacked size over packed size, for any part over a megabyte: text compresses about 5-10 times.
MAX_RATIO = 200
_BIG_PART = 1024 * 1024


def swells_when_unpacked(path: str, limit: int = MAX_UNPACKED_BYTES) -> bool:
    """True when the zip at `path` would unpack to more than `limit` bytes or has a part packed far too tightly.

    Raises zipfile.BadZipFile (or OSError) when the file is not a readable zip.
    """
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
    if sum(part.file_size for part in parts) > limit:
        return True
    return any(part.file_size > _BIG_PART and part.file_size > MAX_RATIO * max(part.compress_size, 1) for part in parts)
