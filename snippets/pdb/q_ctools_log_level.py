# torch._dynamo.config.log_level and output_code are gone: setting them raises
# AttributeError. Dynamo's logs are switched on with TORCH_LOGS or, in the
# script, torch._logging.set_logs(). The log handlers torch creates write to
# sys.stderr, so redirecting it around set_logs and the compile captures the
# log; the prefix of each line (level, time, process id, torch's file and
# line), the graph's number and its unique name are cut. set_logs() with no
# arguments, outside the redirection, puts the default logging back.
import contextlib
import io
import logging
import re

import torch
import torch._dynamo.config

for name, value in (("log_level", logging.INFO), ("output_code", True)):
    try:
        setattr(torch._dynamo.config, name, value)
    except AttributeError as e:
        print(f"{type(e).__name__}: {e}")


def g(x):
    return x + x


log = io.StringIO()
try:
    with contextlib.redirect_stderr(log):
        torch._logging.set_logs(dynamo=logging.INFO, output_code=True,
                                graph_code=True)
        result = torch.compile(g, backend="eager")(torch.ones(3))
finally:
    torch._logging.set_logs()  # back to the default (nothing logged)
    torch._dynamo.reset()
print(result)

lines = log.getvalue().splitlines()
print("output_code lines:", sum("[__output_code]" in t for t in lines))
here = g.__code__.co_filename  # this file (in a notebook, the cell)
for line in lines:
    text = re.sub(r"^[VIWE]\d+ [\d:.]+ \d+ \S+\] \[[\d/]+\] ", "", line)
    text = text.replace(here, "snippets/pdb/q_ctools_log_level.py")
    if "Step" in text or text.startswith("[__graph_code]"):
        text = re.sub(r"(__compiled_fn)_\d+_\w+", r"\1_<n>_<id>", text)
        text = re.sub(r"\S*/(torch/fx/\S+|snippets/pdb/\S+)", r"\1", text)
        print(text.rstrip())
