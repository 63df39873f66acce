#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench autoencoder-cifar`: the same shallow autoencoder (3072 -> h -> 3072,
tanh, untied, biases), batch, optimiser and thread count as the lab, on random CIFAR-shaped data. Prints one
line: seconds per epoch."""
import argparse
import time

import torch
import torch.nn as nn


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, required=True)
    p.add_argument("--examples", type=int, default=6400)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--epoch-size", type=int, default=50000)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3072, a.hidden), nn.Tanh(), nn.Linear(a.hidden, 3072))
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    x = torch.randn(a.examples + a.warmup * a.batch, 3072)
    batches = [x[i:i + a.batch] for i in range(0, x.shape[0], a.batch)]

    def step(xb):
        opt.zero_grad()
        loss = ((model(xb) - xb) ** 2).mean()
        loss.backward()
        opt.step()

    for xb in batches[:a.warmup]:
        step(xb)
    timed = batches[a.warmup:]
    start = time.perf_counter()
    for xb in timed:
        step(xb)
    elapsed = time.perf_counter() - start
    print(f"{elapsed * a.epoch_size / a.examples:.4f}")


if __name__ == "__main__":
    main()
