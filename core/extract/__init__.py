"""Document + spaCy → Claims and Statements."""
