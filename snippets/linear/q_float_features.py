# A float where nn.Linear wants an int: the TypeError it raises, and why
# a division or a round can make one.
from torch import nn

planes = 256
print("planes / 4:", planes / 4, "| planes // 4:", planes // 4,
      "| round(planes / 4):", round(planes / 4))
for args in [(512, planes / 4), (planes / 4, 10)]:
    try:
        nn.Linear(*args)
    except TypeError as e:
        print(f"nn.Linear{args}: TypeError: {e}")
print(nn.Linear(512, int(planes / 4)))
