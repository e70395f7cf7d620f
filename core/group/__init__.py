"""Claims → Events and Conflicts; statements linked across reports."""
