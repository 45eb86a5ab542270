# The helper the gdb and C++-stack scripts share (they load it with
# runpy.run_path): a C++ frame's signature, as gdb or a C++ stack trace prints
# it, with its template and parameter lists collapsed.
import re


def shorten(signature):
    """Collapse template and parameter lists; keep kernel names, namespaces."""
    out, depth, group = "", 0, ""
    for char in signature:
        if char in "<(":
            depth += 1
        if depth:
            group += char
        else:
            out += char
        if char in ">)":
            depth -= 1
            if depth == 0:
                if group == "(anonymous namespace)":
                    out += group
                elif group[0] == "(":
                    out += "(...)"
                else:  # a template: name the function it wraps, if any
                    kernel = re.findall(r"&[\w:()\s]*?(\w+)>", group)
                    out += f"<... {kernel[-1]} ...>" if kernel else "<...>"
                group = ""
    return out


if __name__ == "__main__":
    for signature in [
            "at::native::linear(at::Tensor const&, at::Tensor const&, "
            "std::optional<at::Tensor> const&)",
            "c10::impl::wrap_kernel_functor_unboxed_<c10::impl::detail::"
            "WrapFunctionIntoFunctor_<c10::CompileTimeFunctionPointer<"
            "at::Tensor (at::Tensor const&), "
            "&at::(anonymous namespace)::wrapper_CPU_addmm>, at::Tensor, "
            "c10::guts::typelist::typelist<at::Tensor const&> >, "
            "at::Tensor (at::Tensor const&)>::call(c10::OperatorKernel*, "
            "c10::DispatchKeySet, at::Tensor const&)",
            "torch::autograd::THPVariable_linear(_object*, _object*, "
            "_object*)"]:
        print(shorten(signature))
