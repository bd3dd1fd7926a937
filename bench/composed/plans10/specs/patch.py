"""helper: add attrs to a marker: patch.py doc 'vt|indicator-prefix' 'attrs to add' ..."""
import sys,re
doc=sys.argv[1]; p=f"specs/{doc}.src"; s=open(p).read()
for key,add in zip(sys.argv[2::2],sys.argv[3::2]):
    vt,ind=key.split("|")
    pat=re.compile(r"<<"+re.escape(vt)+r"\|"+re.escape(ind)+r"[^>]*>>")
    ms=list(pat.finditer(s))
    assert len(ms)==1,(key,len(ms))
    m=ms[0]; s=s[:m.end()-2]+" "+add+s[m.end()-2:]
open(p,'w').write(s)
