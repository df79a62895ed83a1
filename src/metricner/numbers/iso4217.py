"""ISO 4217 codes read as currencies when written in capitals ("CHF 200").

Source: ISO 4217 list of active codes (SIX Financial Information); the
currencies of the regions these reports come from and the major ones.
"""
from __future__ import annotations

ISO_4217: frozenset[str] = frozenset("""
AED AFN ALL AMD ARS AUD AZN BAM BDT BGN BHD BND BRL BYN CAD CHF CLP CNY COP CZK
DKK DZD EGP ETB EUR GBP GEL HKD HUF IDR ILS INR IQD IRR ISK JOD JPY KES KHR KRW
KWD KZT LAK LBP LKR LYD MAD MMK MNT MXN MYR NGN NOK NPR NZD OMR PHP PKR PLN QAR
RON RSD RUB SAR SDG SEK SGD SYP THB TND TRY TWD UAH USD UZS VND YER ZAR
""".split())
