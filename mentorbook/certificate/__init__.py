"""Certificates of completion: who earned one under the program's rule, and its PDF.

Importing this package does not import WeasyPrint; rendering does.
"""
