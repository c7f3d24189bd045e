# SPDX-License-Identifier: Apache-2.0
"""certjax: custom JAX gradient rules, proved correct by Z3 when they are registered."""

from importlib.metadata import PackageNotFoundError, version

from . import distributions as distributions
from . import estimators as estimators
from ._audit import AuditReport as AuditReport
from ._audit import AuditRow as AuditRow
from ._audit import audit as audit
from ._audit import strict as strict
from ._certificate import Certificate as Certificate
from ._certify import certify_jvp as certify_jvp
from ._certify import certify_vjp as certify_vjp
from ._custom import CertjaxWarning as CertjaxWarning
from ._custom import DeliberatelyWrongWarning as DeliberatelyWrongWarning
from ._custom import FloatSafetyWarning as FloatSafetyWarning
from ._custom import custom_jvp as custom_jvp
from ._custom import custom_vjp as custom_vjp
from ._custom import install as install
from ._errors import CertificationError as CertificationError
from ._errors import NoReferenceDerivative as NoReferenceDerivative
from ._errors import RuleMalformed as RuleMalformed
from ._errors import RuleNotHandled as RuleNotHandled
from ._errors import RuleNotTraceable as RuleNotTraceable
from ._errors import RuleOutputMalformed as RuleOutputMalformed
from ._errors import RuleRejected as RuleRejected
from ._errors import RuleTracerRefused as RuleTracerRefused
from ._errors import RuleUnproven as RuleUnproven
from ._errors import UnprovedRules as UnprovedRules
from ._errors import UnsupportedPrimitive as UnsupportedPrimitive
from ._store import preload_proofs as preload_proofs
from ._translate import register_translation as register_translation
from ._translate import supported_primitives as supported_primitives
from .stochastic import cost as cost
from .stochastic import enable_validation as enable_validation
from .stochastic import grad as grad
from .stochastic import sample as sample
from .stochastic import value_and_grad as value_and_grad

try:
    __version__ = version("certjax")
except PackageNotFoundError:  # pragma: no cover - source checkout without install
    __version__ = "0.0.0"
