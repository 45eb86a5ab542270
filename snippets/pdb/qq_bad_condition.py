# command: python -m pdb snippets/pdb/qq_bad_condition.py
# pythons: 3.11 3.12 3.13
total = 0
for step in range(3):
    total += step
print("total", total)
