"""Mistake: windows tiled by reshaping, which assumes stride == size."""


def max_pool2d(x, size=2, stride=2):
    N, C, H, W = x.shape
    Ho, Wo = H // size, W // size
    tiles = x[:, :, :Ho * size, :Wo * size].reshape(N, C, Ho, size, Wo, size)
    return tiles.max(axis=(3, 5))
