#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench lenet-mnist`: the same LeNet member, batch, optimiser and thread
count as the lab's training path, on random MNIST-shaped data. Prints one line: seconds per epoch."""
import argparse
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--conv1", type=int, required=True)
    p.add_argument("--conv2", type=int, required=True)
    p.add_argument("--hidden", type=int, required=True)
    p.add_argument("--examples", type=int, default=12000)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--epoch-size", type=int, default=60000)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    model = LeNet(a.conv1, a.conv2, a.hidden)
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    x = torch.randn(a.examples, 1, 28, 28)
    y = torch.randint(0, 10, (a.examples,))
    batches = [(x[i:i + a.batch], y[i:i + a.batch]) for i in range(0, a.examples, a.batch)]

    def step(xb, yb):
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()

    for xb, yb in batches[:a.warmup]:
        step(xb, yb)
    start = time.perf_counter()
    for xb, yb in batches:
        step(xb, yb)
    elapsed = time.perf_counter() - start
    print(f"{elapsed * a.epoch_size / a.examples:.4f}")


if __name__ == "__main__":
    main()
