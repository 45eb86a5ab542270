# Prints, from the page's source, how docs/linear.md shows a snippet + output.
from pathlib import Path

lines = Path("docs/linear.md").read_text(encoding="utf-8").splitlines()
start = lines.index('```python title="snippets/linear/by_hand.py"')
for line in lines[start:start + 7]:
    # ";" escapes the include: this listing shows the markup, not the file.
    print(line.replace('--8<-- "', ';--8<-- "'))
