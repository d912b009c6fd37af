"""Domain and storage. Never imports Qt (checked by an import-linter contract)."""
