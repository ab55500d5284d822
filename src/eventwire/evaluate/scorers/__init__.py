"""Scorers, one per gold format: each turns gold records into pipeline inputs (`documents`) and
compares gold with the predicted DocumentRecords, keyed by input id (`score`), into metrics and a
confusion table. Pure functions: no model, no files."""
