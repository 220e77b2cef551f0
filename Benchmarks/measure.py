"""Timing one benchmark run: a whole process, its wall time and peak resident set size, and the load that other
processes put on the machine meanwhile (used by bench.py)."""

import os
import re
import signal
import subprocess
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

def log(message):
    print(message, flush=True)


# --- Running and measuring one process --------------------------------------------------------------------------

class Result:
    def __init__(self, wall, rss_kb, status, stderr="", other=0.0):
        self.wall, self.rss_kb, self.status, self.stderr = wall, rss_kb, status, stderr
        self.other = other  # the share of the machine's CPU that other processes used during the run

    @property
    def ok(self):
        return self.status == "ok"


CPUS = os.cpu_count() or 1
TICK = os.sysconf("SC_CLK_TCK")


def busy_seconds():
    """CPU seconds the whole machine has spent busy (not idle, not waiting for I/O) since boot."""
    with open("/proc/stat") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / TICK


def settle(limit):
    """Waits, at most `limit` seconds, until other processes use less than 15 % of the machine for a second."""
    waited = 0.0
    while waited < limit:
        before = busy_seconds()
        time.sleep(1.0)
        waited += 1.0
        if (busy_seconds() - before) / CPUS < 0.15:
            return waited
    return waited


GNU_TIME = "/usr/bin/time"


def measure(command, timeout, stdout_path=None):
    """Runs `command`; its wall time, peak RSS (KB) and status: ok, timeout or exit N.

    The peak RSS comes from GNU time (`%M`), which forks the command from its own small process: the ru_maxrss
    of a direct child of this Python would start at this Python's own size, as Linux carries it across exec.
    Without GNU time it falls back to that (slightly inflated) figure.
    """
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    err_path = os.path.join(HERE, "data", ".stderr")
    rss_path = os.path.join(HERE, "data", ".rss")
    err = open(err_path, "wb")
    wrapped = command
    if os.access(GNU_TIME, os.X_OK):
        if os.path.exists(rss_path):
            os.unlink(rss_path)
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss_path] + command
    busy_before = busy_seconds()
    start = time.perf_counter()
    process = subprocess.Popen(wrapped, stdout=out, stderr=err, start_new_session=True)
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    own = usage.ru_utime + usage.ru_stime  # the command's CPU time (GNU time waits for it, so it is included)
    other = max(0.0, busy_seconds() - busy_before - own) / (CPUS * wall) if wall > 0 else 0.0
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if stdout_path:
        out.close()
    err.close()
    with open(err_path, "rb") as handle:
        stderr = handle.read()[-2000:].decode("utf-8", "replace")
    rss = usage.ru_maxrss
    if wrapped is not command:
        try:
            with open(rss_path) as handle:
                rss = int(handle.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass  # killed before GNU time wrote it
        stderr = re.sub(r"Command (exited with non-zero status|terminated by signal) \d+\n?", "", stderr)
    if timed_out.is_set():
        return Result(wall, rss, "timeout", stderr, other)
    if process.returncode != 0:
        return Result(wall, rss, f"exit {process.returncode}", stderr, other)
    return Result(wall, rss, "ok", stderr, other)


# --- Inputs ------------------------------------------------------------------------------------------------------
