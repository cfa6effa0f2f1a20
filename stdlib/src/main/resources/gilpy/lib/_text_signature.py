"""inspect.signature for builtins: the Signature their __text_signature__ describes.

A text signature is Argument Clinic's form of a parameter list, "($module, obj, /)": a first
parameter marked with $ is the module, instance or type a builtin is bound to, "/" ends the
positional-only parameters, and defaults are Python expressions (literals, names such as
sys.maxsize). A default that no expression can spell is "<unrepresentable>", and makes the
signature invalid, as in CPython.
"""

import sys


def _split_parameters(text):
    """The comma-separated items of a parameter list, commas inside brackets and quotes kept."""
    items, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    last = text[start:].strip()
    if last:
        items.append(last)
    return items


def _default_value(expr, obj):
    module = sys.modules.get(getattr(obj, "__module__", None) or "builtins")
    namespace = dict(vars(module)) if module is not None else {}
    namespace["sys"] = sys
    return eval(expr, namespace)


def signature(sigcls, obj, skip_bound_arg=True):
    """The Signature of builtin obj, or ValueError when it has no valid text signature."""
    text = getattr(obj, "__text_signature__", None)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(obj))
    parameter = sigcls._parameter_cls
    kinds = parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY
    try:
        items = _split_parameters(text.strip()[1:-1])
        params, kind, self_param = [], kinds[1], False
        for index, item in enumerate(items):
            if item == "/":
                params = [p.replace(kind=kinds[0]) for p in params]
            elif item == "*":
                kind = kinds[2]
            elif item.startswith("**"):
                params.append(parameter(item[2:], parameter.VAR_KEYWORD))
            elif item.startswith("*"):
                params.append(parameter(item[1:], parameter.VAR_POSITIONAL))
                kind = kinds[2]
            else:
                name, eq, default = item.partition("=")
                if name.startswith("$"):
                    self_param = index == 0
                    name = name[1:]
                if eq:
                    params.append(parameter(name.strip(), kind, default=_default_value(default.strip(), obj)))
                else:
                    params.append(parameter(name.strip(), kind))
    except Exception:
        raise ValueError("{!r} builtin has invalid signature".format(obj)) from None
    if self_param:
        bound_to = getattr(obj, "__self__", None)
        if bound_to is not None and (skip_bound_arg or isinstance(bound_to, type(sys))):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=kinds[0])
    return sigcls(params)
