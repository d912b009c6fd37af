"""Data shipped with coprep: glossary, conditions, templates, icons and desktop files."""
