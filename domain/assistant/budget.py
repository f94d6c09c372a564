"""The user's daily targets for the assistant: ``domain.daily_target``, fed from its records.

The definition of "today's target" lives in ``domain.daily_target`` (analytics and
restaurant scoring use the same); this module only turns the assistant's records into
its inputs.
"""

from __future__ import annotations

from domain.assistant.records import StoredPlan, UserProfile
from domain.daily_target import DailyTarget, daily_target

# The assistant's name for the one definition (kept for its existing imports).
DailyTargets = DailyTarget


def daily_targets(profile: UserProfile, diet_plan: StoredPlan | None) -> DailyTarget | None:
    """Today's target: the active diet plan's, else the profile's; None without either.

    The profile mapping includes the dietary preferences, so ``low_carb`` and
    ``low_sodium`` shape the targets as they do for the planner.
    """
    mapping = {**profile.as_mapping(), "dietary_preferences": list(profile.dietary_preferences)}
    return daily_target(mapping, diet_plan.document if diet_plan else None)
