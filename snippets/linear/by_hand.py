# y = x W^T + b for the worked example, with nothing but Python loops.
x = [[1, 2, 3],
     [4, 5, 6]]  # two samples, three input features each
W = [[1, 2, 3],
     [4, 5, 6]]  # one row per output feature: (out_features, in_features)
b = [1, 2]       # one bias per output feature

y = []
for i, sample in enumerate(x):
    row = []
    for j, weights in enumerate(W):  # row j of W is column j of W^T
        terms = " + ".join(f"{xi}*{wi}" for xi, wi in zip(sample, weights))
        dot = sum(xi * wi for xi, wi in zip(sample, weights))
        print(f"y[{i}][{j}] = {terms} + {b[j]} = {dot} + {b[j]} "
              f"= {dot + b[j]}")
        row.append(dot + b[j])
    y.append(row)
print("y =", y)
