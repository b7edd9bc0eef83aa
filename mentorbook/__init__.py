"""mentorbook: a mentoring program's knowledge hub and personalised workbooks from one YAML source."""

__version__ = "0.1.0"
