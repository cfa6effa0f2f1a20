"""The text forms of decimal.Decimal: numeric strings parsed, the specification's
to-scientific-string and to-engineering-string, and format()'s spec mini-language applied to
sign, digits and exponent.

decimal.Decimal.__format__ parses the spec here, rounds the number as the spec's type and
precision ask (with the context's rounding), then lays the result out with render().
"""


class Spec:
    __slots__ = ("fill", "align", "sign", "no_neg_zero", "zeropad", "width", "thousands", "precision", "type")


def parse_spec(text):
    """[[fill]align][sign][z][0][width][,|_][.precision][type] as a Spec; ValueError if malformed."""
    spec = Spec()
    spec.fill, spec.align = None, None
    i, n = 0, len(text)
    if n >= 2 and text[1] in "<>=^":
        spec.fill, spec.align = text[0], text[1]
        i = 2
    elif n >= 1 and text[0] in "<>=^":
        spec.align = text[0]
        i = 1
    spec.sign = "-"
    if i < n and text[i] in "+- ":
        spec.sign = text[i]
        i += 1
    spec.no_neg_zero = i < n and text[i] == "z"
    if spec.no_neg_zero:
        i += 1
    spec.zeropad = False
    if i < n and text[i] == "0":
        if spec.align is not None:
            raise ValueError("invalid format string")  # libmpdec takes no '0' flag after an alignment
        spec.zeropad = True
        spec.fill, spec.align = "0", "="
        i += 1
    start = i
    while i < n and text[i].isdigit():
        i += 1
    spec.width = int(text[start:i]) if i > start else 0
    spec.thousands = ""
    if i < n and text[i] in ",_":
        spec.thousands = text[i]
        i += 1
    spec.precision = None
    if i < n and text[i] == ".":
        start = i = i + 1
        while i < n and text[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        spec.precision = int(text[start:i])
    spec.type = None
    if i < n:
        spec.type = text[i]
        i += 1
        if spec.type not in "eEfFgGn%":
            raise ValueError("invalid format string")
    if i != n or spec.thousands == "_":
        raise ValueError("invalid format string")
    if spec.type == "n" and spec.thousands:
        raise ValueError("invalid format string")
    if spec.fill is None:
        spec.fill = " "
    if spec.align is None:
        spec.align = ">"
    return spec


def render(sign, digits, exp, spec):
    """Lays out the finite number (-1)**sign * int(digits) * 10**exp, already rounded."""
    kind = spec.type
    leftdigits = exp + len(digits)
    if kind in "eE":
        dotplace = 1 - spec.precision if digits == "0" and spec.precision is not None else 1
    elif kind in "fF%":
        dotplace = leftdigits
    else:
        dotplace = leftdigits if exp <= 0 and leftdigits > -6 else 1
    if dotplace < 0:
        intpart, fracpart = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace] or "0", digits[dotplace:]
    tail = "." + fracpart if fracpart else ""
    e = leftdigits - dotplace
    if e != 0 or kind in "eE":
        tail += ("E" if kind in "EG" else "e") + "%+d" % e
    if kind == "%":
        tail += "%"
    sign_text = _sign_text(sign, spec)
    min_width = spec.width - len(tail) - len(sign_text) if spec.zeropad else 1
    intpart = _group(intpart, spec.thousands, min_width)
    return _align(sign_text, intpart + tail, spec)


def render_special(sign, text, spec):
    """Infinity or NaN under the spec: zero padding becomes blank padding."""
    if spec.type == "%":
        text += "%"
    if spec.zeropad:
        spec.fill, spec.align = " ", ">"
    return _align(_sign_text(sign, spec), text, spec)


def _sign_text(sign, spec):
    if sign:
        return "-"
    return "" if spec.sign == "-" else spec.sign


def _group(digits, sep, min_width):
    """Inserts sep between groups of three digits, zero-padding up to min_width characters."""
    if not sep and min_width <= len(digits):
        return digits
    if not sep:
        return "0" * (min_width - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append("0" * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign_text, body, spec):
    padding = spec.width - len(sign_text) - len(body)
    if padding <= 0:
        return sign_text + body
    fill = spec.fill
    if spec.align == "<":
        return sign_text + body + fill * padding
    if spec.align == "=":
        return sign_text + fill * padding + body
    if spec.align == "^":
        half = padding // 2
        return fill * half + sign_text + body + fill * (padding - half)
    return fill * padding + sign_text + body


def parse_number(text):
    """(sign, coef, exp) or (sign, kind, payload) for a numeric string, None if malformed."""
    s = text.strip().replace("_", "")  # _decimal ignores underscores wherever they are
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, "F", 0
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, kind, 0
            return (sign, kind, int(payload)) if payload.isdecimal() else None
    mantissa, exp = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, exponent = s.partition(marker)
            digits = exponent[1:] if exponent[:1] in "+-" else exponent
            if not digits.isdecimal():
                return None
            exp = int(exponent)
            break
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    return sign, int(whole + frac), exp - len(frac)




def to_string(d, eng, capitals):
    """The to-scientific-string (or to-engineering-string) of the specification."""
    sign = "-" if d._sign else ""
    if d._is_special:
        if d._exp == "F":
            return sign + "Infinity"
        name = "NaN" if d._exp == "n" else "sNaN"
        return sign + name + (str(d._int) if d._int else "")
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart, fracpart = "0", "." + "0" * -dotplace + digits
    elif dotplace >= len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
    if leftdigits == dotplace:
        exppart = ""
    else:
        exppart = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
    return sign + intpart + fracpart + exppart


