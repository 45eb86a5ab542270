# The entry in native_functions.yaml that declares aten::linear, read from
# the installed wheel.
import os

import torchgen

package = os.path.dirname(torchgen.__file__)
site_packages = os.path.dirname(package)
path = os.path.join(package, "packaged", "ATen", "native",
                    "native_functions.yaml")
lines = open(path, encoding="utf-8").read().splitlines()
start = next(i for i, line in enumerate(lines)
             if line.startswith("- func: linear("))
end = lines.index("", start)  # entries are separated by a blank line
print(f"# {os.path.relpath(path, site_packages)}, lines {start + 1}-{end}")
print("\n".join(lines[start:end]))
