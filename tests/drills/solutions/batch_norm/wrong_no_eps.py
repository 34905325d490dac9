def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    return gamma * (x - mean) / std + beta
