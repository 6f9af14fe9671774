"""namekit: one canonical ID for every spelling of a person, organization or place.

>>> from namekit import Registry, normalize, compare
>>> Registry.load().resolve("Edan Alexander").id
'edan-alexander'
"""

from namekit.errors import ConfigError, InputError, NamekitError, RegistryError, RegistryIssue
from namekit.match.compare import Comparison, compare
from namekit.normalize import NormalizedName, normalize
from namekit.registry.model import Alias, Entity
from namekit.registry.registry import Registry
from namekit.resolve import Candidate, Match, ResolverConfig

__version__ = "0.1.0"

__all__ = [
    "Alias",
    "Candidate",
    "Comparison",
    "ConfigError",
    "Entity",
    "InputError",
    "Match",
    "NamekitError",
    "NormalizedName",
    "Registry",
    "RegistryError",
    "RegistryIssue",
    "ResolverConfig",
    "compare",
    "normalize",
    "__version__",
]
