# terminal: the session names the script's file as a terminal run sees it
# Runs snippets/pdb/q_launcher_train.py under torchrun, with BREAK_ON_RANK=0
# and the commands below on standard input, and prints the session with each
# command after the prompt that read it.
import os
import subprocess
import sys

commands = ['p [os.environ[k] for k in ("RANK", "LOCAL_RANK", "WORLD_SIZE")]',
            'p "MASTER_ADDR" in os.environ, "MASTER_PORT" in os.environ',
            "p t", "n", "c"]
run = subprocess.run(
    [sys.executable, "-m", "torch.distributed.run", "--standalone",
     "--nproc-per-node=1", "snippets/pdb/q_launcher_train.py"],
    env=dict(os.environ, BREAK_ON_RANK="0"), input="\n".join(commands) + "\n",
    capture_output=True, text=True, check=True)
print("$ BREAK_ON_RANK=0 python -m torch.distributed.run --standalone "
      "--nproc-per-node=1 snippets/pdb/q_launcher_train.py")
parts = run.stdout.split("(Pdb) ")
print(parts[0], end="")
for command, part in zip(commands, parts[1:]):
    print(f"(Pdb) {command}\n{part}", end="")
print(f"standard error: {len(run.stderr.splitlines())} lines")
