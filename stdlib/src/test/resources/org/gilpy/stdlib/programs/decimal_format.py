# decimal: format() specs (fill, alignment, zero padding, grouping, types) on many values
from decimal import *
for spec in [',.2f', '', '.2', '.3g', 'f', 'e', '+010.3f', '%', '>6', '_', '0=12,', '^9.3e', 'g', '.0%', '.0f', 'E', 'G', '.3', '.10', '012', 'n', '.2n', '<8', '*^12.2f', ',', '.0e', '.1e']:
  for v in ['1234.5678', '1.10', '1.2345', '123456', '1E+2', '0.000012345', '-1.5', '12.5', 'nan', '-inf', '1234567.1', '0E+5', '1.23456789E+30', '0.1', '5', '-0', '0.00', '1E-7']:
    try: r = format(Decimal(v), spec)
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    print(repr(spec), v, repr(r))
for spec in ['z.2f', '#.0f', '#', 'x', '.2d', '=', ',_', '10.3s']:
    try: r = format(Decimal('-0.0001'), spec)
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    print(repr(spec), repr(r))
for spec in ['012,', '015,', '0=15,', 'x<15,', 'x=15,', '0>15,', '=15,', '016,.2f', '+016,.2f', ' 012', '<012', '^012', '020,e', ',g', ',.3e','.3%', '.2e', '.0e','.1g', '.0g', 'G', '.30', '.3f', '.1f', '.0f']:
  for v in ['1234567.1', '1E+2', 'nan', '-1234.5', '0.00', '0E+5', '-0', '123456789012345', '9.99', '0.0005']:
    try: r = format(Decimal(v), spec)
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    print(repr(spec), v, repr(r))
