"""id: language data (numbers.py, context.py)."""
