# pythons: 3.11 3.12 3.13
# pdb reads the first word of a line as a command's name. Which
# characters, besides letters, digits and "_", can that word hold?
import pdb
import string

plain = string.ascii_letters + string.digits + "_"
debugger = pdb.Pdb(readrc=False)  # readrc: no ~/.pdbrc
extra = [c for c in debugger.identchars if c not in plain]
print("also in a command's name:", " ".join(extra) or "nothing else")
