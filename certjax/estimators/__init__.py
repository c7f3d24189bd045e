# SPDX-License-Identifier: Apache-2.0
"""Gradient estimators for :func:`certjax.sample` (``from certjax import estimators as cje``)."""

from ._baselines import MovingAverage as MovingAverage
from ._baselines import MovingAverageState as MovingAverageState
from ._estimator import Estimator as Estimator
from ._estimator import combine_enumeration as combine_enumeration
from ._estimator import dice_baseline as dice_baseline
from ._estimator import dice_cost as dice_cost
from ._estimator import enumerate as enumerate  # noqa: A004
from ._estimator import loaded_dice_baseline as loaded_dice_baseline
from ._estimator import loo as loo
from ._estimator import loo_baseline as loo_baseline
from ._estimator import magic_box as magic_box
from ._estimator import reparam as reparam
from ._estimator import score as score
from ._estimator import score_term as score_term
