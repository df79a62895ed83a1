"""Training and evaluation of the metric tagger (not part of the installed package)."""
