# Why Module.__init__ writes its attributes with super().__setattr__, in
# its own words; and what follows: a subclass's __setattr__ never sees them.
import inspect

from torch import nn

source = inspect.getsource(nn.Module.__init__).splitlines()
start = next(i for i, line in enumerate(source)
             if "Calls super().__setattr__" in line)
end = next(i for i in range(start + 1, len(source))
           if source[i].strip() == '"""')
print(inspect.cleandoc("\n".join(source[start - 1:end + 1])))
calls = [line.strip() for line in source
         if line.strip().startswith("super().__setattr__(")]
print(f"... then {len(calls)} lines, from {calls[0]} to {calls[-1]}")


class Counting(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(1, 1)

    def __setattr__(self, name, value):
        seen.append(name)
        super().__setattr__(name, value)


seen = []
Counting()
print("names that went through Counting.__setattr__:", seen)
