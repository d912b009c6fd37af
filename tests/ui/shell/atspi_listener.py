"""Listen on AT-SPI for what an application asks screen readers to say, as Orca does.

Runs under the system's Python (Debian's python3-pyatspi). Prints "ready" once it listens, then one
JSON line per announcement: {"app": ..., "text": ..., "urgent": ...} (AT-SPI's politeness 2 is
assertive, 1 polite).
"""

import json

import pyatspi

ASSERTIVE = 2


def _heard(event) -> None:
    try:
        app = event.host_application.name if event.host_application else ""
    except Exception:  # the application went away while this was read
        app = ""
    print(json.dumps({"app": app, "text": str(event.any_data), "urgent": event.detail1 == ASSERTIVE}), flush=True)


def main() -> None:
    pyatspi.Registry.registerEventListener(_heard, "object:announcement")
    print("ready", flush=True)
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
