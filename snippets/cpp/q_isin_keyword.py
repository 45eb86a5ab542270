# isin has three overloads, and the scalar one names its argument
# test_element, not test_elements: a keyword picks the overload as much as
# the types do.
import torch

elements = torch.tensor([1, 2, 3])
try:
    torch.isin(elements=elements, test_elements=2)  # an int under the name
except TypeError as e:                             # of the Tensor overload
    print("TypeError:", e)

expected = torch.tensor([False, True, False])
for fixed in (torch.isin(elements, 2),  # positional: the types choose
              torch.isin(elements=elements, test_element=2),
              torch.isin(elements=elements, test_elements=torch.tensor(2))):
    assert torch.equal(fixed, expected)
print("the three fixes agree:", expected)
