#!/usr/bin/env python3
"""Make yearly_rates.tsv: each currency's average worth in US dollars, per year.

usage: yearly_rates.py ANNUAL.csv MONTHLY.csv COMMIT > yearly_rates.tsv

The inputs are data/annual.csv and data/monthly.csv of the public data
package github.com/datasets/exchange-rates (Date,Country,Exchange rate),
which copies the Federal Reserve Bank of St. Louis's FRED series of the
Federal Reserve Board's H.10 / G.5A noon buying rates in New York: the
annual series (AEX..US) where FRED has one, else the monthly (EX..US).
Every value in both files is currency units per US dollar: the package
inverts the five series FRED gives as dollars per unit (Australia, euro,
Ireland, New Zealand, United Kingdom) and rounds them to four decimals.

A year's figure is the annual value when there is one; otherwise the mean
of its twelve monthly values (dollars per unit for the five series above,
which FRED averages that way; units per dollar for the rest), and a year
with fewer than twelve months gets no row.  Years 1980 on.  Venezuela's
bolivar is left out (three redenominations in the period).
"""
import csv
import sys
from collections import defaultdict

CODES = {
    'Australia': 'AUD', 'Austria': 'ATS', 'Belgium': 'BEF', 'Brazil': 'BRL',
    'Canada': 'CAD', 'China': 'CNY', 'Denmark': 'DKK', 'Euro': 'EUR',
    'Finland': 'FIM', 'France': 'FRF', 'Germany': 'DEM', 'Greece': 'GRD',
    'Hong Kong': 'HKD', 'India': 'INR', 'Ireland': 'IEP', 'Italy': 'ITL',
    'Japan': 'JPY', 'Malaysia': 'MYR', 'Mexico': 'MXN', 'Netherlands': 'NLG',
    'New Zealand': 'NZD', 'Norway': 'NOK', 'Portugal': 'PTE',
    'Singapore': 'SGD', 'South Africa': 'ZAR', 'South Korea': 'KRW',
    'Spain': 'ESP', 'Sri Lanka': 'LKR', 'Sweden': 'SEK',
    'Switzerland': 'CHF', 'Taiwan': 'TWD', 'Thailand': 'THB',
    'United Kingdom': 'GBP',
}
DOLLARS_PER_UNIT = {'Australia', 'Euro', 'Ireland', 'New Zealand',
                    'United Kingdom'}
FIRST_YEAR = 1980


def read(path):
    with open(path, newline='') as f:
        for row in csv.reader(f):
            if len(row) < 3 or row[0] == 'Date' or not row[2].strip():
                continue
            if row[1] in CODES and int(row[0][:4]) >= FIRST_YEAR:
                yield row[1], int(row[0][:4]), float(row[2])


def main():
    annual_path, monthly_path, commit = sys.argv[1:4]
    annual = {(c, y): v for c, y, v in read(annual_path)}
    months = defaultdict(list)
    for c, y, v in read(monthly_path):
        months[(c, y)].append(v)
    usd = {}
    for key, vals in months.items():
        if len(vals) != 12:
            continue
        if key[0] in DOLLARS_PER_UNIT:
            usd[key] = sum(1 / v for v in vals) / 12
        else:
            usd[key] = 12 / sum(vals)
    for key, v in annual.items():
        usd[key] = 1 / v
    print('# yearly_rates.tsv - US dollars per unit of a currency, the average '
          'of each year,')
    print('# for the stories of that year (include/money.h says which rate '
          'an amount gets).')
    print('# Source: the Federal Reserve Board\'s H.10/G.5A noon buying rates '
          'in New York,')
    print('# as FRED (Federal Reserve Bank of St. Louis) publishes them, from '
          'the data package')
    print('# github.com/datasets/exchange-rates, commit')
    print(f'# {commit}:')
    print('# the annual series where FRED has one, else the mean of the '
          'twelve monthly')
    print('# figures; made by yearly_rates.py (its header says how).  Six '
          'significant')
    print('# digits.  Currencies not here convert at rates.tsv\'s rate from '
          '2015 on, or')
    print('# from a peg\'s year there; an older story\'s sum in them has no '
          'USD value.')
    print('# code\tyear\tusd_per_unit')
    for (country, year) in sorted(usd, key=lambda k: (CODES[k[0]], k[1])):
        print(f'{CODES[country]}\t{year}\t{usd[(country, year)]:.6g}')


if __name__ == '__main__':
    main()
