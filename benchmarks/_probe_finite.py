"""Scratch: float-safety verdict and time per library rule, with the budget patched."""
import os
import sys
import time

sys.path.insert(0, os.getcwd())
import certjax._finite as F  # noqa: E402
import certjax._obligation as O  # noqa: E402

if os.environ.get("BIG"):
    O.FINITE_QUERIES = 60
    O.FINITE_CPU_S = 60.0
    O.FINITE_PATHS = 64
    O.FINITE_RLIMIT = int(os.environ.get("RL", "5000000"))
    F.MAX_SHADOW_EQNS = 50000
    F.MAX_SCALAR_OPS = 5000
from certjax._workers import discover  # noqa: E402

want = sys.argv[1:]
for mod in ["arithmetic", "elementwise", "gaussian", "losses", "reductions"]:
    rules = discover(f"certjax.rules.{mod}")
    for name, rd in rules.items():
        if want and f"{mod}.{name}" not in want and name not in want:
            continue
        t0 = time.process_time()
        w0 = time.perf_counter()
        cert = rd.certify(keep_smt2=False)
        fin = next((o for o in cert.obligations if o.name == "finite"), None)
        print(f"{mod}.{name:28s} {cert.verdict:9s} {cert.float_safety:9s} "
              f"cpu {time.process_time()-t0:6.2f} wall {time.perf_counter()-w0:6.2f} "
              f"fin {fin.paths if fin else '-'} | {cert.float_note[:150]}", flush=True)
