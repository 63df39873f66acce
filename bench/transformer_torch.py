#!/usr/bin/env python3
"""PyTorch reference for `bin/lab bench omniglot-transformer`: the same causal transformer over sequences
[img1, lab1, ..., imgL, labL] (two 3x3 convolutions with ReLU and 2x2 max-pooling, linear to d_model, label
table, learned positions, pre-LayerNorm blocks of causal multi-head self-attention and a GELU MLP, final
LayerNorm, class logits at image positions), batch, optimiser and thread count as the lab, on random
Omniglot-shaped data. Prints one line: seconds per epoch (--epoch-size images) of one model
(--d-model/--layers/--heads/--channels), or of a whole sweep (--sweep: every size in the list, --seeds models
each, one after the other, each built and trained from scratch)."""
import argparse
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

import timing


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.fc1, self.fc2 = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)
        self.heads = heads

    def forward(self, x, mask):
        b, t, d = x.shape
        h = self.ln1(x)
        split = lambda z: z.view(b, t, self.heads, d // self.heads).transpose(1, 2)
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // self.heads) + mask
        mixed = (F.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.o(mixed)
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


class Transformer(nn.Module):
    def __init__(self, d, layers, heads, channels, classes, side, length):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, 3, padding=1)
        self.conv2 = nn.Conv2d(channels, 2 * channels, 3, padding=1)
        self.embed = nn.Linear(2 * channels * (side // 4) ** 2, d)
        self.labels = nn.Linear(classes, d, bias=False)
        self.position = nn.Parameter(torch.zeros(2 * length, d))
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(layers))
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, classes)
        self.register_buffer("mask", torch.triu(torch.full((2 * length, 2 * length), -1e9), diagonal=1))
        self.side, self.length, self.d = side, length, d

    def forward(self, images, onehot):
        b = images.shape[0]
        x = images.view(-1, 1, self.side, self.side)
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        img = self.embed(x.flatten(1))
        lab = self.labels(onehot.view(-1, onehot.shape[-1]))
        x = torch.stack([img, lab], dim=1).view(b, 2 * self.length, self.d) + self.position
        for block in self.blocks:
            x = block(x, self.mask)
        out = self.ln(x).view(b, self.length, 2, self.d)[:, :, 0, :]
        return self.head(out.reshape(-1, self.d))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--d-model", type=int)
    p.add_argument("--layers", type=int)
    p.add_argument("--heads", type=int)
    p.add_argument("--channels", type=int)
    p.add_argument("--classes", type=int, default=1623)
    p.add_argument("--side", type=int, default=28)
    p.add_argument("--length", type=int, default=5)
    timing.add_options(p, "comma-separated sizes d_model:layers:heads:channels, e.g. 8:1:2:2,16:1:2:4",
                       examples=6400, batch=160, epoch_size=24345)
    a = p.parse_args()
    single = (a.d_model, a.layers, a.heads, a.channels)
    if (None in single) == (a.sweep is None):
        p.error("give exactly one of --d-model/--layers/--heads/--channels and --sweep")
    sizes = [single] if a.sweep is None else [tuple(int(v) for v in s.split(":")) for s in a.sweep.split(",")]

    def build(size, seed):
        torch.manual_seed(seed)
        model = Transformer(*size, a.classes, a.side, a.length)
        return model, torch.optim.Adam(model.parameters(), lr=a.lr)

    seqs = a.batch // a.length
    n = (a.examples + a.warmup * a.batch) // a.length
    x = torch.rand(n, a.length, a.side * a.side)
    y = torch.randint(0, a.classes, (n, a.length))
    batches = [(x[i:i + seqs], y[i:i + seqs]) for i in range(0, n, seqs)]

    def train(model, opt, part):
        for xb, yb in part:
            opt.zero_grad()
            logits = model(xb, F.one_hot(yb, a.classes).float())
            F.cross_entropy(logits, yb.reshape(-1)).backward()
            opt.step()

    timing.print_seconds_per_epoch(a, sizes, build, train, batches)


if __name__ == "__main__":
    main()
