"""Text → values: numbers, qualifiers and their intervals, dates and periods, places."""
