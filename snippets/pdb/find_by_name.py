# command: python -m pdb snippets/pdb/find_by_name.py
# pythons: 3.11 3.12 3.13
import rows

table = rows.Table([[1, 2], [3]])
print(rows.flatten(table.rows), table.width())
