#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench lenet-mnist`: the same LeNet member, batch, optimiser and thread
count as the lab's training path, on random MNIST-shaped data. Prints one line: seconds per epoch of one
model (--conv1/--conv2/--hidden), or of a whole sweep (--sweep: every size in the list, --seeds models each,
one after the other, each built and trained from scratch)."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

import timing


class LeNet(nn.Module):
    def __init__(self, c1, c2, hidden):
        super().__init__()
        self.conv1 = nn.Conv2d(1, c1, 5)
        self.conv2 = nn.Conv2d(c1, c2, 5)
        self.fc1 = nn.Linear(c2 * 16, hidden)
        self.fc2 = nn.Linear(hidden, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.relu(self.fc1(x.flatten(1)))
        return self.fc2(x)


def build(size, seed, lr):
    torch.manual_seed(seed)
    model = LeNet(*size)
    return model, torch.optim.Adam(model.parameters(), lr=lr)


def train(model, opt, batches):
    for xb, yb in batches:
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--conv1", type=int)
    p.add_argument("--conv2", type=int)
    p.add_argument("--hidden", type=int)
    timing.add_options(p, "comma-separated sizes conv1:conv2:hidden, e.g. 1:1:1,1:2:2", examples=12000,
                       batch=128, epoch_size=60000)
    a = p.parse_args()
    single = None if None in (a.conv1, a.conv2, a.hidden) else (a.conv1, a.conv2, a.hidden)
    if (single is None) == (a.sweep is None):
        p.error("give exactly one of --conv1/--conv2/--hidden and --sweep")
    sizes = [single] if a.sweep is None else [tuple(int(v) for v in s.split(":")) for s in a.sweep.split(",")]
    n = a.examples + a.warmup * a.batch
    x = torch.randn(n, 1, 28, 28)
    y = torch.randint(0, 10, (n,))
    batches = [(x[i:i + a.batch], y[i:i + a.batch]) for i in range(0, n, a.batch)]
    timing.print_seconds_per_epoch(a, sizes, lambda size, seed: build(size, seed, a.lr), train, batches)


if __name__ == "__main__":
    main()
