# command: python snippets/pdb/stop_line.py
# pythons: 3.11 3.12 3.13
import pdb

for step in range(3):
    if step == 1:
        breakpoint()
    if step == 2:
        pdb.set_trace()
print("done")
