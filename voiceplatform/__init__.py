import os

# The vector arithmetic here is small matrices per request; OpenBLAS's worker threads only spin on the
# cores PostgreSQL needs (on two cores they quadrupled a search's CPU time). Set before NumPy loads it.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from voiceplatform.celery import app as celery_app  # noqa: E402

__all__ = ("celery_app",)
