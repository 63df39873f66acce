#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench autoencoder-cifar`: the same shallow autoencoder (3072 -> h -> 3072,
tanh, untied, biases), batch, optimiser and thread count as the lab, on random CIFAR-shaped data. Prints one
line: seconds per epoch of one model (--hidden), or of a whole sweep (--sweep: every width in the list, --seeds
models each, one after the other, each built and trained from scratch)."""
import argparse
import time

import torch
import torch.nn as nn


def build(hidden, seed, lr):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(3072, hidden), nn.Tanh(), nn.Linear(hidden, 3072))
    return model, torch.optim.Adam(model.parameters(), lr=lr)


def train(model, opt, batches):
    for xb in batches:
        opt.zero_grad()
        loss = ((model(xb) - xb) ** 2).mean()
        loss.backward()
        opt.step()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int)
    p.add_argument("--sweep", help="comma-separated widths, e.g. 1,2,4")
    p.add_argument("--seeds", type=int, default=1)
    p.add_argument("--examples", type=int, default=6400)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--epoch-size", type=int, default=50000)
    a = p.parse_args()
    if (a.hidden is None) == (a.sweep is None):
        p.error("give exactly one of --hidden and --sweep")
    torch.set_num_threads(a.threads)
    widths = [a.hidden] if a.hidden is not None else [int(w) for w in a.sweep.split(",")]
    x = torch.randn(a.examples + a.warmup * a.batch, 3072)
    batches = [x[i:i + a.batch] for i in range(0, x.shape[0], a.batch)]
    model, opt = build(widths[0], 0, a.lr)
    train(model, opt, batches[:a.warmup])
    timed = batches[a.warmup:]
    start = time.perf_counter()
    if a.sweep is None:
        train(model, opt, timed)
    else:
        for width in widths:
            for seed in range(a.seeds):
                model, opt = build(width, seed, a.lr)
                train(model, opt, timed)
    elapsed = time.perf_counter() - start
    print(f"{elapsed * a.epoch_size / a.examples:.4f}")


if __name__ == "__main__":
    main()
