# y = x W^T + b for the worked example, with nothing but Python loops.
x = [[1, 2, 3],
     [4, 5, 6]]  # two samples, three input features each
W = [[1, 2, 3],
     [4, 5, 6]]  # one row per output feature: shape (out_features=2, in_features=3)
b = [1, 2]       # one bias per output feature

y = []
for i, sample in enumerate(x):
    row = []
    for j, weights in enumerate(W):  # output j uses row j of W, which is column j of W^T
        products = [f"{xi}*{wi}" for xi, wi in zip(sample, weights)]
        dot = sum(xi * wi for xi, wi in zip(sample, weights))
        print(f"y[{i}][{j}] = {' + '.join(products)} + {b[j]} = {dot} + {b[j]} = {dot + b[j]}")
        row.append(dot + b[j])
    y.append(row)
print("y =", y)
