# SPDX-License-Identifier: Apache-2.0
"""Stochastic nodes and certified gradient estimators behind :func:`certjax.grad`."""

from ._errors import HigherOrderUnsupported as HigherOrderUnsupported
from ._errors import KeyReuseError as KeyReuseError
from ._errors import StochasticError as StochasticError
from ._errors import UnsupportedEstimator as UnsupportedEstimator
from ._grad import grad as grad
from ._grad import value_and_grad as value_and_grad
from ._pairs import certify_pair as certify_pair
from ._registry import certificate as certificate
from ._registry import certificates as certificates
from ._registry import register_distribution as register_distribution
from ._registry import register_estimator as register_estimator
from ._sample import cost as cost
from ._sample import enable_validation as enable_validation
from ._sample import sample as sample
