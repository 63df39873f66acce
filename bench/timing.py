"""What the PyTorch peers of `bin/lab bench` share: the options every peer takes and the timed loop (warm-up
steps first, then either one model or a whole sweep, one model after the other, each built afresh)."""
import time

import torch


def add_options(parser, sweep_help, examples, batch, epoch_size):
    """The options of every peer besides its size options: --sweep, --seeds, --examples, --batch, --lr,
    --threads, --warmup, --epoch-size."""
    parser.add_argument("--sweep", help=sweep_help)
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--examples", type=int, default=examples, help="examples timed")
    parser.add_argument("--batch", type=int, default=batch)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=20, help="untimed steps first")
    parser.add_argument("--epoch-size", type=int, default=epoch_size, help="examples in one epoch")


def print_seconds_per_epoch(a, sizes, build, train, batches):
    """Trains --warmup batches untimed, then times one model (no --sweep) or every size × --seeds models on the
    remaining batches, and prints the time scaled to one epoch of --epoch-size examples."""
    torch.set_num_threads(a.threads)
    model, opt = build(sizes[0], 0)
    train(model, opt, batches[:a.warmup])
    timed = batches[a.warmup:]
    start = time.perf_counter()
    if a.sweep is None:
        train(model, opt, timed)
    else:
        for size in sizes:
            for seed in range(a.seeds):
                train(*build(size, seed), timed)
    elapsed = time.perf_counter() - start
    print(f"{elapsed * a.epoch_size / a.examples:.4f}")
