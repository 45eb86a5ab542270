# command: python -m pdb snippets/pdb/comprehensions.py
# pythons: 3.11 3.12 3.13
def scaled(items, factor):
    total = sum(items)
    return [x * factor for x in items], total


print(scaled([1, 2, 3], 10))
