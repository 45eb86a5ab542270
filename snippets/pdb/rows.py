# Imported by find_by_name.py: a module in a file of its own.
def flatten(nested):
    out = []
    for row in nested:
        out.extend(row)
    return out


class Table:
    def __init__(self, rows):
        self.rows = rows

    def width(self):
        """The length of the longest row."""
        return max(len(row) for row in self.rows)
