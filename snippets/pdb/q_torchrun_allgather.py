# terminal: it starts two ranks with multiprocessing, one of which aborts
# Ranks that all-gather tensors of different lengths (1435 and 1436 elements,
# as the last uneven slice of an inference job can be). Without a debug level,
# gloo aborts the rank that receives more than it expects, and the other loses
# its peer; with DETAIL each rank compares the shapes first. Then
# the fix: gather the lengths, pad to the longest, gather, cut the padding off.
import multiprocessing
import os
import re
import tempfile
import time

import torch
import torch.distributed as dist


def all_gather_uneven(x):
    """Every rank's 1-d x, of any length, concatenated in rank order."""
    world = dist.get_world_size()
    lengths = torch.zeros(world, dtype=torch.long)
    dist.all_gather_single(lengths, torch.tensor([len(x)]))
    longest = int(lengths.max())
    padded = torch.zeros(longest, dtype=x.dtype)
    padded[:len(x)] = x
    out = torch.empty(world * longest, dtype=x.dtype)
    dist.all_gather_single(out, padded)  # every rank sends `longest` values
    return torch.cat([out[r * longest:r * longest + n]
                      for r, n in enumerate(lengths.tolist())])


def rank_main(rank, path, mode, stderr, results):
    os.dup2(os.open(stderr, os.O_WRONLY), 2)  # gloo's abort message goes there
    if mode == "DETAIL":
        dist.set_debug_level(dist.DebugLevel.DETAIL)
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2)
    x = torch.full((1435 + rank,), float(rank))  # 1435 and 1436 elements
    try:
        if mode == "fixed":
            y = all_gather_uneven(x)
            expected = torch.cat([torch.zeros(1435), torch.ones(1436)])
            assert torch.equal(y, expected)
            results.put((rank, f"all_gather_uneven: {len(y)} elements, right"))
            return
        out = torch.full((2 * len(x),), -1.0)  # -1: not written by the gather
        time.sleep(rank)  # rank 1 comes last: rank 0 has sent its part
        dist.all_gather_single(out, x)
        results.put((rank, f"returned; elements 1434 to 1436: "
                     f"{out[1434:1437]}"))
    except RuntimeError as error:
        results.put((rank, f"{type(error).__name__}: {error}"))


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    for mode in os.environ.get("MODES", "OFF DETAIL fixed").split():
        print(f"{mode}:")
        results = fork.SimpleQueue()
        with tempfile.TemporaryDirectory() as tmp:
            ranks = [fork.Process(target=rank_main,
                                  args=(r, f"{tmp}/init", mode,
                                        f"{tmp}/err{r}", results))
                     for r in range(2)]
            for r, p in enumerate(ranks):
                open(f"{tmp}/err{r}", "w").close()
                p.start()
            for p in ranks:
                p.join()
            said = dict(results.get() for _ in range(sum(
                p.exitcode == 0 for p in ranks)))
            for r, p in enumerate(ranks):
                text = said.get(r) or open(f"{tmp}/err{r}").read().strip()
                text = re.sub(r"\(nullopt\)\)\)", "...)", text)
                text = re.sub(r", TensorDeviceTypes=TensorOptions\(.*?"
                              r"\.\.\.\)", "", text)
                text = re.sub(r"/\S+/third_party/", "third_party/", text)
                text = re.sub(r"\[[\d.]+\]:\d+", "<address>", text)
                print(f"  rank {r} (exit code {p.exitcode}): {text}")
