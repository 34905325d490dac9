"""Moving progress out of the coach and back in: reports, tables, a printable grid, an Anki
deck and full backups. None of this imports textual or rich, so it runs from the shell."""
