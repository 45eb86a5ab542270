# command: python -m pdb snippets/pdb/command_names.py
# pythons: 3.11 3.12 3.13
def summary(values):
    n = len(values)
    p = sorted(values)
    low = p[0]
    high = p[-1]
    middle = p[n // 2]
    return low, middle, high


print(summary([3, 1, 4, 1, 5]))
