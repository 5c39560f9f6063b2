import json, os, re, datetime, collections, statistics
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A=[json.loads(l) for l in open(os.path.join(OUT,"articles.jsonl"))]
G=[json.loads(l) for l in open(os.path.join(OUT,"groups.jsonl"))]
err=[]
if len(A)!=len(G): err.append("length mismatch")
for a in A:
    if set(a)!={"id","published","outlet","title","text"}: err.append(f"keys {a.get('id')}")
    if not re.fullmatch(r"b93-\d{4}",a["id"]): err.append(f"bad id {a['id']}")
if len({a["id"] for a in A})!=len(A): err.append("duplicate ids")
for a,g in zip(A,G):
    if a["id"]!=g["id"]: err.append(f"order mismatch {a['id']}")
    m=re.search(r"_(\d{4})_(\d{2})_(\d{2})$",g["group"])
    if not m: err.append(f"bad slug {g['group']}"); continue
    d=(datetime.date.fromisoformat(a["published"])-datetime.date(*map(int,m.groups()))).days
    if not 0<=d<=2: err.append(f"{a['id']} published {d} days after event")
for k in range(len(G)-1):
    if G[k]["group"]==G[k+1]["group"]: err.append(f"adjacent same group at line {k+1}")
c=collections.Counter(g["group"] for g in G)
if len(c)!=13: err.append(f"{len(c)} groups")
for grp,n in c.items():
    if not 2<=n<=4: err.append(f"group {grp} has {n}")
wc=[len(a["text"].split()) for a in A]
for grp,n in sorted(c.items()): print(f"{n}  {grp}")
print("articles",len(A),"outlets",len({a['outlet'] for a in A}))
print("words min/median/max",min(wc),statistics.median(wc),max(wc),"chars median",statistics.median(len(a["text"]) for a in A))
print("ERRORS:" if err else "OK: all checks passed"); [print(" ",e) for e in err]
