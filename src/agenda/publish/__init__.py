"""The publishing stage: status tables, JSON and CSV exports, reports and feeds."""
