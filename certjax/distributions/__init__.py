# SPDX-License-Identifier: Apache-2.0
"""Distributions for :func:`certjax.sample` (``from certjax import distributions as cjd``).

Invalid parameters (``scale <= 0``, ``rate <= 0``, ``low >= high``, probabilities outside
``[0, 1]``, NaN anywhere) raise ``ValueError`` when the values are known: concrete arrays, and
also inside ``jax.grad`` / :func:`certjax.grad` without ``jit``, where JAX lets their values be
read. Under ``jax.jit`` the values are unknown while the distribution is built, so (as in
NumPyro) nothing is checked there; ``log_prob`` evaluates its formula (NaN for ``scale < 0``,
``probs`` outside ``[0, 1]``, NaN logits) and the compiled program is exactly the estimator
JAX would run. After :func:`certjax.enable_validation`, :func:`certjax.sample` multiplies the
site's ``log_prob`` and (floating) sample by NaN when ``valid_params()`` is False, so inside
:func:`certjax.grad` the gradient is NaN, never a finite meaningless number
(``tests/distributions/test_distributions.py``, ``tests/stochastic/test_stochastic_errors.py``).
"""

from ._base import Distribution as Distribution
from ._base import Support as Support
from ._continuous import Exponential as Exponential
from ._continuous import Gumbel as Gumbel
from ._continuous import Laplace as Laplace
from ._continuous import Logistic as Logistic
from ._continuous import LogNormal as LogNormal
from ._continuous import Normal as Normal
from ._continuous import Uniform as Uniform
from ._discrete import Bernoulli as Bernoulli
from ._discrete import BernoulliLogits as BernoulliLogits
from ._discrete import BernoulliProbs as BernoulliProbs
from ._discrete import Binomial as Binomial
from ._discrete import Categorical as Categorical
from ._discrete import CategoricalLogits as CategoricalLogits
from ._discrete import CategoricalProbs as CategoricalProbs
from ._discrete import Geometric as Geometric
from ._discrete import OneHotCategorical as OneHotCategorical
from ._discrete import OneHotCategoricalLogits as OneHotCategoricalLogits
from ._discrete import OneHotCategoricalProbs as OneHotCategoricalProbs
from ._discrete import Poisson as Poisson
from ._gamma import Beta as Beta
from ._gamma import Dirichlet as Dirichlet
from ._gamma import Gamma as Gamma
from ._multivariate import MultivariateNormal as MultivariateNormal
