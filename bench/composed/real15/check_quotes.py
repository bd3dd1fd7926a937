import json,glob,re
for fn in sorted(glob.glob('gold/*.json')):
    g=json.load(open(fn))
    for f in g['facts']:
        ind=re.sub(r'[（）()]','',f['indicator'])
        grams={ind[i:i+2] for i in range(len(ind)-1)}
        if not any(x in f['quote'] for x in grams):
            print(fn[5:9], repr(f['value_text']), f['indicator'], '|', repr(f['quote']))
