"""Normalizers: from a raw name string to comparable parts and keys."""

from namekit.normalize.pipeline import NAME_TYPES, NormalizedName, Step, normalize
from namekit.normalize.skeleton import skeleton

__all__ = ["NAME_TYPES", "NormalizedName", "Step", "normalize", "skeleton"]
