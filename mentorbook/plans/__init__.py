"""Mentee plans: the personal data a workbook prints, kept in `plans/<slug>.yml`.

Reading (`load_plan`, `load_plans`) validates like content does; writing goes through
`writer.update_plan`, which locks, keeps the human's formatting and writes atomically.
"""

from mentorbook.plans.files import load_plan, load_plans, plan_path

__all__ = ["load_plan", "load_plans", "plan_path"]
