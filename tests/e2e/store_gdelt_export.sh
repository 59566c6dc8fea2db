#!/usr/bin/env bash
# `marsad export events --format gdelt` loads with pandas as the 61 columns of the GDELT 2.0
# event table, with consistent values.
set -euo pipefail
marsad=$1
if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then echo "SKIP: no pandas"; exit 77; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
inputs=(samples/seeds/*.txt)
[ -d samples/saudinewsnet ] && inputs+=(samples/saudinewsnet/*.jsonl)
"$marsad" ingest -q "${inputs[@]}" --db "$work/store.db"
"$marsad" export events --format gdelt --db "$work/store.db" --output "$work/events.tsv"
if [ ! -s "$work/events.tsv" ]; then
  echo "SKIP: the analysis coded no events in the samples"; exit 77
fi
/usr/bin/python3 - "$work/events.tsv" <<'PY'
import sys
import pandas as pd
columns = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name
Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code
Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode
Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code
Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass
GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type
ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()
assert len(columns) == 61
df = pd.read_csv(sys.argv[1], sep="\t", header=None, names=columns, quoting=3,
                 dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str,
                        "SQLDATE": "Int64", "DATEADDED": "Int64"}, keep_default_na=False)
raw_columns = {len(line.rstrip("\n").split("\t")) for line in open(sys.argv[1], encoding="utf-8")}
assert raw_columns == {61}, f"rows have {raw_columns} columns"
assert df["GLOBALEVENTID"].is_unique, "GLOBALEVENTID repeats"
assert (df["EventCode"].str.len().between(2, 4)).all(), "bad EventCode"
assert (df["EventRootCode"] == df["EventCode"].str[:2]).all(), "EventRootCode is not the root"
assert (df["EventBaseCode"] == df["EventCode"].str[:3]).all(), "EventBaseCode is not the base"
assert df["QuadClass"].isin([1, 2, 3, 4]).all(), "QuadClass outside 1..4"
assert df["GoldsteinScale"].between(-10, 10).all(), "Goldstein outside -10..10"
assert (df["NumArticles"] >= 1).all() and (df["NumMentions"] >= df["NumArticles"]).all()
assert (df["NumSources"] <= df["NumArticles"]).all()
assert df["IsRootEvent"].isin([0, 1]).all()
dated = df[df["SQLDATE"].notna()]
assert ((dated["SQLDATE"] // 100) == dated["MonthYear"].astype("Int64")).all(), "MonthYear"
assert ((dated["SQLDATE"] // 10000) == dated["Year"].astype("Int64")).all(), "Year"
assert (df["DATEADDED"].astype(str).str.len() == 14).all(), "DATEADDED is YYYYMMDDHHMMSS"
assert (df["AvgTone"] == "").all() and (df["ActionGeo_Lat"] == "").all()
print(f"ok: {len(df)} events, 61 columns")
PY
