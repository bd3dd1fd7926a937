"""A frozen dataclass's constructor without ``object.__setattr__`` for each field.

The stages make a few hundred thousand small frozen records a long document (a span per
sentence and line, a time mark, a number, a cell, an evidence, a fact): the constructor
``dataclass(frozen=True)`` writes sets each field through ``object.__setattr__``, a
lookup on the class and a call each, about a twentieth of the whole analysis (py-spy over
the dev texts, round 24). :func:`quick_init` gives such a class (slotted, every field a
plain positional one) a constructor that sets each slot through its own descriptor, as
:func:`planwatch.core.spans.span_unchecked` does for one class: the same parameters, the
same defaults (the very objects), ``__post_init__`` called after as before — the same
value, at about 60 % of the cost.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen slotted dataclass) with the faster constructor; TypeError for a
    class it cannot be made for (a field with a factory, keyword-only or not in
    ``__init__``, an init-only variable, or no slots)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or len(fields) != len(cls.__dataclass_fields__)  # type: ignore[attr-defined]
        or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
        )
    ):
        raise TypeError(f"quick_init: {cls.__name__} is no plain frozen slotted dataclass")
    space: dict[str, object] = {}
    args, body = [], []
    for i, f in enumerate(fields):
        space[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            space[f"_default{i}"] = f.default
            args.append(f"{f.name}=_default{i}")
        body.append(f"    _set{i}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body or ["    pass"])
    exec(source, space)  # (the dataclass module makes its constructors the same way)
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    return cls
