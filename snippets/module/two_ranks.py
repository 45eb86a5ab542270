# The helper this page's scripts load with runpy.run_path: run_ranks(target)
# forks two processes, joins them in a gloo process group on the CPU as ranks
# 0 and 1, calls target(rank) in each and returns {rank: what it returned}.
# Forked, so target can be any function of the calling script.
import multiprocessing
import os
import sys
import tempfile
import time
import traceback

import torch.distributed as dist


def rank_main(target, rank, path, results, done):
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2)
    try:
        results.put((rank, True, target(rank)))
    except BaseException:
        results.put((rank, False, traceback.format_exc()))
        os._exit(1)
    # Both ranks are through their collectives: leave without tearing down
    # DDP and the gloo group, whose threads, freed by the interpreter, can
    # deadlock with it over the GIL.
    done.wait()
    os._exit(0)


def stop(ranks, why):
    for p in ranks:
        p.kill()
    raise RuntimeError(why)


def run_ranks(target):
    sys.stdout.flush()  # or each forked rank writes the parent's lines again
    fork = multiprocessing.get_context("fork")
    results, done = fork.SimpleQueue(), fork.Barrier(2)
    with tempfile.TemporaryDirectory() as tmp:
        ranks = [fork.Process(target=rank_main,
                              args=(target, r, f"{tmp}/init", results, done))
                 for r in range(2)]
        for p in ranks:
            p.start()
        returned = {}
        while len(returned) < 2:
            if results.empty():
                # a rank killed by a signal sends nothing: stop the other one,
                # which may wait for it in a collective
                died = [(r, p.exitcode) for r, p in enumerate(ranks)
                        if p.exitcode is not None]
                if died:
                    stop(ranks, "rank %d ended with exit code %d" % died[0])
                time.sleep(0.05)
                continue
            rank, ok, value = results.get()
            if not ok:
                stop(ranks, f"rank {rank} failed:\n{value}")
            returned[rank] = value
        for p in ranks:
            p.join()
    return returned
