"""Rules that plans and workbooks share: schedules, dates as printed, and form-field names.

Why apart: `plans/` and `workbook/` both follow these rules and neither imports the other.
Pure: no I/O, and nothing of the command line.
"""
