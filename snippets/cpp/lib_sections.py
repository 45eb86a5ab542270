# What gdb has to read in libtorch_cpu.so: a large file, with the ELF
# sections that name its functions (.symtab) and none of the DWARF debug
# information (.debug_*) that maps code to source lines and variables.
import os
import struct

import torch

path = os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so")
with open(path, "rb") as f:
    header = f.read(64)
    assert header[:5] == b"\x7fELF\x02", "a 64-bit ELF file"
    # e_shoff: where the section headers are; e_shentsize, e_shnum, and
    # e_shstrndx: which section holds the section names
    (table,) = struct.unpack_from("<Q", header, 0x28)
    size, count, names_index = struct.unpack_from("<HHH", header, 0x3A)
    f.seek(table)
    sections = [f.read(size) for _ in range(count)]
    # each header: sh_name at 0, sh_offset at 0x18, sh_size at 0x20
    offset, length = struct.unpack_from("<QQ", sections[names_index], 0x18)
    f.seek(offset)
    strings = f.read(length)
names = [strings[struct.unpack_from("<I", s)[0]:].split(b"\0")[0].decode()
         for s in sections]
print("lib/libtorch_cpu.so is over 400 MiB:",
      os.path.getsize(path) > 400 * 2**20)
print("  .symtab (the full symbol table):", ".symtab" in names)
print("  .dynsym (the exported symbols):", ".dynsym" in names)
print("  .debug_* (source lines, variables):",
      [n for n in names if n.startswith(".debug")])
