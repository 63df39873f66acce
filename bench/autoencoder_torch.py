#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench autoencoder-cifar`: the same shallow autoencoder (3072 -> h -> 3072,
tanh, untied, biases), batch, optimiser and thread count as the lab, on random CIFAR-shaped data. Prints one
line: seconds per epoch of one model (--hidden), or of a whole sweep (--sweep: every width in the list, --seeds
models each, one after the other, each built and trained from scratch)."""
import argparse

import torch
import torch.nn as nn

import timing


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
    timing.add_options(p, "comma-separated widths, e.g. 1,2,4", examples=6400, batch=256, epoch_size=50000)
    a = p.parse_args()
    if (a.hidden is None) == (a.sweep is None):
        p.error("give exactly one of --hidden and --sweep")
    x = torch.randn(a.examples + a.warmup * a.batch, 3072)
    batches = [x[i:i + a.batch] for i in range(0, x.shape[0], a.batch)]
    widths = [a.hidden] if a.hidden is not None else [int(w) for w in a.sweep.split(",")]
    timing.print_seconds_per_epoch(a, widths, lambda w, seed: build(w, seed, a.lr), train, batches)


if __name__ == "__main__":
    main()
