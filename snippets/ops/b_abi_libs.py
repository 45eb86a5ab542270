# terminal: runs the C++ compiler, which a kernel may lack
# Where one C++ library calls another's function that takes a std::string,
# the calling code and the defining code must be compiled with the same
# _GLIBCXX_USE_CXX11_ABI: torch is one such library, and so is any other
# your extension calls with a std::string.
import ctypes
import os
import subprocess
import tempfile

import torch

print("torch.compiled_with_cxx11_abi():", torch.compiled_with_cxx11_abi())
print("torch._C._GLIBCXX_USE_CXX11_ABI:", torch._C._GLIBCXX_USE_CXX11_ABI)
abi = int(torch._C._GLIBCXX_USE_CXX11_ABI)  # what such a setup.py passes

FILES = {
    # another C++ library, with a std::string in its interface
    "greet.cpp": "#include <string>\n"
                 "std::string greet(const std::string& who) {\n"
                 '    return "hello " + who;\n}\n',
    # your extension's code that calls it
    "ext.cpp": "#include <string>\n"
               "std::string greet(const std::string& who);\n"
               'extern "C" long greeting_length() {\n'
               '    return greet("torch").size();\n}\n',
    # a struct with a std::string member, and a function that takes one
    "config.h": "#include <string>\n"
                "struct Config { std::string name; long id; };\n"
                "long name_length(const Config& c);\n",
    "config.cpp": '#include "config.h"\n'
                  "long name_length(const Config& c) {\n"
                  "    return c.name.size();\n}\n"
                  'extern "C" long config_size() { return sizeof(Config); }\n',
    "main.cpp": 'extern "C" long greeting_length();\n'
                "int main() { return greeting_length() != 11; }\n",
}


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp)
    return done.stdout + done.stderr


def library(name, sources, flag, *link):
    print(run("g++", "-shared", "-fPIC", f"-D_GLIBCXX_USE_CXX11_ABI={flag}",
              *sources, "-o", name, "-L.", *link, "-Wl,-rpath,$ORIGIN"),
          end="")
    return os.path.join(tmp, name)


def symbols(path, which, word):  # nm -D -C, the names only (-j)
    return [line for line in run("nm", "-D", "-C", "-j", which, path)
            .splitlines() if word in line]


with tempfile.TemporaryDirectory() as tmp:
    for name, text in FILES.items():
        with open(os.path.join(tmp, name), "w") as f:
            f.write(text)
    for flag in (0, 1):
        lib = library(f"libgreet{flag}.so", ["greet.cpp"], flag)
        print(f"libgreet{flag}.so (ABI={flag}) defines:",
              *symbols(lib, "--defined-only", "greet"))
    # the extension with torch's ABI, linked with the library of the other
    ext = library("ext.so", ["ext.cpp"], abi, f"-l:libgreet{1 - abi}.so")
    print(f"\next.so (ABI={abi}) needs:",
          *symbols(ext, "--undefined-only", "greet"))
    try:
        ctypes.CDLL(ext)
    except OSError as e:
        print("OSError:", str(e).replace(tmp + os.sep, ""))
    linked = run("g++", f"-D_GLIBCXX_USE_CXX11_ABI={abi}", "main.cpp",
                 "ext.cpp", "-o", "prog", "-L.", f"-l:libgreet{1 - abi}.so")
    print("a program linked the same way:", *[
        line.split(": ")[-1] for line in linked.splitlines()
        if "undefined reference" in line], sep="\n  ")
    # the fix: every library that passes a std::string with one ABI
    fixed = library("ext_fixed.so", ["ext.cpp"], abi, f"-l:libgreet{abi}.so")
    print("\nlinked with libgreet%d.so: greeting_length() =" % abi,
          ctypes.CDLL(fixed).greeting_length())

    # No __cxx11 in the name of a function that takes a struct holding a
    # std::string: it links and loads, and each side lays out Config its way
    old = library("libconfig0.so", ["config.cpp"], 0)
    new = library("libconfig1.so", ["config.cpp"], 1)
    print("\nlibconfig0.so defines:", *symbols(old, "--defined-only", "name_"))
    print("libconfig1.so defines:", *symbols(new, "--defined-only", "name_"))
    print("sizeof(Config): %d with ABI=0, %d with ABI=1" % (
        ctypes.CDLL(old).config_size(), ctypes.CDLL(new).config_size()))
