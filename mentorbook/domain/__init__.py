"""Rules that plans and workbooks share: schedules, signatures, dates as printed, form fields.

Why apart: `plans/` and `workbook/` both follow these rules and neither imports the other.
Pure: no I/O, and nothing of the command line.
"""
