"""coprep: get ready for committee meetings as a patient or carer member."""

__version__ = "0.1.0"
APP_NAME = "coprep"
