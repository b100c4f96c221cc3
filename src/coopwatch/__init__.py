"""coopwatch: evidence-backed facts about economic cooperation from Russian news."""

import os

# slovnet's numpy inference works on small matrices: BLAS threads only contend with each
# other (a single process ran 2.3x slower with the default threads on 2 busy cores).
# Set before numpy is first imported; a value the user set wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
