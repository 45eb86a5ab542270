# What the lines of torch/nn/modules/module.py are: docstrings, comments,
# blank lines, and the code that is left.
import ast
import inspect

from torch.nn.modules import module

source = inspect.getsource(module)
lines = source.splitlines()
docstrings = set()  # lines of string literals that stand alone
for node in ast.walk(ast.parse(source)):
    if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)):
        docstrings.update(range(node.lineno, node.end_lineno + 1))
blank = {n for n, line in enumerate(lines, 1) if not line.strip()}
comments = {n for n, line in enumerate(lines, 1)
            if line.strip().startswith("#")} - docstrings
code = len(lines) - len(docstrings | blank | comments)
print(f"module.py: {len(lines)} lines = {len(docstrings)} in docstrings"
      f" + {len(blank - docstrings)} blank + {len(comments)} comments"
      f" + {code} of code")
