# terminal: it replaces sys.stderr and configures logging for the process
# "--- Logging error ---" is what Python's logging prints, on standard error,
# when a log call's message cannot be formatted with its arguments; the
# program goes on. (Standard error goes to standard output here, to show it.)
import logging
import sys

sys.stderr = sys.stdout
log = logging.getLogger("debug")
logging.basicConfig(format="%(name)s: %(message)s", stream=sys.stdout)
log.warning("kernel %s took %s ms", "triton_poi_0")  # one argument short
log.warning("the program goes on")
