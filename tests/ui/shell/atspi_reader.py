"""Walk coprep's accessibility tree as a screen reader does, over AT-SPI, and print what it finds.

Runs under the system's Python (Debian's python3-pyatspi), not coprep's: the test starts it while
coprep is showing a screen. Prints one JSON object: every focusable node on screen that has no name
(its role and the names of the nodes above it), how many focusable nodes were seen, and how many
list items, table cells and tree items a screen reader would read out by name ("rows").
"""

import json
import sys

import pyatspi

# Rows and cells of long lists and tables are read from the first few; the rest are alike.
CHILDREN_READ = 40
# What a screen reader says as the person moves along a list, a table or a tree.
ROW_ROLES = {"list item", "table cell", "tree item"}


def _walk(node, path, found, counts) -> None:
    try:
        states = node.getState()
        role = node.getRoleName()
        name = node.name or ""
    except Exception:  # a node that went away while being read
        return
    if states.contains(pyatspi.STATE_SHOWING) and role in ROW_ROLES and name.strip():
        counts["rows"] += 1
    if states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_FOCUSABLE):
        counts["focusable"] += 1
        if not name.strip():
            found.append({"role": role, "path": " > ".join(path[-4:])})
    if not states.contains(pyatspi.STATE_SHOWING) and path:
        return
    for index in range(min(node.childCount, CHILDREN_READ)):
        child = node.getChildAtIndex(index)
        if child is not None:
            _walk(child, path + [f"{role} '{name}'"], found, counts)


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    app = next((a for a in apps if a is not None and a.name == wanted), None)
    if app is None:
        print(
            json.dumps(
                {
                    "error": f"no application called {wanted} on the accessibility bus",
                    "seen": [a.name for a in apps if a is not None],
                }
            )
        )
        return 1
    found: list[dict] = []
    counts = {"focusable": 0, "rows": 0}
    _walk(app, [], found, counts)
    print(json.dumps({"unnamed": found, **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
