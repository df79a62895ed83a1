"""nb: language data (numbers.py, context.py)."""
