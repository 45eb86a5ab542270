# Module.__setattr__ in the installed torch: the branches that route a
# value (what is left out is marked "...").
import inspect
import textwrap

from torch import nn

source = inspect.getsource(nn.Module.__setattr__)
lines = textwrap.dedent(source).splitlines()


def find(text, after=0):  # index of the first line containing text
    return next(i for i in range(after, len(lines)) if text in lines[i])


start = find('params = self.__dict__.get("_parameters")')
end = find("modules[name] = value", start)
print(lines[0])  # the def line
print("    ...")
print("\n".join(lines[start:end + 1]))
print("        ...  # a registered child's name: None, or the TypeError")
start = find('buffers = self.__dict__.get("_buffers")') - 1  # its else:
end = find("persistent = name not in", start)
print("\n".join(lines[start:end + 1]))
print("                ...  # self.register_buffer(name, value, persistent)")
print("\n".join(lines[-2:]))  # the last branch: an ordinary attribute
