from tests.report.conftest import cohort, run

__all__ = ["cohort", "run"]
