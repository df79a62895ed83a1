"""ar: language data (numbers.py, context.py)."""
