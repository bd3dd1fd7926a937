import json,sys
for st in sys.argv[1:]:
    g=json.load(open(f"/work/ann/real12/gold/{st}.gold.json"))
    for f in g["facts"]:
        print(f'{f["value_text"]:>10} {f["value"]:>9} {f["unit"]:5} {f["kind"][0]} {f["measure"][:2]} {f["year"]} {f["period_start"]} {f["comparator"]:6} {str(f["binding"])[:3]} {"C" if f["core"] else "-"} {f["jurisdiction"]} | {f["indicator"]} | {f["quote"]}')
